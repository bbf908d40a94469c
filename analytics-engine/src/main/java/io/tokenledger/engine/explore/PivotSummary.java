package io.tokenledger.engine.explore;

import io.tokenledger.engine.sql.MonthRanges;
import io.tokenledger.engine.sql.SqlFile;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The allocation and the usage it was spread over, summed per day (and per month) and per value of
 * every dimension, in the shape the pivot reads ({@code pivot_facts}, V013). A pivot over millions
 * of allocated rows and usage events then groups a few hundred thousand rows (a few thousand at the
 * month grain) instead, with the labels already applied. The allocation run rebuilds it in its own
 * transaction; the pivot reads it only while it is current (see {@code current.sql}) and the
 * request can be answered from it, and reads the detail tables otherwise. The detail stays where it
 * was: drill-through and traceability read {@code allocations} and {@code usage_events}.
 */
public final class PivotSummary {

  /** pivot_facts' dimension columns, in order. */
  private static final List<Dimension> STORED =
      List.of(
          Dimension.PROVIDER,
          Dimension.MODEL,
          Dimension.TOKEN_BUCKET,
          Dimension.SERVICE_TIER,
          Dimension.CLIENT,
          Dimension.FEATURE,
          Dimension.TEAM,
          Dimension.ENV);

  private PivotSummary() {}

  /**
   * Rebuilds the summary from {@code allocations} and {@code usage_events} on the caller's
   * connection (and transaction), for allocation run {@code runId}.
   */
  public static void rebuild(Connection connection, int runId) throws SQLException {
    rebuild(connection, runId, null);
  }

  /**
   * Rebuilds the days of the given months only (every day when {@code months} is null), for an
   * allocation run that rebuilt the allocation of those months.
   */
  public static void rebuild(Connection connection, int runId, MonthRanges months)
      throws SQLException {
    try (Statement statement = connection.createStatement()) {
      if (months == null) {
        clear(statement);
      } else {
        statement.execute("DELETE FROM pivot_summary_state");
        statement.execute(
            SqlFile.load(PivotSummary.class, "clear_months")
                .replace("{months}", months.dateWithin("period")));
      }
      statement.execute(
          SqlFile.load(PivotSummary.class, "daily")
              .replace("{cost_months}", months == null ? "TRUE" : months.dateWithin("a.day"))
              .replace(
                  "{usage_months}",
                  months == null ? "TRUE" : months.timestampWithin("u.event_time"))
              .replace("{cost_labels}", labels(Dimension::allocationExpression))
              .replace(
                  "{usage_labels}",
                  labels(
                      d ->
                          d == Dimension.TOKEN_BUCKET
                              ? "CAST(NULL AS VARCHAR)"
                              : d.usageExpression())));
      statement.execute(
          SqlFile.load(PivotSummary.class, "monthly")
              .replace("{months}", months == null ? "TRUE" : months.dateWithin("period")));
    }
    try (PreparedStatement mark =
        connection.prepareStatement(SqlFile.load(PivotSummary.class, "mark"))) {
      mark.setInt(1, runId);
      mark.executeUpdate();
    }
  }

  /**
   * Drops the summary, for a change to the usage events that neither an import nor an allocation
   * run made (mapping rules rewriting their dimensions): pivots read the detail tables until the
   * next allocation run.
   */
  public static void invalidate(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      clear(statement);
    }
  }

  static boolean isCurrent(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(SqlFile.load(PivotSummary.class, "current"))) {
      return rows.next() && rows.getBoolean(1);
    }
  }

  private static void clear(Statement statement) throws SQLException {
    for (String sql : SqlFile.load(PivotSummary.class, "clear").split(";")) {
      if (!sql.isBlank()) {
        statement.execute(sql);
      }
    }
  }

  private static String labels(java.util.function.Function<Dimension, String> expression) {
    return STORED.stream().map(expression).collect(Collectors.joining(", "));
  }
}
