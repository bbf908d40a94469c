package io.tokenledger.app.testing;

import java.util.Comparator;
import java.util.List;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;

/** Reads what a table shows on screen: the text of the cells of its rendered rows. */
public final class FxTables {

  private FxTables() {}

  /** The cell texts of each visible non-empty row, top to bottom, columns left to right. */
  public static List<List<String>> shownRows(TableView<?> table) {
    return table.lookupAll(".table-row-cell").stream()
        .map(node -> (TableRow<?>) node)
        .filter(row -> row.isVisible() && row.getItem() != null)
        .sorted(Comparator.comparingInt(IndexedCell::getIndex))
        .map(
            row ->
                row.lookupAll(".table-cell").stream()
                    .map(cell -> ((Labeled) cell).getText())
                    .map(text -> text == null ? "" : text)
                    .toList())
        .toList();
  }
}
