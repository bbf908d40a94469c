package io.tokenledger.app.explore;

import io.tokenledger.app.format.Formats;
import io.tokenledger.app.kit.TableColumns;
import io.tokenledger.app.kit.Tables;
import io.tokenledger.app.theme.AppStyles;
import io.tokenledger.engine.explore.AllocationDetail;
import io.tokenledger.engine.explore.UsageDetail;
import io.tokenledger.engine.export.PivotColumn;
import java.math.BigDecimal;
import java.util.function.Function;
import java.util.function.IntConsumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The rows behind a drilled cell, a page at a time: the allocated amounts with their lineage (the
 * cost pool and method, the usage event's file and line) and the usage events with theirs. Amounts
 * are exact (not rounded to the cent), in the currency they were billed in.
 */
final class DrillView extends VBox {

  DrillView(ExploreViewModel viewModel) {
    super(4);
    setId("drill-view");
    getStyleClass().add(AppStyles.DRILL_PANE);

    TableView<AllocationDetail> amounts =
        Tables.dataTable(
            new TableView<>(viewModel.drillAllocations()),
            "drill-allocations",
            "Allocated amounts behind the cell",
            new Label("No allocated amounts behind this cell."));
    amounts
        .getColumns()
        .setAll(
            java.util.List.of(
                TableColumns.text("Day", a -> String.valueOf(a.day())),
                TableColumns.text("Provider", AllocationDetail::provider),
                TableColumns.text("Model", AllocationDetail::model),
                TableColumns.text("Bucket", AllocationDetail::tokenBucket),
                TableColumns.text("Client", AllocationDetail::client),
                TableColumns.text("Feature", AllocationDetail::feature),
                TableColumns.count("Tokens", a -> a.tokens() == null ? 0 : a.tokens()),
                amount("Billed", AllocationDetail::billed),
                TableColumns.text("Currency", AllocationDetail::currency),
                TableColumns.text("Method", AllocationDetail::method),
                TableColumns.mono("Pool", AllocationDetail::poolId),
                TableColumns.text("Usage row", DrillView::usageRow),
                TableColumns.text("Reason", AllocationDetail::reason)));

    TableView<UsageDetail> events =
        Tables.dataTable(
            new TableView<>(viewModel.drillUsage()),
            "drill-usage",
            "Usage events behind the cell",
            new Label("No usage events behind this cell."));
    events
        .getColumns()
        .setAll(
            java.util.List.of(
                TableColumns.text("Time", u -> Formats.localTime(u.eventTime())),
                TableColumns.text("Provider", UsageDetail::provider),
                TableColumns.text("Model", UsageDetail::model),
                TableColumns.text("Tier", UsageDetail::serviceTier),
                TableColumns.text("Client", UsageDetail::client),
                TableColumns.text("Feature", UsageDetail::feature),
                TableColumns.mono("Trace", UsageDetail::traceId),
                TableColumns.count("Tokens", UsageDetail::tokens),
                TableColumns.count("Requests", UsageDetail::requests),
                TableColumns.text(
                    "Source row", u -> "import " + u.importId() + ", line " + u.sourceLine())));

    Tab amountsTab =
        new Tab(
            null,
            page(
                amounts,
                viewModel.allocationOffsetProperty(),
                viewModel.allocationCountProperty(),
                viewModel.drillAllocations(),
                viewModel::pageAllocations,
                "allocations"));
    amountsTab
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () ->
                    "Allocated amounts ("
                        + Formats.count(viewModel.allocationCountProperty().get())
                        + ")",
                viewModel.allocationCountProperty()));
    Tab eventsTab =
        new Tab(
            null,
            page(
                events,
                viewModel.usageOffsetProperty(),
                viewModel.usageCountProperty(),
                viewModel.drillUsage(),
                viewModel::pageUsage,
                "usage"));
    eventsTab
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () -> "Usage events (" + Formats.count(viewModel.usageCountProperty().get()) + ")",
                viewModel.usageCountProperty()));
    TabPane tabs = new TabPane(amountsTab, eventsTab);
    tabs.setId("drill-tabs");
    tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
    VBox.setVgrow(tabs, Priority.ALWAYS);

    Label problem = new Label();
    problem.textProperty().bind(viewModel.drillProblemProperty());
    problem.visibleProperty().bind(viewModel.drillProblemProperty().isNotEmpty());
    problem.managedProperty().bind(problem.visibleProperty());
    getChildren().addAll(problem, tabs);
  }

  private static <T> Node page(
      TableView<T> table,
      ReadOnlyIntegerProperty offset,
      ReadOnlyLongProperty total,
      ObservableList<T> rows,
      IntConsumer turn,
      String id) {
    Button previous = new Button(null, new FontIcon(Material2AL.CHEVRON_LEFT));
    previous.setId(id + "-previous");
    previous.setAccessibleText("Previous page");
    previous.setOnAction(event -> turn.accept(-1));
    previous.disableProperty().bind(offset.isEqualTo(0));
    Button next = new Button(null, new FontIcon(Material2MZ.NAVIGATE_NEXT));
    next.setId(id + "-next");
    next.setAccessibleText("Next page");
    next.setOnAction(event -> turn.accept(1));
    next.disableProperty()
        .bind(
            Bindings.createBooleanBinding(
                () -> offset.get() + ExploreViewModel.DRILL_PAGE >= total.get(), offset, total));
    Label position = new Label();
    position.setId(id + "-position");
    position
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () ->
                    total.get() == 0
                        ? ""
                        : Formats.count(offset.get() + 1L)
                            + "–"
                            + Formats.count(offset.get() + (long) rows.size())
                            + " of "
                            + Formats.count(total.get()),
                offset,
                total,
                rows));
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    HBox pager = new HBox(6, spacer, position, previous, next);
    pager.setAlignment(Pos.CENTER_RIGHT);
    VBox.setVgrow(table, Priority.ALWAYS);
    VBox box = new VBox(4, table, pager);
    box.setPadding(new javafx.geometry.Insets(4, 0, 0, 0));
    return box;
  }

  private static <S> TableColumn<S, BigDecimal> amount(
      String title, Function<S, BigDecimal> value) {
    TableColumn<S, BigDecimal> column = new TableColumn<>(title);
    column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
    column.setCellFactory(
        col ->
            new TableCell<>() {
              @Override
              protected void updateItem(BigDecimal item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : PivotCells.format(PivotColumn.Kind.UNIT_COST, item));
              }
            });
    column.getStyleClass().add(AppStyles.NUMBER_CELL);
    return column;
  }

  private static String usageRow(AllocationDetail detail) {
    return detail.usageImportId() == null
        ? ""
        : "import " + detail.usageImportId() + ", line " + detail.usageSourceLine();
  }
}
