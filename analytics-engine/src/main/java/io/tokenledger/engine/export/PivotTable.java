package io.tokenledger.engine.export;

import io.tokenledger.engine.explore.Dimension;
import io.tokenledger.engine.explore.Measure;
import io.tokenledger.engine.explore.MeasureValues;
import io.tokenledger.engine.explore.PivotRequest;
import io.tokenledger.engine.explore.PivotResult;
import io.tokenledger.engine.explore.PivotRounding;
import io.tokenledger.engine.explore.PivotRow;
import io.tokenledger.engine.money.Apportion;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A pivot laid out the one way it is shown on the Explore page and written to CSV and Excel: row
 * label columns (one per row dimension), value columns (per column value, then the total), the
 * share of the grand total and, with a comparison period, the change against it; detail lines, each
 * group's subtotal after its members, the grand total last. Money is rounded to the cent with
 * {@link PivotRounding} so that every subtotal shown equals the lines shown above it; shares are
 * apportioned the same way, so the shares of a group's members add up to the group's share.
 *
 * @param comparison the name of the comparison period ({@code Sep 2026}), or null for none
 */
public record PivotTable(
    PivotRequest request,
    List<String> rowHeaders,
    List<PivotColumn> columns,
    List<PivotLine> lines,
    String comparison) {

  /** The group of the columns that total over every column value. */
  public static final String TOTAL = "Total";

  public static final String GRAND_TOTAL = "Grand total";

  private static final int SHARE_SCALE = 1;
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  public PivotTable {
    rowHeaders = List.copyOf(rowHeaders);
    columns = List.copyOf(columns);
    lines = List.copyOf(lines);
  }

  /** Lays out {@code exact} without a comparison. */
  public static PivotTable of(PivotResult exact) {
    return of(exact, null, null);
  }

  /**
   * Lays out {@code exact}, with change columns against {@code previous} (the same request over the
   * comparison period) when it is given.
   *
   * @param previousName what the comparison period is called in the change columns' headers
   */
  public static PivotTable of(PivotResult exact, PivotResult previous, String previousName) {
    return new Builder(exact, previous, previousName).build();
  }

  /** The first column of {@code kind}, or -1. */
  public int indexOf(PivotColumn.Kind kind) {
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).kind() == kind) {
        return i;
      }
    }
    return -1;
  }

  /** The measure whose share of the total is shown: the first cost, else the first usage sum. */
  static Measure shareMeasure(List<Measure> measures) {
    return measures.stream()
        .filter(m -> m.kind() == Measure.Kind.COST)
        .findFirst()
        .or(() -> measures.stream().filter(m -> m.kind() == Measure.Kind.USAGE).findFirst())
        .orElse(null);
  }

  private static final class Builder {
    private final PivotRequest request;
    private final PivotResult exact;
    private final PivotResult shown;
    private final Map<List<String>, PivotRow> before = new HashMap<>();
    private final String previousName;
    private final List<PivotColumn> columns = new ArrayList<>();
    private final Map<List<String>, BigDecimal> shares = new HashMap<>();

    Builder(PivotResult exact, PivotResult previous, String previousName) {
      this.request = exact.request();
      this.exact = exact;
      this.shown = PivotRounding.toCents(exact);
      this.previousName = previous == null ? null : previousName;
      if (previous != null) {
        PivotResult shownBefore = PivotRounding.toCents(previous);
        shownBefore.rows().forEach(row -> before.put(row.keys(), row));
        before.put(List.of(), shownBefore.grandTotal());
      }
    }

    PivotTable build() {
      Measure shareOf = shareMeasure(request.measures());
      Measure changeOf =
          previousName == null
              ? null
              : request.measures().stream()
                  .filter(m -> m.kind() == Measure.Kind.COST)
                  .findFirst()
                  .orElse(null);
      List<String> groups = new ArrayList<>();
      if (request.column() == null) {
        groups.add(null);
      } else {
        groups.addAll(shown.columnValues());
        groups.add(TOTAL);
      }
      for (int g = 0; g < groups.size(); g++) {
        boolean total = g == groups.size() - 1;
        for (Measure measure : request.measures()) {
          String label = measure.isMoney() ? withCurrency(measure.label()) : measure.label();
          add(groups.get(g), measure, kind(measure), label, total);
        }
        if (total && shareOf != null) {
          // Of the first measure it is plainly "% of total"; of another one, say which.
          String label =
              shareOf == request.measures().get(0)
                  ? "% of total"
                  : "% of " + shareOf.label().toLowerCase(Locale.ROOT);
          add(groups.get(g), shareOf, PivotColumn.Kind.SHARE, label, true);
        }
        if (total && changeOf != null) {
          add(
              groups.get(g),
              changeOf,
              PivotColumn.Kind.CHANGE,
              withCurrency("Change vs " + previousName),
              true);
          add(
              groups.get(g),
              changeOf,
              PivotColumn.Kind.CHANGE_PERCENT,
              "Change vs " + previousName + " %",
              true);
        }
      }
      if (shareOf != null) {
        computeShares(shareOf);
      }
      List<PivotLine> lines = new ArrayList<>();
      for (PivotRow row : shown.rows()) {
        PivotLine.Kind kind =
            row.depth() == request.rows().size() ? PivotLine.Kind.DETAIL : PivotLine.Kind.SUBTOTAL;
        lines.add(line(kind, row));
      }
      lines.add(line(PivotLine.Kind.TOTAL, shown.grandTotal()));
      return new PivotTable(request, rowHeaders(), columns, lines, previousName);
    }

    private List<String> rowHeaders() {
      if (request.rows().isEmpty()) {
        return List.of("");
      }
      return request.rows().stream().map(Dimension::label).toList();
    }

    private void add(
        String group, Measure measure, PivotColumn.Kind kind, String label, boolean total) {
      columns.add(new PivotColumn(group, total, measure, kind, label));
    }

    private String withCurrency(String label) {
      return label + " (" + request.currency() + ")";
    }

    private static PivotColumn.Kind kind(Measure measure) {
      return switch (measure.kind()) {
        case COST -> PivotColumn.Kind.MONEY;
        case UNIT_COST -> PivotColumn.Kind.UNIT_COST;
        case USAGE -> PivotColumn.Kind.COUNT;
      };
    }

    private PivotLine line(PivotLine.Kind kind, PivotRow row) {
      List<BigDecimal> values = new ArrayList<>();
      for (PivotColumn column : columns) {
        values.add(value(column, row));
      }
      return new PivotLine(kind, row.keys(), labels(kind, row.keys()), values);
    }

    private List<String> labels(PivotLine.Kind kind, List<String> keys) {
      int width = Math.max(1, request.rows().size());
      List<String> labels = new ArrayList<>();
      if (kind == PivotLine.Kind.TOTAL) {
        labels.add(GRAND_TOTAL);
      } else if (kind == PivotLine.Kind.SUBTOTAL) {
        // As Excel writes a subtotal: "acme Total" under the dimension it groups by.
        labels.addAll(keys.subList(0, keys.size() - 1));
        labels.add(keys.get(keys.size() - 1) + " " + TOTAL);
      } else {
        labels.addAll(keys);
      }
      while (labels.size() < width) {
        labels.add("");
      }
      return labels;
    }

    private BigDecimal value(PivotColumn column, PivotRow row) {
      return switch (column.kind()) {
        case MONEY, UNIT_COST, COUNT -> cell(row, column).get(column.measure());
        case SHARE -> shares.get(row.keys());
        case CHANGE -> change(row, column.measure());
        case CHANGE_PERCENT -> changePercent(row, column.measure());
      };
    }

    private static MeasureValues cell(PivotRow row, PivotColumn column) {
      return column.total() ? row.total() : row.cell(column.group());
    }

    private BigDecimal change(PivotRow row, Measure measure) {
      BigDecimal now = row.total().get(measure);
      BigDecimal then = previousValue(row, measure);
      if (now == null && then == null) {
        return null;
      }
      return orZero(now).subtract(orZero(then));
    }

    private BigDecimal changePercent(PivotRow row, Measure measure) {
      BigDecimal then = previousValue(row, measure);
      if (then == null || then.signum() == 0) {
        return null;
      }
      return change(row, measure)
          .multiply(HUNDRED)
          .divide(then.abs(), SHARE_SCALE, RoundingMode.HALF_UP);
    }

    private BigDecimal previousValue(PivotRow row, Measure measure) {
      PivotRow then = before.get(row.keys());
      return then == null ? null : then.total().get(measure);
    }

    private static BigDecimal orZero(BigDecimal value) {
      return value == null ? BigDecimal.ZERO : value;
    }

    /** Shares of the grand total, apportioned level by level like the money. */
    private void computeShares(Measure measure) {
      BigDecimal grand = exact.grandTotal().total().get(measure);
      if (grand == null || grand.signum() == 0) {
        return;
      }
      Map<List<String>, List<PivotRow>> children = new LinkedHashMap<>();
      for (PivotRow row : exact.rows()) {
        children
            .computeIfAbsent(row.keys().subList(0, row.depth() - 1), k -> new ArrayList<>())
            .add(row);
      }
      BigDecimal whole = HUNDRED.setScale(SHARE_SCALE);
      shares.put(List.of(), whole);
      apportion(List.of(), whole, grand, measure, children);
    }

    private void apportion(
        List<String> parent,
        BigDecimal parentShare,
        BigDecimal grand,
        Measure measure,
        Map<List<String>, List<PivotRow>> children) {
      List<PivotRow> members = children.getOrDefault(parent, List.of());
      if (members.isEmpty()) {
        return;
      }
      List<BigDecimal> exactShares =
          members.stream()
              .map(r -> r.total().get(measure))
              .map(v -> v == null ? null : v.multiply(HUNDRED).divide(grand, MathContext.DECIMAL64))
              .toList();
      List<BigDecimal> rounded = Apportion.toWhole(exactShares, parentShare, SHARE_SCALE);
      for (int i = 0; i < members.size(); i++) {
        if (rounded.get(i) != null) {
          shares.put(members.get(i).keys(), rounded.get(i));
          apportion(members.get(i).keys(), rounded.get(i), grand, measure, children);
        }
      }
    }
  }
}
