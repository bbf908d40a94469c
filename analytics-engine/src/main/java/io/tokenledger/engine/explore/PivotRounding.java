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
 * Rounds a pivot's money for display, top-down: the grand total is rounded, each level's lines are
 * apportioned to their parent's rounded value, so every subtotal and total shown equals the sum of
 * the lines shown under it, to the cent. Unit costs are rounded half-up on their own.
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
      for (String column : withTotal(columns)) {
        BigDecimal grand = value(result.grandTotal(), column, measure);
        if (grand == null) {
          continue;
        }
        BigDecimal roundedGrand = grand.setScale(moneyScale, RoundingMode.HALF_UP);
        put(roundedByLine, List.of(), column, measure, roundedGrand);
        apportionChildren(List.of(), roundedGrand, all, column, measure, moneyScale, roundedByLine);
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
    List<PivotRow> children =
        all.stream()
            .filter(
                r ->
                    r.depth() == prefix.size() + 1
                        && r.keys().subList(0, prefix.size()).equals(prefix))
            .toList();
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

  private static List<String> withTotal(List<String> columns) {
    List<String> all = new ArrayList<>(columns);
    all.add(TOTAL);
    return all;
  }

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
