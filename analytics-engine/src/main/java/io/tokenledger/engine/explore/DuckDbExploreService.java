package io.tokenledger.engine.explore;

import io.tokenledger.engine.sql.SqlFile;
import io.tokenledger.engine.task.Cancellation;
import io.tokenledger.engine.task.CancelledException;
import io.tokenledger.engine.workspace.Workspace;
import io.tokenledger.engine.workspace.WorkspaceException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs pivots as one DuckDB statement with GROUPING SETS (so subtotals and totals come from the
 * same scan and add up), then arranges the lines: groups ordered by size (time by date), each
 * group's subtotal after its members. The statement reads the pivot summary ({@link PivotSummary})
 * when it is current and holds the measures asked for, the detail tables otherwise.
 */
public final class DuckDbExploreService implements ExploreService {

  private final DrillCounts allocationCounts = new DrillCounts();

  @Override
  public PivotResult pivot(Workspace workspace, PivotRequest request, Cancellation cancellation) {
    if (request.rows().isEmpty() && request.column() == null) {
      throw new IllegalArgumentException("Choose at least one dimension");
    }
    try (Connection connection = workspace.newConnection()) {
      boolean summary = PivotSql.summaryAnswers(request) && PivotSummary.isCurrent(connection);
      checkRates(connection, request, summary);
      List<String> top = request.topN() > 0 ? topValues(connection, request, summary) : List.of();
      PivotSql sql = new PivotSql(request, summary);
      String text = sql.pivot(top, summary && !otherCurrencies(connection, request));
      Map<List<String>, LineBuilder> lines = new LinkedHashMap<>();
      try (PreparedStatement statement = connection.prepareStatement(text);
          Cancellation.Registration ignored = cancellation.onCancel(() -> cancel(statement))) {
        sql.bind(statement);
        try (ResultSet rows = statement.executeQuery()) {
          while (rows.next()) {
            read(rows, request, lines);
          }
        }
      } catch (SQLException e) {
        if (cancellation.isCancelled()) {
          throw new CancelledException();
        }
        throw e;
      }
      return arrange(request, lines);
    } catch (SQLException e) {
      throw new WorkspaceException("The pivot failed: " + firstLine(e.getMessage()), e);
    }
  }

  @Override
  public DrillPage<AllocationDetail> drillAllocations(Workspace workspace, DrillRequest drill) {
    try (Connection connection = workspace.newConnection()) {
      if (PivotSummary.isCurrent(connection)) {
        return drillAllocationsByDay(connection, drill);
      }
      List<AllocationDetail> details =
          allocationPage(connection, drill.narrowed(), drill.limit(), drill.offset());
      long total = allocationCounts.count(workspace, connection, drill);
      return new DrillPage<>(details, total, drill.offset());
    } catch (SQLException e) {
      throw new WorkspaceException("Drill-through failed: " + firstLine(e.getMessage()), e);
    }
  }

  /**
   * A page read with the summary's help: its counts per month, then per day of the months the page
   * lies in, give the total and the days the page's rows lie on (the page is ordered by day first),
   * so the page query reads only those days.
   */
  private static DrillPage<AllocationDetail> drillAllocationsByDay(
      Connection connection, DrillRequest drill) throws SQLException {
    PivotRequest narrowed = drill.narrowed();
    PivotSql periods = PivotSql.forDrillPeriods(narrowed);
    PageSpan span = pageSpan(connection, periods, drill.offset(), drill.limit());
    if (span.first() == null) {
      return new DrillPage<>(List.of(), span.total(), drill.offset());
    }
    if (periods.readsMonths()) {
      LocalDate afterLastMonth = span.last().plusMonths(1);
      PageSpan days =
          pageSpan(
              connection,
              PivotSql.forDrillDays(narrowed.withPeriod(span.first(), afterLastMonth)),
              drill.offset() - span.before(),
              drill.limit());
      span = new PageSpan(span.total(), span.before() + days.before(), days.first(), days.last());
    }
    List<AllocationDetail> details =
        allocationPage(
            connection,
            narrowed.withPeriod(span.first(), span.last().plusDays(1)),
            drill.limit(),
            (int) (drill.offset() - span.before()));
    return new DrillPage<>(details, span.total(), drill.offset());
  }

