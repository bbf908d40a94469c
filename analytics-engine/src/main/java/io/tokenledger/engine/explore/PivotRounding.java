package io.tokenledger.engine.explore;

import io.tokenledger.engine.money.Apportion;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Rounds a pivot's money for display, top-down, so that everything shown adds up to the cent both
 * ways: down a column (every subtotal and the grand total equal the lines under them) and across a
 * row (a line's total equals its cells). The totals column is apportioned first (the grand total
 * rounded, each level's lines apportioned to their parent), then the grand total's cells, then,
 * level by level, each group's cells are shared out among its lines so that every line keeps its
 * rounded total and every column keeps the group's rounded cell ({@link CellRounding}). Every shown
 * value stays within one unit (a cent) of the exact one. Unit costs are rounded half-up on their
 * own.
 */
public final class PivotRounding {

  private PivotRounding() {}

  public static PivotResult toCents(PivotResult result) {
    return round(result, 2, 6);
  }

  public static PivotResult round(PivotResult result, int moneyScale, int unitCostScale) {
    List<String> columns = new ArrayList<>(result.columnValues());
    Map<List<String>, Map<String, EnumMap<Measure, BigDecimal>>> roundedByLine = new HashMap<>();
    List<PivotRow> all = new ArrayList<>(result.rows());
    all.add(result.grandTotal());
    for (Measure measure : result.request().measures()) {
      if (!measure.isMoney() || measure.kind() == Measure.Kind.UNIT_COST) {
        continue;
      }
      BigDecimal grand = value(result.grandTotal(), TOTAL, measure);
      if (grand == null) {
        continue;
      }
      BigDecimal roundedGrand = grand.setScale(moneyScale, RoundingMode.HALF_UP);
      put(roundedByLine, List.of(), TOTAL, measure, roundedGrand);
      if (columns.isEmpty()) {
        apportionChildren(List.of(), roundedGrand, all, TOTAL, measure, moneyScale, roundedByLine);
      } else {
        roundCells(result, columns, all, measure, moneyScale, roundedByLine);
      }
    }
    List<PivotRow> rows =
        result.rows().stream().map(r -> apply(r, roundedByLine, unitCostScale)).toList();
    return new PivotResult(
        result.request(), columns, rows, apply(result.grandTotal(), roundedByLine, unitCostScale));
  }

  private static void apportionChildren(
      List<String> prefix,
      BigDecimal roundedParent,
      List<PivotRow> all,
      String column,
      Measure measure,
      int scale,
      Map<List<String>, Map<String, EnumMap<Measure, BigDecimal>>> out) {
    List<PivotRow> children = children(prefix, all);
    if (children.isEmpty()) {
      return;
    }
    List<BigDecimal> exact = children.stream().map(r -> value(r, column, measure)).toList();
    List<BigDecimal> rounded = Apportion.toWhole(exact, roundedParent, scale);
    for (int i = 0; i < children.size(); i++) {
      if (rounded.get(i) == null) {
        continue;
      }
      put(out, children.get(i).keys(), column, measure, rounded.get(i));
      apportionChildren(children.get(i).keys(), rounded.get(i), all, column, measure, scale, out);
    }
  }

  /**
   * Replaces the per-column rounding of the cells by one that also adds up across rows: the grand
   * total's cells are apportioned to its rounded total, then each group's lines get cells that add
   * up to the group's cells (down) and to their own rounded totals (across).
   */
  private static void roundCells(
      PivotResult result,
      List<String> columns,
      List<PivotRow> all,
      Measure measure,
      int scale,
      Map<List<String>, Map<String, EnumMap<Measure, BigDecimal>>> out) {
    BigDecimal grandTotal = rounded(out, List.of(), TOTAL, measure);
    if (grandTotal == null) {
      return;
    }
    List<BigDecimal> exact =
        columns.stream().map(c -> value(result.grandTotal(), c, measure)).toList();
    List<BigDecimal> cells = Apportion.toWhole(exact, grandTotal, scale);
    Map<String, BigDecimal> grandCells = new HashMap<>();
    for (int i = 0; i < columns.size(); i++) {
      grandCells.put(columns.get(i), cells.get(i));
      putOrClear(out, List.of(), columns.get(i), measure, cells.get(i));
    }
    shareCells(List.of(), grandCells, columns, all, measure, scale, out);
  }

  private static void shareCells(
      List<String> prefix,
      Map<String, BigDecimal> parentCells,
      List<String> columns,
      List<PivotRow> all,
      Measure measure,
      int scale,
      Map<List<String>, Map<String, EnumMap<Measure, BigDecimal>>> out) {
    List<PivotRow> children = children(prefix, all);
    if (children.isEmpty()) {
      return;
    }
    BigDecimal[][] exact = new BigDecimal[children.size()][columns.size()];
    for (int i = 0; i < children.size(); i++) {
      for (int c = 0; c < columns.size(); c++) {
        exact[i][c] = value(children.get(i), columns.get(c), measure);
      }
    }
    BigDecimal[] columnTotals = columns.stream().map(parentCells::get).toArray(BigDecimal[]::new);
    BigDecimal[][] cells = CellRounding.round(exact, columnTotals, scale);
    for (int i = 0; i < children.size(); i++) {
      Map<String, BigDecimal> mine = new HashMap<>();
      BigDecimal total = BigDecimal.ZERO.setScale(scale);
      for (int c = 0; c < columns.size(); c++) {
        mine.put(columns.get(c), cells[i][c]);
        putOrClear(out, children.get(i).keys(), columns.get(c), measure, cells[i][c]);
        if (cells[i][c] != null) {
          total = total.add(cells[i][c]);
        }
      }
      if (value(children.get(i), TOTAL, measure) != null) {
        put(out, children.get(i).keys(), TOTAL, measure, total);
      }
      shareCells(children.get(i).keys(), mine, columns, all, measure, scale, out);
    }
  }

  private static List<PivotRow> children(List<String> prefix, List<PivotRow> all) {
    return all.stream()
        .filter(
            r ->
                r.depth() == prefix.size() + 1 && r.keys().subList(0, prefix.size()).equals(prefix))
        .toList();
  }

  private static BigDecimal rounded(
      Map<List<String>, Map<String, EnumMap<Measure, BigDecimal>>> out,
      List<String> keys,
      String column,
      Measure measure) {
    EnumMap<Measure, BigDecimal> values = out.getOrDefault(keys, Map.of()).get(column);
    return values == null ? null : values.get(measure);
  }

  private static void putOrClear(
      Map<List<String>, Map<String, EnumMap<Measure, BigDecimal>>> out,
      List<String> keys,
      String column,
      Measure measure,
      BigDecimal value) {
    if (value != null) {
      put(out, keys, column, measure, value);
    } else {
      EnumMap<Measure, BigDecimal> values = out.getOrDefault(keys, Map.of()).get(column);
      if (values != null) {
        values.remove(measure);
      }
    }
  }

  private static PivotRow apply(
      PivotRow row,
      Map<List<String>, Map<String, EnumMap<Measure, BigDecimal>>> rounded,
      int unitScale) {
    Map<String, EnumMap<Measure, BigDecimal>> mine = rounded.getOrDefault(row.keys(), Map.of());
    Map<String, MeasureValues> byColumn = new HashMap<>();
    row.byColumn()
        .forEach(
            (column, values) -> byColumn.put(column, merge(values, mine.get(column), unitScale)));
    return new PivotRow(row.keys(), byColumn, merge(row.total(), mine.get(TOTAL), unitScale));
  }

  private static MeasureValues merge(
      MeasureValues exact, Map<Measure, BigDecimal> money, int unitScale) {
    EnumMap<Measure, BigDecimal> values = new EnumMap<>(Measure.class);
    exact
        .values()
        .forEach(
            (measure, value) -> {
              if (measure.kind() == Measure.Kind.UNIT_COST) {
                values.put(measure, value.setScale(unitScale, RoundingMode.HALF_UP));
              } else if (measure.isMoney()) {
                BigDecimal rounded = money == null ? null : money.get(measure);
                values.put(measure, rounded == null ? value : rounded);
              } else {
                values.put(measure, value);
              }
            });
    return new MeasureValues(values);
  }

  private static final String TOTAL = "\u0000total";

  private static BigDecimal value(PivotRow row, String column, Measure measure) {
    return (TOTAL.equals(column) ? row.total() : row.cell(column)).get(measure);
  }

  private static void put(
      Map<List<String>, Map<String, EnumMap<Measure, BigDecimal>>> out,
      List<String> keys,
      String column,
      Measure measure,
      BigDecimal value) {
    out.computeIfAbsent(keys, k -> new HashMap<>())
        .computeIfAbsent(column, c -> new EnumMap<>(Measure.class))
        .put(measure, value);
  }
}
