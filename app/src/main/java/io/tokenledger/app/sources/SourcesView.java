package io.tokenledger.app.sources;

import atlantafx.base.theme.Styles;
import io.tokenledger.app.invoice.InvoiceMappingDialog;
import io.tokenledger.app.invoice.InvoiceMappingViewModel;
import io.tokenledger.app.invoice.InvoiceTemplatesDialog;
import io.tokenledger.app.theme.AppStyles;
import java.io.File;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;

/**
 * The Sources page: drop files anywhere on it or pick them with "Add files…" (or "Import invoice
 * sheet…" to map a sheet's columns); the import log above, this session's imports below with the
 * details of the selected one. A sheet that needs its columns mapped opens the mapping dialog.
 */
public final class SourcesView extends BorderPane {

  private static final PseudoClass DROP_TARGET =
      PseudoClass.getPseudoClass(AppStyles.DROP_TARGET_PSEUDO_CLASS);

  private final SourcesViewModel viewModel;

  public SourcesView(SourcesViewModel viewModel) {
    this.viewModel = viewModel;
    getStyleClass().addAll(AppStyles.PAGE, AppStyles.DROP_ZONE);
    setId("sources-page");
    setTop(header());
    setCenter(body());
    installDropTarget();
    viewModel.invoiceMappingProperty().addListener((obs, was, now) -> showMapping(now));
  }

  private InvoiceMappingDialog mappingDialog;

  /** Opens the mapping step's dialog, or closes it once the step is over. */
  private void showMapping(InvoiceMappingViewModel mapping) {
    if (mappingDialog != null) {
      InvoiceMappingDialog open = mappingDialog;
      mappingDialog = null;
      open.close();
    }
    if (mapping == null) {
      return;
    }
    mappingDialog = new InvoiceMappingDialog(mapping);
    if (getScene() != null && getScene().getWindow() != null) {
      mappingDialog.initOwner(getScene().getWindow());
    }
    if (getScene() != null) {
      mappingDialog.getDialogPane().getStylesheets().setAll(getScene().getStylesheets());
    }
    // Not showAndWait: the page keeps running its tasks while the dialog is open.
    mappingDialog.show();
    // The window is sized before the pane has laid out its tables: give it room for them.
    mappingDialog.setWidth(Math.max(mappingDialog.getWidth(), 1000));
    mappingDialog.setHeight(Math.max(mappingDialog.getHeight(), 780));
  }

  private void showTemplates() {
    InvoiceTemplatesDialog dialog = new InvoiceTemplatesDialog(viewModel.invoiceTemplates());
    if (getScene() != null && getScene().getWindow() != null) {
      dialog.initOwner(getScene().getWindow());
      dialog.getDialogPane().getStylesheets().setAll(getScene().getStylesheets());
    }
    dialog.show();
  }

  private Node header() {
    Label title = new Label("Sources");
    title.getStyleClass().add(AppStyles.PAGE_TITLE);
    Label subtitle =
        new Label(
            "Drop cost, usage and trace files on this page, or add them. Each file is imported"
                + " whole or not at all; the same content twice is recognised.");
    subtitle.getStyleClass().add(AppStyles.PAGE_SUBTITLE);
    subtitle.setWrapText(true);

    Button add = new Button("_Add files…", new FontIcon(Material2OutlinedAL.FILE_UPLOAD));
    add.setId("add-files");
    add.getStyleClass().add(Styles.ACCENT);
    add.setDefaultButton(false);
    add.setOnAction(event -> viewModel.addFiles());
    add.disableProperty().bind(viewModel.workspaceOpenProperty().not());

    Button invoice =
        new Button("Import in_voice sheet…", new FontIcon(Material2OutlinedAL.DESCRIPTION));
    invoice.setId("import-invoice-sheet");
    invoice.setMnemonicParsing(true);
    invoice.setOnAction(event -> viewModel.importInvoiceSheets());
    invoice.disableProperty().bind(viewModel.workspaceOpenProperty().not());

    Button templates =
        new Button("Invoice _templates…", new FontIcon(Material2OutlinedAL.LIST_ALT));
    templates.setId("invoice-templates-button");
    templates.setMnemonicParsing(true);
    templates.getStyleClass().add(Styles.FLAT);
    templates.setOnAction(event -> showTemplates());
    templates.disableProperty().bind(viewModel.workspaceOpenProperty().not());

    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    HBox toolbar = new HBox(12, add, invoice, templates, spacer, new ImportProgressView(viewModel));
    toolbar.setAlignment(Pos.CENTER_LEFT);

    VBox header = new VBox(4, title, subtitle, toolbar);
    header.getStyleClass().add(AppStyles.PAGE_HEADER);
    VBox.setMargin(toolbar, new javafx.geometry.Insets(8, 0, 0, 0));
    return header;
  }

