package io.tokenledger.app.explore;

import io.tokenledger.app.kit.Tables;
import io.tokenledger.app.theme.AppStyles;
import io.tokenledger.engine.export.PivotColumn;
import io.tokenledger.engine.export.PivotLine;
import io.tokenledger.engine.export.PivotTable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;

/**
 * The pivot as a table: one label column per row dimension, the value columns (nested under the
 * column dimension's values when there is one), subtotal and grand-total lines styled apart.
 * Numbers are right-aligned and formatted for the locale; the currency is in the headers.
 * Double-click or Enter on a cell drills to the rows behind it. Sorting is off: the order is the
 * pivot's (largest first, each group's subtotal after it), which a sort would break.
 */
final class PivotTableView extends TableView<PivotLine> {

  private static final PseudoClass SUBTOTAL =
      PseudoClass.getPseudoClass(AppStyles.SUBTOTAL_PSEUDO_CLASS);
  private static final PseudoClass GRAND_TOTAL =
      PseudoClass.getPseudoClass(AppStyles.GRAND_TOTAL_PSEUDO_CLASS);
  private static final double LABEL_WIDTH = 140;
  private static final double VALUE_WIDTH = 132;

  private final ExploreViewModel viewModel;

  PivotTableView(ExploreViewModel viewModel, Node placeholder) {
    this.viewModel = viewModel;
    Tables.dataTable(this, "pivot-table", "Pivot table", placeholder);
    getStyleClass().add(AppStyles.PIVOT_TABLE);
    // A pivot can be wider than the page: keep column widths and scroll sideways.
    setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
    getSelectionModel().setCellSelectionEnabled(true);
    setRowFactory(table -> new LineRow());
    setTooltip(new Tooltip("Double-click a number, or press Enter, to see the rows behind it"));
    viewModel.tableProperty().addListener((obs, was, now) -> show(now));
    show(viewModel.tableProperty().get());

    setOnMouseClicked(
        event -> {
          if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2) {
            drillFocused();
          }
        });
    setOnKeyPressed(
        event -> {
          if (event.getCode() == KeyCode.ENTER) {
            drillFocused();
            event.consume();
          }
        });
  }

  private void show(PivotTable table) {
    if (table == null) {
      getColumns().clear();
      getItems().clear();
      return;
    }
    List<TableColumn<PivotLine, ?>> top = new ArrayList<>();
    for (int i = 0; i < table.rowHeaders().size(); i++) {
      int index = i;
      TableColumn<PivotLine, String> label = new TableColumn<>(table.rowHeaders().get(i));
      label.setCellValueFactory(
          cell -> new ReadOnlyStringWrapper(cell.getValue().labels().get(index)));
      label.setPrefWidth(LABEL_WIDTH);
      label.setSortable(false);
      top.add(label);
    }
    // Each group column gets its children before it joins the table: a header added empty and
    // filled later does not show its own label.
    Map<String, TableColumn<PivotLine, Object>> groups = new LinkedHashMap<>();
    for (int i = 0; i < table.columns().size(); i++) {
      PivotColumn column = table.columns().get(i);
      TableColumn<PivotLine, BigDecimal> value = valueColumn(column, i);
      if (column.group() == null) {
        top.add(value);
      } else {
        TableColumn<PivotLine, Object> group =
            groups.computeIfAbsent(
                column.group(),
                name -> {
                  TableColumn<PivotLine, Object> parent = new TableColumn<>(name);
                  parent.setSortable(false);
                  top.add(parent);
                  return parent;
                });
        group.getColumns().add(value);
      }
    }
    getColumns().setAll(top);
    getItems().setAll(table.lines());
  }

  private static TableColumn<PivotLine, BigDecimal> valueColumn(PivotColumn column, int index) {
    // The unit on a line of its own: "Allocated cost" over "(USD)" fits a number's width.
    TableColumn<PivotLine, BigDecimal> value =
        new TableColumn<>(column.label().replace(" (", "\n("));
    value.setUserData(column);
    value.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().value(index)));
    value.setCellFactory(
        col ->
            new TableCell<>() {
              @Override
              protected void updateItem(BigDecimal item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : PivotCells.format(column.kind(), item));
              }
            });
    value.getStyleClass().add(AppStyles.NUMBER_CELL);
    value.setPrefWidth(VALUE_WIDTH);
    value.setSortable(false);
    return value;
  }

  private void drillFocused() {
    TablePosition<PivotLine, ?> focused = getFocusModel().getFocusedCell();
    if (focused == null || focused.getRow() < 0 || focused.getRow() >= getItems().size()) {
      return;
    }
    PivotLine line = getItems().get(focused.getRow());
    TableColumn<PivotLine, ?> column = focused.getTableColumn();
    Object data = column == null ? null : column.getUserData();
    viewModel.drill(line, data instanceof PivotColumn valueColumn ? valueColumn : null);
  }

  private static final class LineRow extends TableRow<PivotLine> {
    @Override
    protected void updateItem(PivotLine line, boolean empty) {
      super.updateItem(line, empty);
      boolean known = !empty && line != null;
      pseudoClassStateChanged(SUBTOTAL, known && line.kind() == PivotLine.Kind.SUBTOTAL);
      pseudoClassStateChanged(GRAND_TOTAL, known && line.kind() == PivotLine.Kind.TOTAL);
    }
  }
}
