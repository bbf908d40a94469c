package io.tokenledger.app.invoice;

import atlantafx.base.theme.Styles;
import io.tokenledger.app.format.Formats;
import io.tokenledger.app.kit.TableColumns;
import io.tokenledger.app.kit.Tables;
import io.tokenledger.app.theme.AppStyles;
import io.tokenledger.importers.RejectedRow;
import io.tokenledger.importers.invoice.InvoiceLinePreview;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The invoice mapping step as a dialog: the sheet's first rows under its header, a column chooser
 * per role (date and amount required), the sheet and header row for workbooks, and the live preview
 * of the cost lines with their totals and any row that cannot be read. "Save and import" saves the
 * template and imports the file; Cancel (or Escape) leaves it unimported. Every control has a
 * mnemonic or is reached with Tab.
 */
public final class InvoiceMappingDialog extends Dialog<ButtonType> {

  /** The button that saves the template and imports the file. */
  public static final ButtonType SAVE_AND_IMPORT =
      new ButtonType("_Save and import", ButtonBar.ButtonData.OK_DONE);

  private static final String NONE = "(none)";

  private final InvoiceMappingViewModel viewModel;

  public InvoiceMappingDialog(InvoiceMappingViewModel viewModel) {
    this.viewModel = viewModel;
    setTitle("Map an invoice sheet");
    setHeaderText(
        "Which column is which in "
            + viewModel.file().getFileName()
            + "? Saved as a template, later files with these columns import by themselves.");
    setResizable(true);
    getDialogPane().setId("invoice-mapping");
    getDialogPane().getButtonTypes().setAll(SAVE_AND_IMPORT, ButtonType.CANCEL);
    getDialogPane().setContent(content());
    getDialogPane().setPrefSize(1000, 760);
    getDialogPane().setMinWidth(Region.USE_PREF_SIZE);

    Button save = (Button) getDialogPane().lookupButton(SAVE_AND_IMPORT);
    save.setId("invoice-save");
    save.disableProperty().bind(viewModel.canSaveProperty().not());
    // Saving runs on a background task; the dialog closes when the page says the step is over.
    save.addEventFilter(
        ActionEvent.ACTION,
        event -> {
          event.consume();
          viewModel.save();
        });
    setOnHidden(event -> viewModel.cancel());
  }

  private Node content() {
    VBox box =
        new VBox(
            10,
            layoutBar(),
            section("Sheet", sampleTable()),
            section("Columns", rolesGrid()),
            previewSection(),
            nameBar());
    box.setPadding(new Insets(8, 14, 0, 14));
    return box;
  }

  private Node layoutBar() {
    ComboBox<String> sheet = new ComboBox<>(viewModel.sheets());
    sheet.setId("invoice-sheet");
    sheet.valueProperty().bindBidirectional(viewModel.sheetProperty());
    Label sheetLabel = mnemonicLabel("S_heet", sheet);
    var isWorkbook = Bindings.isNotEmpty(viewModel.sheets());
    for (Node node : List.of(sheetLabel, sheet)) {
      node.visibleProperty().bind(isWorkbook);
      node.managedProperty().bind(isWorkbook);
    }
    Spinner<Integer> headerRow = new Spinner<>(1, 10_000, viewModel.headerRowProperty().get());
    headerRow.setId("invoice-header-row");
    headerRow.setEditable(true);
    headerRow.setPrefWidth(90);
    headerRow
        .valueProperty()
        .addListener((obs, was, now) -> viewModel.headerRowProperty().set(now));
    viewModel
        .headerRowProperty()
        .addListener((obs, was, now) -> headerRow.getValueFactory().setValue(now.intValue()));
    ProgressIndicator busy = new ProgressIndicator();
    busy.setPrefSize(18, 18);
    busy.visibleProperty().bind(viewModel.busyProperty());
    HBox bar =
        new HBox(8, sheetLabel, sheet, mnemonicLabel("Header on _row", headerRow), headerRow, busy);
    bar.setAlignment(Pos.CENTER_LEFT);
    return bar;
  }

  private TableView<List<String>> sampleTable() {
    TableView<List<String>> table =
        Tables.dataTable(
            new TableView<>(viewModel.sampleRows()),
            "invoice-sample",
            "The sheet's first rows",
            new Label("No rows under the header."));
    table.setPrefHeight(150);
    Runnable columns =
        () -> {
          List<TableColumn<List<String>, String>> built = new ArrayList<>();
          for (int c = 0; c < viewModel.header().size(); c++) {
            int index = c;
            TableColumn<List<String>, String> column = new TableColumn<>(viewModel.header().get(c));
            column.setCellValueFactory(
                cell ->
                    new ReadOnlyStringWrapper(
                        index < cell.getValue().size() ? cell.getValue().get(index) : ""));
            column.setSortable(false);
            column.setPrefWidth(120);
            built.add(column);
          }
          table.getColumns().setAll(built);
        };
    viewModel.header().addListener((ListChangeListener<String>) change -> columns.run());
    columns.run();
    return table;
  }

