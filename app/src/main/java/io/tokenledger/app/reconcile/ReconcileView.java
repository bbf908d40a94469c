package io.tokenledger.app.reconcile;

import atlantafx.base.theme.Styles;
import io.tokenledger.app.kit.TableColumns;
import io.tokenledger.app.theme.AppStyles;
import io.tokenledger.engine.reconcile.Grain;
import io.tokenledger.engine.reconcile.ReconciliationLine;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The Reconcile page: one line per provider, model and period with the invoice, the provider's
 * usage export and the traces side by side, the gap and its likely causes.
 */
public final class ReconcileView extends BorderPane {

  private final ReconcileViewModel viewModel;

  public ReconcileView(ReconcileViewModel viewModel) {
    this.viewModel = viewModel;
    getStyleClass().add(AppStyles.PAGE);
    setId("reconcile-page");
    setTop(header());
    setCenter(table());
  }

  private Node header() {
    Label title = new Label("Reconcile");
    title.getStyleClass().add(AppStyles.PAGE_TITLE);
    Label subtitle =
        new Label(
            "The invoice against the providers' usage exports and your traces, per provider, model"
                + " and period. Check the gaps before trusting per-client numbers.");
    subtitle.getStyleClass().add(AppStyles.PAGE_SUBTITLE);
    subtitle.setWrapText(true);

    ToggleGroup grains = new ToggleGroup();
    ToggleButton byMonth = grainButton("By _month", Grain.MONTH, grains);
    ToggleButton byDay = grainButton("By _day", Grain.DAY, grains);
    byMonth.getStyleClass().add(Styles.LEFT_PILL);
    byDay.getStyleClass().add(Styles.RIGHT_PILL);
    ProgressIndicator busy = new ProgressIndicator();
    busy.setPrefSize(18, 18);
    busy.visibleProperty().bind(viewModel.loadingProperty());
    Label summary = new Label();
    summary.setId("reconcile-summary");
    summary.textProperty().bind(viewModel.summaryProperty());
    HBox controls = new HBox(8, byMonth, byDay, busy, summary);
    controls.setPadding(new Insets(8, 0, 8, 0));
    VBox header = new VBox(4, title, subtitle, controls);
    header.getStyleClass().add(AppStyles.PAGE_HEADER);
    return header;
  }

  private ToggleButton grainButton(String text, Grain grain, ToggleGroup group) {
    ToggleButton button = new ToggleButton(text);
    button.setToggleGroup(group);
    button.setSelected(viewModel.grainProperty().get() == grain);
    button.setOnAction(
        event -> {
          button.setSelected(true);
          viewModel.grainProperty().set(grain);
        });
    return button;
  }

  private Node table() {
    TableView<ReconciliationLine> table = new TableView<>(viewModel.lines());
    table.setId("reconcile-table");
    table.setPlaceholder(new Label("Import bills, usage exports or traces to compare them."));
    table.getColumns().add(TableColumns.text("Period", ReconciliationLine::period));
    table.getColumns().add(TableColumns.text("Provider", ReconciliationLine::provider));
    table.getColumns().add(TableColumns.text("Model", ReconciliationLine::model));
    table.getColumns().add(money("Invoice", ReconciliationLine::invoiceCost));
    table.getColumns().add(tokens("Invoice tokens", ReconciliationLine::invoiceTokens));
    table.getColumns().add(tokens("Usage export tokens", ReconciliationLine::usageTokens));
    table.getColumns().add(tokens("Trace tokens", ReconciliationLine::traceTokens));
    table.getColumns().add(money("Trace cost (USD)", ReconciliationLine::traceCost));
    table.getColumns().add(money("Gap", ReconciliationLine::costGap));
    table
        .getColumns()
        .add(
            TableColumns.text(
                "Gap %",
                line ->
                    line.costGapShare() == null
                        ? ""
                        : line.costGapShare().movePointRight(2).setScale(1, RoundingMode.HALF_UP)
                            + "%"));
    TableColumn<ReconciliationLine, String> causes =
        TableColumns.text("Likely causes", line -> String.join("; ", line.causes()));
    causes.setPrefWidth(420);
    table.getColumns().add(causes);
    table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
    return table;
  }

  private static TableColumn<ReconciliationLine, String> money(
      String title, Function<ReconciliationLine, BigDecimal> value) {
    TableColumn<ReconciliationLine, String> column =
        TableColumns.text(title, line -> ReconcileViewModel.money(value.apply(line)));
    column.getStyleClass().add(AppStyles.NUMBER_CELL);
    return column;
  }

  private static TableColumn<ReconciliationLine, String> tokens(
      String title, Function<ReconciliationLine, Long> value) {
    TableColumn<ReconciliationLine, String> column =
        TableColumns.text(
            title,
            line -> value.apply(line) == null ? "" : String.format("%,d", value.apply(line)));
    column.getStyleClass().add(AppStyles.NUMBER_CELL);
    return column;
  }
}
