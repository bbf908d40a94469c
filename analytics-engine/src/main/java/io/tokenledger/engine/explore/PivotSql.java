package io.tokenledger.engine.explore;

import io.tokenledger.engine.sql.SqlFile;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Builds the SQL of one pivot request from the skeletons in {@code PivotSql/*.sql}. Only catalog
 * expressions ({@link Dimension}) and generated aliases are spliced in; every value a user gave
 * (filter values, dates, the currency, top-N values) becomes a numbered parameter.
 */
final class PivotSql {

  private static final String WIDE_USAGE = "usage_events";
  private static final String LONG_USAGE =
      "(SELECT * FROM (UNPIVOT usage_events ON in_uncached, in_cache_read, in_cache_write_5m,"
          + " in_cache_write_1h, out_text, out_reasoning INTO NAME token_bucket VALUE tokens)"
          + " WHERE tokens > 0)";
  private static final String WIDE_TOKENS =
      "(u.in_uncached + u.in_cache_read + u.in_cache_write_5m + u.in_cache_write_1h + u.out_text"
          + " + u.out_reasoning)";

  private final PivotRequest request;
  private final List<Dimension> dimensions;
  private final boolean longUsage;
  private final boolean summary;
  private final boolean days;
  private final List<Object> parameters = new ArrayList<>();

  PivotSql(PivotRequest request) {
    this(request, false);
  }

  /**
   * @param summary read {@link PivotSummary}'s table instead of the detail tables; only when the
   *     summary is current and {@link #summaryAnswers} the request
   */
  PivotSql(PivotRequest request, boolean summary) {
    this(request, summary, false);
  }

  private PivotSql(PivotRequest request, boolean summary, boolean days) {
    this.request = request;
    this.days = days;
    List<Dimension> all = new ArrayList<>(request.rows());
    if (request.column() != null) {
      all.add(request.column());
    }
    this.dimensions = List.copyOf(all);
    this.longUsage =
        dimensions.contains(Dimension.TOKEN_BUCKET)
            || request.filters().containsKey(Dimension.TOKEN_BUCKET);
    this.summary = summary;
  }

  /**
   * Whether the summary holds what the request needs: not tasks (a distinct count of traces), and
   * no usage measure per token bucket (the summary sums usage over the buckets).
   */
  static boolean summaryAnswers(PivotRequest request) {
    boolean tasks =
        request.measures().contains(Measure.TASKS)
            || request.measures().contains(Measure.COST_PER_TASK);
    boolean usage =
        request.measures().stream()
            .anyMatch(m -> m.kind() == Measure.Kind.USAGE || m.kind() == Measure.Kind.UNIT_COST);
    boolean byBucket =
        request.rows().contains(Dimension.TOKEN_BUCKET)
            || request.column() == Dimension.TOKEN_BUCKET
            || request.filters().containsKey(Dimension.TOKEN_BUCKET);
    return !tasks && !(usage && byBucket);
  }

  /** For the days of a drill path ({@link #drillDays}), read from the summary's day grain. */
  static PivotSql forDrillDays(PivotRequest request) {
    return new PivotSql(request, true, true);
  }

  /**
   * For the periods of a drill path ({@link #drillDays}): months when the request allows the month
   * grain (far fewer rows to read), else days.
   */
  static PivotSql forDrillPeriods(PivotRequest request) {
    return new PivotSql(request, true, false);
  }

  /** Whether the summary is read at the month grain. */
  boolean readsMonths() {
    return grain().equals("month");
  }

  /** The month grain serves whole months without day or week; anything finer needs days. */
  private String grain() {
    if (days) {
      return "day";
    }
    boolean finer =
        dimensions.stream().anyMatch(d -> d == Dimension.DAY || d == Dimension.WEEK)
            || request.filters().containsKey(Dimension.DAY)
            || request.filters().containsKey(Dimension.WEEK)
            || (request.from() != null && request.from().getDayOfMonth() != 1)
            || (request.until() != null && request.until().getDayOfMonth() != 1);
    return finer ? "day" : "month";
  }

  /** The aliases of the dimensions in the result: d0, d1, ... for rows, dc for the column. */
  List<String> aliases() {
    List<String> aliases = new ArrayList<>();
    for (int i = 0; i < request.rows().size(); i++) {
      aliases.add("d" + i);
    }
    if (request.column() != null) {
      aliases.add("dc");
    }
    return aliases;
  }

  String pivot(List<String> topValues) {
    return pivot(topValues, false);
  }

  /**
   * @param oneCurrency every amount read is in the reporting currency ({@link #otherCurrencies}
   *     said no): the summary is then read without conversion
   */
  String pivot(List<String> topValues, boolean oneCurrency) {
    List<String> aliases = aliases();
    String columns = String.join(", ", aliases);
    String currency = placeholder(request.currency());
    boolean costNeeded = needs(Measure.Kind.COST) || needs(Measure.Kind.UNIT_COST);
    boolean usageNeeded = needs(Measure.Kind.USAGE) || needs(Measure.Kind.UNIT_COST);
    if (summary) {
      return SqlFile.load(
              PivotSql.class, oneCurrency ? "pivot_summary_one_currency" : "pivot_summary")
          .replace("{converted_amounts}", convertedAmounts(currency))
          .replace("{currency}", currency)
          .replace("{summary_dimensions}", selectList(Side.SUMMARY, topValues))
          .replace(
              "{summary_where}", kinds(costNeeded, usageNeeded) + " AND " + where(Side.SUMMARY))
          .replace("{grouping_sets}", groupingSets(aliases))
          .replace("{dimension_columns}", columns);
    }
    boolean tasksNeeded =
        request.measures().contains(Measure.TASKS)
            || request.measures().contains(Measure.COST_PER_TASK);
    boolean requestsNeeded =
        request.measures().contains(Measure.REQUESTS)
            || request.measures().contains(Measure.COST_PER_REQUEST);
    // In the long form an event appears once per bucket, so above the bucket level its requests
    // must be counted as distinct events; the wide form just sums them.
    boolean distinctRequests = longUsage && requestsNeeded;
    String distinctTasks =
        longUsage
            ? "count(DISTINCT coalesce(trace_id, import_id || ':' || source_line))"
            : "count(DISTINCT trace_id) + count(*) FILTER (WHERE trace_id IS NULL)";
    return SqlFile.load(PivotSql.class, "pivot")
        .replace("{converted_amounts}", convertedAmounts(currency))
        .replace("{currency}", currency)
        .replace("{cost_dimensions}", selectList(Side.ALLOCATIONS, topValues))
        .replace("{cost_where}", costNeeded ? where(Side.ALLOCATIONS) : "false")
        .replace("{usage_dimensions}", selectList(Side.USAGE, topValues))
        .replace("{usage_where}", usageNeeded ? where(Side.USAGE) : "false")
        .replace("{usage_source}", longUsage ? LONG_USAGE : WIDE_USAGE)
        .replace("{usage_tokens}", longUsage ? "u.tokens" : WIDE_TOKENS)
        .replace("{distinct_enabled}", tasksNeeded || distinctRequests ? "true" : "false")
        .replace("{distinct_tasks}", tasksNeeded ? distinctTasks : "CAST(NULL AS BIGINT)")
        .replace(
            "{distinct_requests}",
            distinctRequests ? "count(DISTINCT (import_id, source_line))" : "CAST(NULL AS BIGINT)")
        .replace("{requests_choice}", distinctRequests ? "d.requests" : "s.requests")
        .replace(
            "{join_distinct_on_dimensions}",
            aliases.stream()
                .map(a -> "AND d." + a + " IS NOT DISTINCT FROM s." + a)
                .collect(Collectors.joining(" ")))
        .replace("{grouping_sets}", groupingSets(aliases))
        .replace(
            "{joined_dimensions}",
            aliases.stream()
                .map(a -> "coalesce(c." + a + ", s." + a + ") AS " + a)
                .collect(Collectors.joining(", ")))
        .replace(
            "{join_on_dimensions}",
            aliases.stream()
                .map(a -> "AND c." + a + " IS NOT DISTINCT FROM s." + a)
                .collect(Collectors.joining(" ")))
        .replace("{dimension_columns}", columns);
  }

  /**
   * The amounts of facts {@code f} in the reporting currency: as they are when already in it (no
   * multiplication, which widened every sum to 22 decimals), else at the month's rate {@code r},
   * kept to the stored 10 decimals.
   */
  private static String convertedAmounts(String currency) {
    return Stream.of("billed", "effective", "allocated", "unallocated")
        .map(
            a ->
                "CASE WHEN f.currency = "
                    + currency
                    + " THEN f."
                    + a
                    + " ELSE CAST(f."
                    + a
                    + " * r.rate AS DECIMAL(38, 10)) END AS "
                    + a)
        .collect(Collectors.joining(", "));
  }

  private boolean needs(Measure.Kind kind) {
    return request.measures().stream().anyMatch(m -> m.kind() == kind);
  }

  /** Which of the summary's rows (cost, usage) the measures read. */
  private String kinds(boolean cost, boolean usage) {
    if (cost && usage) {
      return "true";
    }
    return cost ? "f.kind = 'cost'" : usage ? "f.kind = 'usage'" : "false";
  }

  /** Whether the summary holds amounts in another currency than the reporting one. */
  String otherCurrencies() {
    String currency = placeholder(request.currency());
    return SqlFile.load(PivotSql.class, "other_currencies_summary")
        .replace("{currency}", currency)
        .replace("{grain}", grain())
        .replace("{period_where}", period(Side.SUMMARY));
  }

  String missingRates() {
    String currency = placeholder(request.currency());
    if (summary) {
      return SqlFile.load(PivotSql.class, "missing_rates_summary")
          .replace("{currency}", currency)
          .replace("{grain}", grain())
          .replace("{period_where}", period(Side.SUMMARY));
    }
    return SqlFile.load(PivotSql.class, "missing_rates")
        .replace("{currency}", currency)
        .replace("{period_where}", period(Side.ALLOCATIONS));
  }

  /** The N largest values of the first row dimension by the first measure. */
  String topValues(int limit) {
    Dimension first = request.rows().get(0);
    Measure measure = request.measures().get(0);
    String facts;
    boolean byUsage = measure.kind() == Measure.Kind.USAGE && measure != Measure.TASKS;
    if (summary) {
      String value =
          byUsage
              ? (measure == Measure.REQUESTS ? "f.requests" : "f.tokens")
              : (measure == Measure.UNALLOCATED_COST ? "f.unallocated" : "f.billed");
      facts =
          "SELECT "
              + first.summaryExpression()
              + " AS d0, "
              + value
              + " AS v FROM pivot_facts f WHERE "
              + kinds(!byUsage, byUsage)
              + " AND "
              + where(Side.SUMMARY);
    } else if (byUsage) {
      String value =
          measure == Measure.REQUESTS ? "u.requests" : (longUsage ? "u.tokens" : WIDE_TOKENS);
      facts =
          "SELECT "
              + first.usageExpression()
              + " AS d0, "
              + value
              + " AS v FROM "
              + (longUsage ? LONG_USAGE : WIDE_USAGE)
              + " u WHERE "
              + where(Side.USAGE);
    } else {
      String value =
          measure == Measure.UNALLOCATED_COST
              ? "CASE WHEN a.method = 'unallocated' THEN a.billed END"
              : "a.billed";
      facts =
          "SELECT "
              + first.allocationExpression()
              + " AS d0, "
              + value
              + " AS v FROM allocations a WHERE "
              + where(Side.ALLOCATIONS);
    }
    return SqlFile.load(PivotSql.class, "top_values")
        .replace("{facts}", facts)
        .replace("{limit}", Integer.toString(limit));
  }

  /** The values of the request's only row dimension, for a filter's list of choices. */
  String values(int limit) {
    Dimension dimension = request.rows().get(0);
    return SqlFile.load(PivotSql.class, "values")
        .replace("{allocation_value}", dimension.allocationExpression())
        .replace("{cost_where}", where(Side.ALLOCATIONS))
        .replace("{usage_value}", dimension.usageExpression())
        .replace("{usage_source}", longUsage ? LONG_USAGE : WIDE_USAGE)
        .replace("{usage_where}", where(Side.USAGE))
        .replace("{limit}", Integer.toString(limit));
  }

  String drillAllocations(int limit, int offset) {
    return SqlFile.load(PivotSql.class, "drill_allocations")
        .replace("{where}", where(Side.ALLOCATIONS))
        .replace("{limit}", Integer.toString(limit))
        .replace("{offset}", Integer.toString(offset));
  }

  /** The days with allocated rows behind the drill path and their counts, from the summary. */
  String drillDays() {
    return SqlFile.load(PivotSql.class, "drill_days").replace("{where}", where(Side.SUMMARY));
  }

  /** How many allocated rows the drill path has (drill_allocations.sql without the page). */
  String countAllocations() {
    return SqlFile.load(PivotSql.class, "count")
        .replace("{source}", "allocations a")
        .replace("{where}", where(Side.ALLOCATIONS));
  }

  /** How many usage rows the drill path has (drill_usage.sql without the page). */
  String countUsage() {
    return SqlFile.load(PivotSql.class, "count")
        .replace("{source}", (longUsage ? LONG_USAGE : WIDE_USAGE) + " u")
        .replace("{where}", where(Side.USAGE));
  }

  String drillUsage(int limit, int offset) {
    return SqlFile.load(PivotSql.class, "drill_usage")
        .replace("{where}", where(Side.USAGE))
        .replace("{usage_source}", longUsage ? LONG_USAGE : WIDE_USAGE)
        .replace("{usage_tokens}", longUsage ? "u.tokens" : WIDE_TOKENS)
        .replace("{limit}", Integer.toString(limit))
        .replace("{offset}", Integer.toString(offset));
  }

  void bind(PreparedStatement statement) throws SQLException {
    for (int i = 0; i < parameters.size(); i++) {
      statement.setObject(i + 1, parameters.get(i));
    }
  }

  private String selectList(Side side, List<String> topValues) {
    List<String> aliases = aliases();
    List<String> items = new ArrayList<>();
    for (int i = 0; i < dimensions.size(); i++) {
      String expression = expression(dimensions.get(i), side);
      if (i == 0 && !topValues.isEmpty() && !request.rows().isEmpty()) {
        expression =
            "CASE WHEN "
                + expression
                + " IN ("
                + placeholders(topValues)
                + ") THEN "
                + expression
                + " ELSE 'Other' END";
      }
      items.add(expression + " AS " + aliases.get(i));
    }
    return String.join(", ", items);
  }

  private String where(Side side) {
    List<String> conditions = new ArrayList<>();
    if (side == Side.USAGE) {
      conditions.add("u.in_basis");
    }
    if (side == Side.SUMMARY) {
      conditions.add("f.grain = '" + grain() + "'");
    }
    for (Map.Entry<Dimension, Set<String>> filter : request.filters().entrySet()) {
      if (filter.getValue().isEmpty()) {
        conditions.add("false");
        continue;
      }
      conditions.add(
          expression(filter.getKey(), side)
              + " IN ("
              + placeholders(List.copyOf(filter.getValue()))
              + ")");
    }
    conditions.add(period(side));
    return String.join(" AND ", conditions);
  }

  private String period(Side side) {
    List<String> conditions = new ArrayList<>();
    if (request.from() != null) {
      conditions.add(side.timeColumn + " >= " + placeholder(start(request.from(), side)));
    }
    if (request.until() != null) {
      conditions.add(side.timeColumn + " < " + placeholder(start(request.until(), side)));
    }
    return conditions.isEmpty() ? "true" : String.join(" AND ", conditions);
  }

  private static Object start(LocalDate date, Side side) {
    return side == Side.USAGE ? OffsetDateTime.of(date.atStartOfDay(), ZoneOffset.UTC) : date;
  }

  private static String expression(Dimension dimension, Side side) {
    return switch (side) {
      case ALLOCATIONS -> dimension.allocationExpression();
      case USAGE -> dimension.usageExpression();
      case SUMMARY -> dimension.summaryExpression();
    };
  }

  /** The table a piece of SQL reads: its alias in the SQL files and its time column. */
  private enum Side {
    ALLOCATIONS("a.day"),
    USAGE("u.event_time"),
    SUMMARY("f.period");

    private final String timeColumn;

    Side(String timeColumn) {
      this.timeColumn = timeColumn;
    }
  }

  private String placeholders(List<String> values) {
    return values.stream().map(this::placeholder).collect(Collectors.joining(", "));
  }

  private String placeholder(Object value) {
    parameters.add(value);
    return "$" + parameters.size();
  }

  /** Every prefix of the row dimensions, each with and without the column dimension. */
  private String groupingSets(List<String> aliases) {
    int rowCount = request.rows().size();
    boolean hasColumn = request.column() != null;
    List<String> sets = new ArrayList<>();
    for (int depth = rowCount; depth >= 0; depth--) {
      List<String> prefix = aliases.subList(0, depth);
      if (hasColumn) {
        sets.add("(" + String.join(", ", concat(prefix, "dc")) + ")");
      }
      sets.add("(" + String.join(", ", prefix) + ")");
    }
    return String.join(", ", sets);
  }

  private static List<String> concat(List<String> prefix, String last) {
    return IntStream.rangeClosed(0, prefix.size())
        .mapToObj(i -> i < prefix.size() ? prefix.get(i) : last)
        .toList();
  }
}
