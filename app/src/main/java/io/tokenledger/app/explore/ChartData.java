package io.tokenledger.app.explore;

import io.tokenledger.engine.explore.Measure;
import io.tokenledger.engine.explore.PivotRequest;
import io.tokenledger.engine.export.PivotColumn;
import io.tokenledger.engine.export.PivotLine;
import io.tokenledger.engine.export.PivotTable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the chart beside the pivot draws, taken from the pivot as shown (so the chart and the table
 * never disagree): the first measure, over the values of the first row dimension (or over time for
 * lines), one series per value of the column dimension. Toolkit-free; the view turns it into a
 * JavaFX chart.
 *
 * @param kind the kind drawn (bars when lines were asked for but there is no time axis)
 * @param valueLabel the measure and its unit, for the value axis
 * @param categories the points along the category axis
 * @param series one per legend entry, each with a value (or null) per category
 * @param note empty, or what was left out ("the first 20 of 57 clients")
 */
public record ChartData(
    ChartKind kind, String valueLabel, List<String> categories, List<Series> series, String note) {

  /** One legend entry and its values, in category order. */
  public record Series(String name, List<BigDecimal> values) {
    public Series {
      values = java.util.Collections.unmodifiableList(new ArrayList<>(values));
    }
  }

  static final int MAX_CATEGORIES = 20;
  static final int MAX_SERIES = 12;

  public ChartData {
    categories = List.copyOf(categories);
    series = List.copyOf(series);
  }

  /** True when lines make sense: the column or the first row dimension is time. */
  public static boolean canDrawLines(PivotRequest request) {
    return (request.column() != null && request.column().isTime())
        || (!request.rows().isEmpty() && request.rows().get(0).isTime());
  }

  /** The chart of {@code table} drawn as {@code wanted}, or as bars when that cannot be. */
  public static ChartData of(PivotTable table, ChartKind wanted) {
    PivotRequest request = table.request();
    Measure measure = request.measures().get(0);
    String valueLabel =
        measure.isMoney() ? measure.label() + " (" + request.currency() + ")" : measure.label();
    List<Integer> byGroup = new ArrayList<>();
    int total = -1;
    for (int i = 0; i < table.columns().size(); i++) {
      PivotColumn column = table.columns().get(i);
      boolean plain =
          column.measure() == measure
              && column.kind() != PivotColumn.Kind.SHARE
              && column.kind() != PivotColumn.Kind.CHANGE
              && column.kind() != PivotColumn.Kind.CHANGE_PERCENT;
      if (plain && column.total()) {
        total = i;
      } else if (plain) {
        byGroup.add(i);
      }
    }
    List<PivotLine> top = topLines(table);
    String dimensionName =
        request.rows().isEmpty() ? "" : request.rows().get(0).label().toLowerCase(Locale.ROOT);
    ChartKind kind = wanted == ChartKind.LINE && !canDrawLines(request) ? ChartKind.BAR : wanted;
    List<String> categories = new ArrayList<>();
    List<Series> series = new ArrayList<>();
    String note = "";
    boolean overTimeByColumn =
        kind == ChartKind.LINE && request.column() != null && request.column().isTime();
    if (overTimeByColumn) {
      for (int i : byGroup) {
        categories.add(table.columns().get(i).group());
      }
      for (PivotLine line : top.subList(0, Math.min(MAX_SERIES, top.size()))) {
        series.add(new Series(name(line), byGroup.stream().map(line::value).toList()));
      }
      if (top.size() > MAX_SERIES) {
        note = "The " + MAX_SERIES + " largest of " + top.size() + " " + dimensionName + " values";
      }
    } else {
      List<PivotLine> shown = top;
      int limit = kind == ChartKind.LINE ? top.size() : MAX_CATEGORIES;
      if (top.size() > limit) {
        shown = top.subList(0, limit);
        String which = request.rows().get(0).isTime() ? " first of " : " largest of ";
        note = "The " + limit + which + top.size() + " " + dimensionName + " values";
      }
      shown.forEach(line -> categories.add(name(line)));
      if (byGroup.isEmpty()) {
        int column = total;
        series.add(new Series(measure.label(), shown.stream().map(l -> l.value(column)).toList()));
      } else {
        for (int i : byGroup.subList(0, Math.min(MAX_SERIES, byGroup.size()))) {
          series.add(
              new Series(
                  table.columns().get(i).group(), shown.stream().map(l -> l.value(i)).toList()));
        }
        if (byGroup.size() > MAX_SERIES) {
          note =
              (note.isEmpty() ? "" : note + "; ")
                  + "the first "
                  + MAX_SERIES
                  + " of "
                  + byGroup.size()
                  + " "
                  + request.column().label().toLowerCase(Locale.ROOT)
                  + " values";
        }
      }
    }
    return new ChartData(kind, valueLabel, categories, series, note);
  }

  /** The lines of the first row dimension: detail lines, or the first level of subtotals. */
  private static List<PivotLine> topLines(PivotTable table) {
    if (table.request().rows().isEmpty()) {
      return table.lines().stream().filter(l -> l.kind() == PivotLine.Kind.TOTAL).toList();
    }
    return table.lines().stream()
        .filter(l -> l.kind() != PivotLine.Kind.TOTAL && l.keys().size() == 1)
        .toList();
  }

  private static String name(PivotLine line) {
    return line.keys().isEmpty() ? PivotTable.GRAND_TOTAL : line.keys().get(0);
  }
}
