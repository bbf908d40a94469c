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
  private final List<Object> parameters = new ArrayList<>();

  PivotSql(PivotRequest request) {
    this.request = request;
    List<Dimension> all = new ArrayList<>(request.rows());
    if (request.column() != null) {
      all.add(request.column());
    }
    this.dimensions = List.copyOf(all);
    this.longUsage =
        dimensions.contains(Dimension.TOKEN_BUCKET)
            || request.filters().containsKey(Dimension.TOKEN_BUCKET);
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
    List<String> aliases = aliases();
    String columns = String.join(", ", aliases);
    String currency = placeholder(request.currency());
    boolean costNeeded = needs(Measure.Kind.COST) || needs(Measure.Kind.UNIT_COST);
    boolean usageNeeded = needs(Measure.Kind.USAGE) || needs(Measure.Kind.UNIT_COST);
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
        .replace("{currency}", currency)
        .replace("{cost_dimensions}", selectList(true, topValues))
        .replace("{cost_where}", costNeeded ? where(true) : "false")
        .replace("{usage_dimensions}", selectList(false, topValues))
        .replace("{usage_where}", usageNeeded ? where(false) : "false")
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

  private boolean needs(Measure.Kind kind) {
    return request.measures().stream().anyMatch(m -> m.kind() == kind);
  }

  String missingRates() {
    String currency = placeholder(request.currency());
    return SqlFile.load(PivotSql.class, "missing_rates")
        .replace("{currency}", currency)
        .replace("{period_where}", period(true));
  }

  /** The N largest values of the first row dimension by the first measure. */
  String topValues(int limit) {
    Dimension first = request.rows().get(0);
    Measure measure = request.measures().get(0);
    String facts;
    if (measure.kind() == Measure.Kind.USAGE && measure != Measure.TASKS) {
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
              + where(false);
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
              + where(true);
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
        .replace("{cost_where}", where(true))
        .replace("{usage_value}", dimension.usageExpression())
        .replace("{usage_source}", longUsage ? LONG_USAGE : WIDE_USAGE)
        .replace("{usage_where}", where(false))
        .replace("{limit}", Integer.toString(limit));
  }

  String drillAllocations(int limit, int offset) {
    return SqlFile.load(PivotSql.class, "drill_allocations")
        .replace("{where}", where(true))
        .replace("{limit}", Integer.toString(limit))
        .replace("{offset}", Integer.toString(offset));
  }

  String drillUsage(int limit, int offset) {
    return SqlFile.load(PivotSql.class, "drill_usage")
        .replace("{where}", where(false))
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

  private String selectList(boolean allocation, List<String> topValues) {
    List<String> aliases = aliases();
    List<String> items = new ArrayList<>();
    for (int i = 0; i < dimensions.size(); i++) {
      String expression = expression(dimensions.get(i), allocation);
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

  private String where(boolean allocation) {
    List<String> conditions = new ArrayList<>();
    if (!allocation) {
      conditions.add("u.in_basis");
    }
    for (Map.Entry<Dimension, Set<String>> filter : request.filters().entrySet()) {
      if (filter.getValue().isEmpty()) {
        conditions.add("false");
        continue;
      }
      conditions.add(
          expression(filter.getKey(), allocation)
              + " IN ("
              + placeholders(List.copyOf(filter.getValue()))
              + ")");
    }
    conditions.add(period(allocation));
    return String.join(" AND ", conditions);
  }

  private String period(boolean allocation) {
    List<String> conditions = new ArrayList<>();
    if (request.from() != null) {
      conditions.add(
          timeColumn(allocation) + " >= " + placeholder(start(request.from(), allocation)));
    }
    if (request.until() != null) {
      conditions.add(
          timeColumn(allocation) + " < " + placeholder(start(request.until(), allocation)));
    }
    return conditions.isEmpty() ? "true" : String.join(" AND ", conditions);
  }

  private static String timeColumn(boolean allocation) {
    return allocation ? "a.day" : "u.event_time";
  }

  private static Object start(LocalDate date, boolean allocation) {
    return allocation ? date : OffsetDateTime.of(date.atStartOfDay(), ZoneOffset.UTC);
  }

  private static String expression(Dimension dimension, boolean allocation) {
    return allocation ? dimension.allocationExpression() : dimension.usageExpression();
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
