package io.tokenledger.app.sources;

import atlantafx.base.theme.Styles;
import io.tokenledger.app.format.Formats;
import io.tokenledger.app.kit.TableColumns;
import io.tokenledger.app.kit.Tables;
import io.tokenledger.app.theme.AppStyles;
import io.tokenledger.importers.RejectedRow;
import io.tokenledger.importers.focus.FocusImportReport;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;

/**
 * What one import said: its message, a "Replace" action when the content was imported before, for a
 * FOCUS file its FOCUS report (version, missing, extra and wrong-type columns, failed rules), the
 * rejected rows (file, line, column, reason) and the warnings.
 */
final class ImportReportDetailView extends VBox {

  ImportReportDetailView(SourcesViewModel viewModel) {
    setSpacing(8);
    setId("import-report-detail");

    Label message = new Label();
    message.setId("report-message");
    message.getStyleClass().add(AppStyles.REPORT_MESSAGE);
    message.setWrapText(true);
    message.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
    message
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () ->
                    viewModel.detailsProperty().get() == null
                        ? "Select an import to see its rejected rows and warnings."
                        : viewModel.detailsProperty().get().message(),
                viewModel.detailsProperty()));

    Button replace = new Button("_Replace", new FontIcon(Material2OutlinedAL.FIND_REPLACE));
    replace.setId("replace-import");
    replace.setMnemonicParsing(true);
    replace.setOnAction(event -> viewModel.replaceSelected());
    replace.visibleProperty().bind(viewModel.canReplaceProperty());
    replace.managedProperty().bind(replace.visibleProperty());
    Label replaceHint =
        new Label("Import this file again; its earlier import and rows are removed.");
    replaceHint.getStyleClass().add(Styles.TEXT_MUTED);
    replaceHint.visibleProperty().bind(replace.visibleProperty());
    replaceHint.managedProperty().bind(replace.visibleProperty());
    HBox replaceBar = new HBox(8, replace, replaceHint);
    replaceBar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

    Label rejectsTitle = sectionTitle("Rejected rows");
    TableView<RejectedRow> rejects = rejectsTable(viewModel);
    VBox.setVgrow(rejects, Priority.ALWAYS);
    // An import without rejected rows says so in a line, leaving the room to its report.
    Label noRejects = new Label("No rejected rows.");
    noRejects.setId("no-rejects");
    noRejects.getStyleClass().add(Styles.TEXT_MUTED);
    var hasRejects = Bindings.isNotEmpty(viewModel.selectedRejects());
    for (var node : List.of(rejectsTitle, rejects)) {
      node.visibleProperty().bind(hasRejects);
      node.managedProperty().bind(hasRejects);
    }
    noRejects.visibleProperty().bind(hasRejects.not().and(viewModel.detailsProperty().isNotNull()));
    noRejects.managedProperty().bind(noRejects.visibleProperty());

    Label warningsTitle = sectionTitle("Warnings");
    ListView<String> warnings = new ListView<>(viewModel.selectedWarnings());
    warnings.setId("import-warnings");
    warnings.setPrefHeight(80);
    warnings.getStyleClass().add(Styles.DENSE);
    // A FOCUS import's warnings are its FOCUS report, sorted: the raw list would repeat them.
    var showWarnings =
        Bindings.isNotEmpty(viewModel.selectedWarnings())
            .and(
                Bindings.createBooleanBinding(
                    () -> focusReport(viewModel) == null, viewModel.detailsProperty()));
    for (var node : List.of(warningsTitle, warnings)) {
      node.visibleProperty().bind(showWarnings);
      node.managedProperty().bind(showWarnings);
    }

    Label focusTitle = sectionTitle("FOCUS report");
    Label focusSummary = new Label();
    focusSummary.setId("focus-report-summary");
    focusSummary.setWrapText(true);
    focusSummary.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
    focusSummary
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () -> focusSummary(focusReport(viewModel)), viewModel.detailsProperty()));
    ObservableList<FocusFinding> findings = FXCollections.observableArrayList();
    TableView<FocusFinding> findingsTable = findingsTable(findings);
    VBox.setVgrow(findingsTable, Priority.ALWAYS);
    viewModel
        .detailsProperty()
        .addListener(
            (obs, was, now) -> {
              FocusImportReport report = focusReport(viewModel);
              findings.setAll(report == null ? List.of() : FocusFinding.of(report));
            });
    var isFocus =
        Bindings.createBooleanBinding(
            () -> focusReport(viewModel) != null, viewModel.detailsProperty());
    for (var node : List.of(focusTitle, focusSummary, findingsTable)) {
      node.visibleProperty().bind(isFocus);
      node.managedProperty().bind(isFocus);
    }

    getChildren()
        .addAll(
            message,
            replaceBar,
            focusTitle,
            focusSummary,
            findingsTable,
            rejectsTitle,
            rejects,
            noRejects,
            warningsTitle,
            warnings);
  }

  private static FocusImportReport focusReport(SourcesViewModel viewModel) {
    ImportDetails details = viewModel.detailsProperty().get();
    return details == null ? null : details.focus();
  }

  /** {@code FOCUS 1.3 · 4 columns missing · 1 extra · 12 rules failed (3 MUST) · 0 rejects}. */
  static String focusSummary(FocusImportReport report) {
    if (report == null) {
      return "";
    }
    int missing =
        report.missingConditional().size()
            + report.missingRecommended().size()
            + report.missingDeprecated().size();
    int extra = report.providerColumns().size() + report.nonFocusColumns().size();
    return "FOCUS "
        + (report.version() == null ? "version unknown" : report.version())
        + " · "
        + Formats.count(missing, "column missing", "columns missing")
        + " · "
        + Formats.count(extra, "extra column", "extra columns")
        + " · "
        + Formats.count(report.wrongTypes().size(), "wrong type", "wrong types")
        + " · "
        + (report.conformance() == null
            ? "conformance not checked"
            : Formats.count(report.ruleFailures().size(), "rule failed", "rules failed")
                + " ("
                + report.mustFailures()
                + " MUST)")
        + " · "
        + Formats.count(report.rejects().size(), "rejected row", "rejected rows");
  }

  private static TableView<FocusFinding> findingsTable(ObservableList<FocusFinding> findings) {
    TableView<FocusFinding> table =
        Tables.dataTable(
            new TableView<>(findings),
            "focus-findings",
            "FOCUS report",
            new Label("Nothing to report."));
    table.getStyleClass().add(Styles.STRIPED);
    table.setPrefHeight(160);
    table.setMinHeight(110);
    TableColumn<FocusFinding, String> kind = TableColumns.text("Finding", FocusFinding::kind);
    kind.setPrefWidth(230);
    TableColumn<FocusFinding, String> text = TableColumns.text("Details", FocusFinding::text);
    text.setPrefWidth(400);
    table.getColumns().setAll(List.of(kind, text));
    return table;
  }

  private static TableView<RejectedRow> rejectsTable(SourcesViewModel viewModel) {
    TableView<RejectedRow> table =
        Tables.dataTable(
            new TableView<>(viewModel.selectedRejects()),
            "import-rejects",
            "Rejected rows",
            new Label("No rejected rows."));
    table.getStyleClass().add(Styles.STRIPED);
    TableColumn<RejectedRow, String> file = TableColumns.text("File", RejectedRow::file);
    file.setPrefWidth(140);
    TableColumn<RejectedRow, Long> line = TableColumns.lineNumber("Line", RejectedRow::line);
    line.setPrefWidth(60);
    line.setMinWidth(50);
    TableColumn<RejectedRow, String> column = TableColumns.text("Column", RejectedRow::column);
    column.setPrefWidth(110);
    TableColumn<RejectedRow, String> reason = TableColumns.text("Reason", RejectedRow::reason);
    reason.setPrefWidth(320);
    table.getColumns().setAll(List.of(file, line, column, reason));
    return table;
  }

  private static Label sectionTitle(String text) {
    Label label = new Label(text);
    label.getStyleClass().add(AppStyles.SECTION_TITLE);
    return label;
  }
}