  private Node body() {
    Label logPlaceholder = new Label();
    logPlaceholder
        .textProperty()
        .bind(
            javafx.beans.binding.Bindings.createStringBinding(
                () ->
                    viewModel.logStatusProperty().get().isBlank()
                        ? "No files imported yet. Drop files here or choose Add files… (Ctrl+I)."
                        : viewModel.logStatusProperty().get(),
                viewModel.logStatusProperty()));
    ImportLogTable log = new ImportLogTable(viewModel.importLog(), logPlaceholder);
    log.getSelectionModel()
        .selectedItemProperty()
        .addListener((obs, was, now) -> viewModel.selectedLogEntryProperty().set(now));
    viewModel
        .selectedLogEntryProperty()
        .addListener(
            (obs, was, now) -> {
              if (log.getSelectionModel().getSelectedItem() != now) {
                log.getSelectionModel().select(now);
                if (now != null) {
                  // Twice, around a layout pass: the first scroll works on estimated row heights
                  // and can stop a row short of the last ones; the second on measured ones.
                  log.scrollTo(now);
                  log.layout();
                  log.scrollTo(now);
                }
              }
            });
    VBox logSection = section("Import log", log);
    Label logTitle = (Label) logSection.getChildren().get(0);
    logTitle
        .textProperty()
        .bind(
            javafx.beans.binding.Bindings.createStringBinding(
                () ->
                    viewModel.importLog().isEmpty()
                        ? "Import log"
                        : "Import log · "
                            + io.tokenledger.app.format.Formats.count(
                                viewModel.importLog().size(), "file", "files"),
                viewModel.importLog()));

    ImportReportsTable reports = new ImportReportsTable(viewModel.reports());
    reports
        .getSelectionModel()
        .selectedItemProperty()
        .addListener((obs, was, now) -> viewModel.selectedReportProperty().set(now));
    viewModel
        .selectedReportProperty()
        .addListener(
            (obs, was, now) -> {
              if (reports.getSelectionModel().getSelectedItem() != now) {
                reports.getSelectionModel().select(now);
              }
            });
    VBox reportsSection = section("Recent imports", reports);
    VBox detailSection = section("Details", new ImportReportDetailView(viewModel));

    SplitPane lower = new SplitPane(reportsSection, detailSection);
    lower.setDividerPositions(0.45);
    SplitPane split = new SplitPane(logSection, lower);
    split.setOrientation(Orientation.VERTICAL);
    split.setDividerPositions(0.5);
    return split;
  }

  private static VBox section(String title, Node content) {
    Label label = new Label(title);
    label.getStyleClass().add(AppStyles.SECTION_TITLE);
    label.setLabelFor(content);
    VBox box = new VBox(6, label, content);
    VBox.setVgrow(content, Priority.ALWAYS);
    box.setPadding(new javafx.geometry.Insets(8));
    return box;
  }

  private void installDropTarget() {
    setOnDragOver(
        event -> {
          if (event.getDragboard().hasFiles() && viewModel.workspaceOpenProperty().get()) {
            event.acceptTransferModes(TransferMode.COPY);
            pseudoClassStateChanged(DROP_TARGET, true);
          }
          event.consume();
        });
    setOnDragExited(event -> pseudoClassStateChanged(DROP_TARGET, false));
    setOnDragDropped(this::dropped);
  }

  private void dropped(DragEvent event) {
    pseudoClassStateChanged(DROP_TARGET, false);
    boolean accepted = event.getDragboard().hasFiles();
    if (accepted) {
      List<File> files = event.getDragboard().getFiles();
      // Only queues the files and starts a background task: the drop returns at once.
      viewModel.importFiles(files.stream().map(File::toPath).toList());
    }
    event.setDropCompleted(accepted);
    event.consume();
  }
}