  private Node rolesGrid() {
    GridPane grid = new GridPane();
    grid.setHgap(8);
    grid.setVgap(6);
    ObservableList<String> choices = FXCollections.observableArrayList();
    Runnable fill =
        () -> {
          List<String> all = new ArrayList<>();
          all.add(NONE);
          all.addAll(viewModel.header());
          choices.setAll(all);
        };
    viewModel.header().addListener((ListChangeListener<String>) change -> fill.run());
    fill.run();
    InvoiceColumnRole[] roles = InvoiceColumnRole.values();
    for (int i = 0; i < roles.length; i++) {
      InvoiceColumnRole role = roles[i];
      ComboBox<String> column = roleChooser(role, choices);
      Label label = mnemonicLabel(mnemonic(role) + (role.required() ? " *" : ""), column);
      grid.add(label, (i % 4) * 2, i / 4);
      grid.add(column, (i % 4) * 2 + 1, i / 4);
    }
    TextField currency = textField("invoice-default-currency", 6);
    currency.textProperty().bindBidirectional(viewModel.defaultCurrencyProperty());
    TextField provider = textField("invoice-provider", 12);
    provider.setPromptText("openai, anthropic…");
    provider.textProperty().bindBidirectional(viewModel.providerProperty());
    TextField dateFormat = textField("invoice-date-format", 10);
    dateFormat.setPromptText("%d/%m/%Y");
    dateFormat.textProperty().bindBidirectional(viewModel.dateFormatProperty());
    grid.add(mnemonicLabel("De_fault currency", currency), 0, 2);
    grid.add(currency, 1, 2);
    grid.add(mnemonicLabel("_Provider", provider), 2, 2);
    grid.add(provider, 3, 2);
    grid.add(mnemonicLabel("Date forma_t", dateFormat), 4, 2);
    grid.add(dateFormat, 5, 2);
    for (int c = 0; c < 8; c++) {
      ColumnConstraints constraints = new ColumnConstraints();
      if (c % 2 == 1) {
        constraints.setHgrow(Priority.SOMETIMES);
      }
      grid.getColumnConstraints().add(constraints);
    }
    return grid;
  }

  /** Alt+letter reaches each chooser; the letters differ from the dialog's other mnemonics. */
  private static String mnemonic(InvoiceColumnRole role) {
    return switch (role) {
      case DATE -> "_Date";
      case AMOUNT -> "_Amount";
      case CURRENCY -> "_Currency";
      case DESCRIPTION -> "Descr_iption";
      case MODEL -> "_Model";
      case QUANTITY -> "_Quantity";
      case UNIT -> "_Unit";
    };
  }

  private ComboBox<String> roleChooser(InvoiceColumnRole role, ObservableList<String> choices) {
    ComboBox<String> column = new ComboBox<>(choices);
    column.setId("invoice-column-" + role.name().toLowerCase(java.util.Locale.ROOT));
    column.setMaxWidth(Double.MAX_VALUE);
    column.setPrefWidth(150);
    ObjectProperty<String> chosen = viewModel.columnProperty(role);
    column.setValue(chosen.get() == null ? NONE : chosen.get());
    column
        .valueProperty()
        .addListener(
            (obs, was, now) -> {
              String picked = now == null || now.equals(NONE) ? null : now;
              if (!java.util.Objects.equals(picked, chosen.get())) {
                chosen.set(picked);
              }
            });
    chosen.addListener(
        (obs, was, now) -> {
          String shown = now == null ? NONE : now;
          if (!shown.equals(column.getValue())) {
            column.setValue(shown);
          }
        });
    return column;
  }

