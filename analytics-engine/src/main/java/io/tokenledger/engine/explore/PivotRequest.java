package io.tokenledger.engine.explore;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What to pivot: row dimensions, an optional column dimension, measures, filters, a date range and
 * the reporting currency. Filter values are data: they are bound as SQL parameters, never spliced.
 *
 * @param column the column dimension, or null for none
 * @param filters per dimension, the values to keep
 * @param from first day included, or null
 * @param until first day excluded, or null
 * @param topN keep the first row dimension's N largest values and fold the rest into "Other"; 0
 *     keeps all
 * @param currency the reporting currency; other currencies convert through the FX table
 */
public record PivotRequest(
    List<Dimension> rows,
    Dimension column,
    List<Measure> measures,
    Map<Dimension, Set<String>> filters,
    LocalDate from,
    LocalDate until,
    int topN,
    String currency) {

  public PivotRequest {
    rows = List.copyOf(rows);
    measures = List.copyOf(measures);
    Map<Dimension, Set<String>> copy = new LinkedHashMap<>();
    filters.forEach(
        (dimension, values) -> copy.put(dimension, Set.copyOf(new LinkedHashSet<>(values))));
    filters = Map.copyOf(copy);
    if (measures.isEmpty()) {
      throw new IllegalArgumentException("Choose at least one measure");
    }
    if (column != null && rows.contains(column)) {
      throw new IllegalArgumentException(column.id() + " cannot be both a row and the column");
    }
    if (rows.stream().distinct().count() != rows.size()) {
      throw new IllegalArgumentException("A dimension appears twice in the rows");
    }
    if (topN < 0) {
      throw new IllegalArgumentException("top N cannot be negative");
    }
    currency = currency == null ? "USD" : currency.strip().toUpperCase(java.util.Locale.ROOT);
  }

  public static PivotRequest of(List<Dimension> rows, List<Measure> measures) {
    return new PivotRequest(rows, null, measures, Map.of(), null, null, 0, "USD");
  }

  public PivotRequest withColumn(Dimension dimension) {
    return new PivotRequest(rows, dimension, measures, filters, from, until, topN, currency);
  }

  public PivotRequest withFilter(Dimension dimension, Set<String> values) {
    Map<Dimension, Set<String>> more = new LinkedHashMap<>(filters);
    more.put(dimension, values);
    return new PivotRequest(rows, column, measures, more, from, until, topN, currency);
  }

  public PivotRequest withPeriod(LocalDate first, LocalDate firstExcluded) {
    return new PivotRequest(rows, column, measures, filters, first, firstExcluded, topN, currency);
  }

  public PivotRequest withTopN(int n) {
    return new PivotRequest(rows, column, measures, filters, from, until, n, currency);
  }

  public PivotRequest withCurrency(String code) {
    return new PivotRequest(rows, column, measures, filters, from, until, topN, code);
  }
}
