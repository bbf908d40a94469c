package io.tokenledger.engine.sql;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.BiFunction;

/**
 * A set of calendar months (UTC) written as SQL predicates over a column, one range per run of
 * consecutive months, with literal bounds: DuckDB can then skip whole row groups by their min/max
 * instead of computing each row's month. The literals come from {@link YearMonth} values, never
 * from user text.
 */
public final class MonthRanges {

  private final SortedSet<YearMonth> months;

  private MonthRanges(SortedSet<YearMonth> months) {
    this.months = Collections.unmodifiableSortedSet(months);
  }

  public static MonthRanges of(Collection<YearMonth> months) {
    return new MonthRanges(new TreeSet<>(months));
  }

  public SortedSet<YearMonth> months() {
    return months;
  }

  public boolean isEmpty() {
    return months.isEmpty();
  }

  /** {@code expression} (a TIMESTAMPTZ) falls in one of the months. */
  public String timestampWithin(String expression) {
    return join(
        (first, next) ->
            expression
                + " >= "
                + timestamp(first)
                + " AND "
                + expression
                + " < "
                + timestamp(next));
  }

  /** {@code expression} (a DATE) falls in one of the months. */
  public String dateWithin(String expression) {
    return join(
        (first, next) ->
            expression + " >= " + date(first) + " AND " + expression + " < " + date(next));
  }

  /** The period [{@code start}, {@code end}) (TIMESTAMPTZ) overlaps one of the months. */
  public String overlapping(String start, String end) {
    return join(
        (first, next) ->
            start + " < " + timestamp(next) + " AND " + end + " > " + timestamp(first));
  }

  /** The months as YYYY-MM, comma-separated, in order. */
  @Override
  public String toString() {
    return String.join(",", months.stream().map(YearMonth::toString).toList());
  }

  /**
   * Each run of consecutive months as a range from its first month to the month after its last
   * (exclusive), OR-ed; FALSE when there is no month.
   */
  private String join(BiFunction<YearMonth, YearMonth, String> range) {
    List<String> ranges = new ArrayList<>();
    YearMonth first = null;
    YearMonth previous = null;
    for (YearMonth month : months) {
      if (first == null) {
        first = month;
      } else if (!month.equals(previous.plusMonths(1))) {
        ranges.add("(" + range.apply(first, previous.plusMonths(1)) + ")");
        first = month;
      }
      previous = month;
    }
    if (first != null) {
      ranges.add("(" + range.apply(first, previous.plusMonths(1)) + ")");
    }
    return ranges.isEmpty() ? "FALSE" : "(" + String.join(" OR ", ranges) + ")";
  }

  private static String timestamp(YearMonth month) {
    return "TIMESTAMPTZ '" + month.atDay(1) + " 00:00:00+00'";
  }

  private static String date(YearMonth month) {
    return "DATE '" + month.atDay(1) + "'";
  }
}
