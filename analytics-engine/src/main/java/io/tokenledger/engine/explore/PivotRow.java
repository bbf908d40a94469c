package io.tokenledger.engine.explore;

import java.util.List;
import java.util.Map;

/**
 * One line of a pivot: a group of the row dimensions (or a subtotal, or the grand total) with its
 * measures per column value and over all columns.
 *
 * @param keys the values of the row dimensions; shorter than the row dimensions for a subtotal,
 *     empty for the grand total
 * @param byColumn measures per value of the column dimension (empty without a column dimension)
 * @param total measures over all column values
 */
public record PivotRow(
    List<String> keys, Map<String, MeasureValues> byColumn, MeasureValues total) {

  public PivotRow {
    keys = List.copyOf(keys);
    byColumn = Map.copyOf(byColumn);
  }

  /** How many row dimensions this line groups by: the row count for detail lines. */
  public int depth() {
    return keys.size();
  }

  /** The measures in a column, or empty values where the row has none there. */
  public MeasureValues cell(String columnValue) {
    return byColumn.getOrDefault(columnValue, new MeasureValues(Map.of()));
  }
}