  /**
   * Where a page lies among the summary's counts per period: the rows in all periods, the rows in
   * the periods before the page's first, and the first and last period the page touches (null when
   * the page is past the end).
   */
  private record PageSpan(long total, long before, LocalDate first, LocalDate last) {}

  private static PageSpan pageSpan(Connection connection, PivotSql sql, long offset, int limit)
      throws SQLException {
    long total = 0;
    long before = 0;
    LocalDate first = null;
    LocalDate last = null;
    try (PreparedStatement statement = connection.prepareStatement(sql.drillDays())) {
      sql.bind(statement);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          LocalDate period = rows.getObject(1, LocalDate.class);
          long count = rows.getLong(2);
          if (total + count <= offset) {
            before += count;
          } else if (total < offset + limit) {
            first = first == null ? period : first;
            last = period;
          }
          total += count;
        }
      }
    }
    return new PageSpan(total, before, first, last);
  }

  private static List<AllocationDetail> allocationPage(
      Connection connection, PivotRequest narrowed, int limit, int offset) throws SQLException {
    PivotSql sql = new PivotSql(narrowed);
    List<AllocationDetail> details = new ArrayList<>();
    try (PreparedStatement statement =
        connection.prepareStatement(sql.drillAllocations(limit, offset))) {
      sql.bind(statement);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          details.add(
              new AllocationDetail(
                  rows.getString(1),
                  rows.getString(2),
                  rows.getObject(3, LocalDate.class),
                  rows.getString(4),
                  rows.getString(5),
                  rows.getString(6),
                  rows.getString(7),
                  rows.getString(8),
                  rows.getString(9),
                  rows.getString(10),
                  rows.getString(11),
                  (Long) rows.getObject(12),
                  rows.getString(13),
                  rows.getBigDecimal(14),
                  rows.getBigDecimal(15),
                  (Integer) rows.getObject(16),
                  (Long) rows.getObject(17),
                  rows.getString(18)));
        }
      }
    }
    return details;
  }

  @Override
  public DrillPage<UsageDetail> drillUsage(Workspace workspace, DrillRequest drill) {
    PivotSql sql = new PivotSql(drill.narrowed());
    String text = sql.drillUsage(drill.limit(), drill.offset());
    try (Connection connection = workspace.newConnection();
        PreparedStatement statement = connection.prepareStatement(text)) {
      sql.bind(statement);
      List<UsageDetail> details = new ArrayList<>();
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          details.add(
              new UsageDetail(
                  rows.getInt(1),
                  rows.getLong(2),
                  rows.getObject(3, OffsetDateTime.class),
                  rows.getString(4),
                  rows.getString(5),
                  rows.getString(6),
                  rows.getString(7),
                  rows.getString(8),
                  rows.getString(9),
                  rows.getLong(10),
                  rows.getLong(11)));
        }
      }
      return new DrillPage<>(details, countUsage(connection, drill), drill.offset());
    } catch (SQLException e) {
      throw new WorkspaceException("Drill-through failed: " + firstLine(e.getMessage()), e);
    }
  }

  private static long countUsage(Connection connection, DrillRequest drill) throws SQLException {
    PivotSql sql = new PivotSql(drill.narrowed());
    try (PreparedStatement statement = connection.prepareStatement(sql.countUsage())) {
      sql.bind(statement);
      try (ResultSet rows = statement.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }

  @Override
  public List<YearMonth> periods(Workspace workspace) {
    List<YearMonth> months = new ArrayList<>();
    for (String month :
        strings(workspace, SqlFile.load(DuckDbExploreService.class, "periods"), List.of())) {
      months.add(YearMonth.parse(month));
    }
    return months;
  }

  @Override
  public List<String> currencies(Workspace workspace) {
    return strings(
        workspace, SqlFile.load(DuckDbExploreService.class, "currencies"), List.of("USD"));
  }

  @Override
  public List<String> values(Workspace workspace, Dimension dimension, PivotRequest context) {
    Map<Dimension, Set<String>> others = new LinkedHashMap<>(context.filters());
    others.remove(dimension);
    PivotSql sql =
        new PivotSql(
            new PivotRequest(
                List.of(dimension),
                null,
                context.measures(),
                others,
                context.from(),
                context.until(),
                0,
                context.currency()));
    String text = sql.values(MAX_VALUES);
    try (Connection connection = workspace.newConnection();
        PreparedStatement statement = connection.prepareStatement(text)) {
      sql.bind(statement);
      return strings(statement);
    } catch (SQLException e) {
      throw new WorkspaceException(
          "Cannot list the values of " + dimension.id() + ": " + firstLine(e.getMessage()), e);
    }
  }

  private static List<String> strings(Workspace workspace, String sql, List<Object> parameters) {
    try (Connection connection = workspace.newConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.size(); i++) {
        statement.setObject(i + 1, parameters.get(i));
      }
      return strings(statement);
    } catch (SQLException e) {
      throw new WorkspaceException(
          "Cannot read " + workspace.displayName() + ": " + firstLine(e.getMessage()), e);
    }
  }

  private static List<String> strings(PreparedStatement statement) throws SQLException {
    List<String> values = new ArrayList<>();
    try (ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        values.add(rows.getString(1));
      }
    }
    return values;
  }

  private static boolean otherCurrencies(Connection connection, PivotRequest request)
      throws SQLException {
    PivotSql sql = new PivotSql(request, true);
    try (PreparedStatement statement = connection.prepareStatement(sql.otherCurrencies())) {
      sql.bind(statement);
      try (ResultSet rows = statement.executeQuery()) {
        return rows.next() && rows.getBoolean(1);
      }
    }
  }

  private static void checkRates(Connection connection, PivotRequest request, boolean summary)
      throws SQLException {
    PivotSql sql = new PivotSql(request.withTopN(0), summary);
    List<String> missing = new ArrayList<>();
    try (PreparedStatement statement = connection.prepareStatement(sql.missingRates())) {
      sql.bind(statement);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          missing.add(rows.getString(1));
        }
      }
    }
    if (!missing.isEmpty()) {
      throw new MissingFxRateException(request.currency(), missing);
    }
  }

  private static List<String> topValues(
      Connection connection, PivotRequest request, boolean summary) throws SQLException {
    PivotSql sql = new PivotSql(request, summary);
    String text = sql.topValues(request.topN());
    List<String> values = new ArrayList<>();
    try (PreparedStatement statement = connection.prepareStatement(text)) {
      sql.bind(statement);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          values.add(rows.getString(1));
        }
      }
    }
    return values;
  }

  private static void read(
      ResultSet rows, PivotRequest request, Map<List<String>, LineBuilder> lines)
      throws SQLException {
    int dimensionCount = request.rows().size() + (request.column() == null ? 0 : 1);
    int grouping = rows.getInt("g");
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < request.rows().size(); i++) {
      if (!isAggregated(grouping, i, dimensionCount)) {
        keys.add(rows.getString("d" + i));
      }
    }
    Map<Measure, BigDecimal> sums = new EnumMap<>(Measure.class);
    sums.put(Measure.BILLED_COST, rows.getBigDecimal("billed"));
    sums.put(Measure.EFFECTIVE_COST, rows.getBigDecimal("effective"));
    sums.put(Measure.ALLOCATED_COST, rows.getBigDecimal("allocated"));
    sums.put(Measure.UNALLOCATED_COST, rows.getBigDecimal("unallocated"));
    sums.put(Measure.TOKENS, rows.getBigDecimal("tokens"));
    sums.put(Measure.REQUESTS, rows.getBigDecimal("requests"));
    sums.put(Measure.TASKS, rows.getBigDecimal("tasks"));
    MeasureValues values = MeasureValues.withUnitCosts(sums);
    LineBuilder line = lines.computeIfAbsent(keys, LineBuilder::new);
    if (request.column() != null && !isAggregated(grouping, dimensionCount - 1, dimensionCount)) {
      line.byColumn.put(rows.getString("dc"), values);
    } else {
      line.total = values;
    }
  }

  /** GROUPING() sets bit (n - 1 - i) when dimension i is aggregated away in this line. */
  private static boolean isAggregated(int grouping, int index, int count) {
    return (grouping & (1 << (count - 1 - index))) != 0;
  }

  private static PivotResult arrange(PivotRequest request, Map<List<String>, LineBuilder> lines) {
    Measure first = request.measures().get(0);
    List<String> columnValues = columnValues(request, lines, first);
    // Each line under its parent's keys, found once: looking them up per parent was quadratic.
    Map<List<String>, List<LineBuilder>> children = new HashMap<>();
    for (LineBuilder line : lines.values()) {
      if (!line.keys.isEmpty()) {
        children
            .computeIfAbsent(line.keys.subList(0, line.keys.size() - 1), k -> new ArrayList<>())
            .add(line);
      }
    }
    List<PivotRow> ordered = new ArrayList<>();
    emitChildren(List.of(), request, children, first, ordered);
    LineBuilder grand = lines.getOrDefault(List.of(), new LineBuilder(List.of()));
    return new PivotResult(request, columnValues, ordered, grand.build());
  }

  private static void emitChildren(
      List<String> prefix,
      PivotRequest request,
      Map<List<String>, List<LineBuilder>> children,
      Measure first,
      List<PivotRow> out) {
    int depth = prefix.size();
    if (depth == request.rows().size()) {
      return;
    }
    List<LineBuilder> sorted =
        children.getOrDefault(prefix, List.of()).stream()
            .sorted(order(request.rows().get(depth), first))
            .toList();
    for (LineBuilder child : sorted) {
      emitChildren(child.keys, request, children, first, out);
      out.add(child.build());
    }
  }

  private static Comparator<LineBuilder> order(Dimension dimension, Measure first) {
    Comparator<LineBuilder> byKey =
        Comparator.comparing(
            l -> l.keys.get(l.keys.size() - 1), Comparator.nullsLast(Comparator.naturalOrder()));
    if (dimension.isTime()) {
      return byKey;
    }
    Comparator<LineBuilder> bySize =
        Comparator.comparing(
            l -> l.total == null ? null : l.total.get(first),
            Comparator.nullsLast(Comparator.<BigDecimal>reverseOrder()));
    return bySize.thenComparing(byKey);
  }

  private static List<String> columnValues(
      PivotRequest request, Map<List<String>, LineBuilder> lines, Measure first) {
    if (request.column() == null) {
      return List.of();
    }
    LineBuilder grand = lines.get(List.of());
    if (grand == null) {
      return List.of();
    }
    Comparator<Map.Entry<String, MeasureValues>> order =
        request.column().isTime()
            ? Map.Entry.comparingByKey(Comparator.nullsLast(Comparator.naturalOrder()))
            : Comparator.comparing(
                    (Map.Entry<String, MeasureValues> e) -> e.getValue().get(first),
                    Comparator.nullsLast(Comparator.<BigDecimal>reverseOrder()))
                .thenComparing(
                    Map.Entry.comparingByKey(Comparator.nullsLast(Comparator.naturalOrder())));
    return grand.byColumn.entrySet().stream().sorted(order).map(Map.Entry::getKey).toList();
  }

  private static void cancel(PreparedStatement statement) {
    try {
      statement.cancel();
    } catch (SQLException e) {
      // the pivot finished before the cancel reached it
    }
  }

  private static String firstLine(String message) {
    return message == null ? "" : message.lines().findFirst().orElse("");
  }

  /** Collects the cells of one line as the result rows arrive. */
  private static final class LineBuilder {
    private final List<String> keys;
    private final Map<String, MeasureValues> byColumn = new LinkedHashMap<>();
    private MeasureValues total;

    LineBuilder(List<String> keys) {
      this.keys = keys;
    }

    PivotRow build() {
      return new PivotRow(keys, byColumn, total == null ? new MeasureValues(Map.of()) : total);
    }
  }
}