  private Node previewSection() {
    Label totals = new Label();
    totals.setId("invoice-totals");
    totals.getStyleClass().add(Styles.TEXT_BOLD);
    totals.textProperty().bind(viewModel.totalsProperty());
    Label problem = new Label();
    problem.setId("invoice-problem");
    problem.getStyleClass().add(Styles.DANGER);
    problem.setWrapText(true);
    problem.setMinHeight(Region.USE_PREF_SIZE);
    problem.textProperty().bind(viewModel.problemProperty());
    problem.visibleProperty().bind(viewModel.problemProperty().isNotEmpty());
    problem.managedProperty().bind(problem.visibleProperty());

    TableView<InvoiceLinePreview> lines =
        Tables.dataTable(
            new TableView<>(viewModel.lines()),
            "invoice-preview",
            "Cost lines the import would add",
            new Label("Choose the date and amount columns to see the lines."));
    lines.setPrefHeight(170);
    TableColumn<InvoiceLinePreview, Long> line =
        TableColumns.lineNumber("Line", InvoiceLinePreview::line);
    line.setPrefWidth(55);
    TableColumn<InvoiceLinePreview, String> date =
        TableColumns.text("Date", l -> dateText(l.date()));
    date.setPrefWidth(95);
    TableColumn<InvoiceLinePreview, String> amount =
        TableColumns.mono("Amount", l -> amountText(l.amount()));
    amount.setPrefWidth(110);
    amount.setStyle("-fx-alignment: CENTER-RIGHT;");
    TableColumn<InvoiceLinePreview, String> currency =
        TableColumns.text("Currency", InvoiceLinePreview::currency);
    currency.setPrefWidth(80);
    TableColumn<InvoiceLinePreview, String> description =
        TableColumns.text("Description", InvoiceLinePreview::description);
    description.setPrefWidth(200);
    TableColumn<InvoiceLinePreview, String> model =
        TableColumns.text(
            "Model",
            l ->
                l.model() != null
                    ? l.model()
                    : l.modelRaw() == null ? "" : l.modelRaw() + " (unpriced)");
    model.setPrefWidth(160);
    TableColumn<InvoiceLinePreview, String> bucket =
        TableColumns.text("Bucket", InvoiceLinePreview::tokenBucket);
    bucket.setPrefWidth(100);
    // A line without tokens (a support plan) shows nothing, not 0.
    TableColumn<InvoiceLinePreview, String> tokens =
        TableColumns.text(
            "Tokens", l -> l.tokens() == null ? "" : Formats.count(l.tokens().longValue()));
    tokens.getStyleClass().add(AppStyles.NUMBER_CELL);
    tokens.setPrefWidth(90);
    lines
        .getColumns()
        .setAll(List.of(line, date, amount, currency, description, model, bucket, tokens));

    ListView<String> rejects = new ListView<>();
    rejects.setId("invoice-rejects");
    rejects.setPrefHeight(70);
    rejects.getStyleClass().add(Styles.DENSE);
    Runnable showRejects =
        () ->
            rejects
                .getItems()
                .setAll(viewModel.rejects().stream().map(RejectedRow::toString).toList());
    viewModel.rejects().addListener((ListChangeListener<RejectedRow>) change -> showRejects.run());
    showRejects.run();
    rejects.visibleProperty().bind(Bindings.isNotEmpty(viewModel.rejects()));
    rejects.managedProperty().bind(rejects.visibleProperty());

    Label warnings = new Label();
    warnings.setId("invoice-warnings");
    warnings.getStyleClass().add(Styles.TEXT_MUTED);
    warnings.setWrapText(true);
    warnings
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () -> String.join(" · ", viewModel.warnings()), viewModel.warnings()));

    Label title = new Label("Preview");
    title.getStyleClass().add(AppStyles.SECTION_TITLE);
    title.setLabelFor(lines);
    HBox heading = new HBox(12, title, totals);
    heading.setAlignment(Pos.BASELINE_LEFT);
    VBox box = new VBox(6, heading, lines, problem, rejects, warnings);
    VBox.setVgrow(lines, Priority.ALWAYS);
    VBox.setVgrow(box, Priority.ALWAYS);
    return box;
  }

  private Node nameBar() {
    TextField name = textField("invoice-template-name", 28);
    name.textProperty().bindBidirectional(viewModel.templateNameProperty());
    HBox bar = new HBox(8, mnemonicLabel("Template _name", name), name);
    bar.setAlignment(Pos.CENTER_LEFT);
    return bar;
  }

  private static VBox section(String title, Node content) {
    Label label = new Label(title);
    label.getStyleClass().add(AppStyles.SECTION_TITLE);
    label.setLabelFor(content);
    return new VBox(4, label, content);
  }

  private static Label mnemonicLabel(String text, Node target) {
    Label label = new Label(text);
    label.setMinWidth(Region.USE_PREF_SIZE);
    label.setMnemonicParsing(true);
    label.setLabelFor(target);
    return label;
  }

  private static TextField textField(String id, int columns) {
    TextField field = new TextField();
    field.setId(id);
    field.setPrefColumnCount(columns);
    return field;
  }

  private static String dateText(LocalDate date) {
    return date == null ? "" : date.toString();
  }

  /** Exact, with cents at least: {@code 2500.10}, {@code 0.0042}. */
  private static String amountText(BigDecimal amount) {
    if (amount == null) {
      return "";
    }
    BigDecimal exact = amount.stripTrailingZeros();
    return (exact.scale() < 2 ? exact.setScale(2) : exact).toPlainString();
  }
}
