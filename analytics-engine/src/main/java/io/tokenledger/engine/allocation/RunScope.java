package io.tokenledger.engine.allocation;

import io.tokenledger.engine.sql.MonthRanges;
import io.tokenledger.engine.sql.SqlFile;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Decides which months an allocation run rebuilds and hands them to its statements. When the only
 * change since the last run is new imports, the months those imports brought rows into are enough
 * (plus the months of pools whose period reaches into them): everything else the last run wrote
 * still holds. Anything else (no run yet, an import removed, mapping rules or split methods
 * changed, or nothing changed and the user asked for a run) rebuilds every month. The statements
 * read the months through temporary macros with literal bounds, so DuckDB skips the row groups
 * outside them.
 */
final class RunScope {

  private RunScope() {}

  /** The months touched since the last run, or every month when that is not enough. */
  static AllocationScope changedSince(Connection connection) throws SQLException {
    Integer lastImport;
    try (Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(SqlFile.load(AllocationQueries.class, "previous_run"))) {
      if (!rows.next() || !rows.getBoolean(2)) {
        return AllocationScope.all();
      }
      lastImport = (Integer) rows.getObject(1);
    }
    int since = lastImport == null ? -1 : lastImport;
    Set<YearMonth> months = new TreeSet<>();
    try (PreparedStatement statement =
        connection.prepareStatement(SqlFile.load(AllocationQueries.class, "touched_months"))) {
      statement.setInt(1, since);
      statement.setInt(2, since);
      try (ResultSet rows = statement.executeQuery()) {
        addMonths(rows, months);
      }
    }
    if (months.isEmpty() && !newImports(connection, since)) {
      // Nothing changed: the user asked for a run, so rebuild it all.
      return AllocationScope.all();
    }
    return AllocationScope.months(months);
  }

  /** Every month with cost lines or usage events, in order. */
  static List<YearMonth> dataMonths(Connection connection) throws SQLException {
    Set<YearMonth> months = new TreeSet<>();
    try (Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(SqlFile.load(AllocationQueries.class, "data_months"))) {
      addMonths(rows, months);
    }
    return List.copyOf(months);
  }

  /** Adds the months of the pools whose period reaches into the scope's months. */
  static AllocationScope withSpanningPools(Connection connection, AllocationScope scope)
      throws SQLException {
    MonthRanges months = scope.months().orElseThrow();
    if (months.isEmpty()) {
      return scope;
    }
    Set<YearMonth> widened = new TreeSet<>(months.months());
    String sql =
        SqlFile.load(AllocationQueries.class, "spanning_months")
            .replace("{overlapping}", months.overlapping("period_start", "period_end"));
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      addMonths(rows, widened);
    }
    return AllocationScope.months(widened);
  }

  /** The months the periods of the pools in scope (macro {@code in_scope}) reach. */
  static Set<YearMonth> reach(Connection connection) throws SQLException {
    Set<YearMonth> months = new TreeSet<>();
    try (Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(SqlFile.load(AllocationQueries.class, "reach_months"))) {
      addMonths(rows, months);
    }
    return months;
  }

  /** Adds the month of each row's first column (a DATE) to {@code months}. */
  private static void addMonths(ResultSet rows, Set<YearMonth> months) throws SQLException {
    while (rows.next()) {
      months.add(YearMonth.from(rows.getObject(1, LocalDate.class)));
    }
  }

  /**
   * Defines the macros {@code name(timestamptz)} and {@code name_day(date)}: true in the months
   * given, or always when {@code months} is null (every month).
   */
  static void define(Connection connection, String name, MonthRanges months) throws SQLException {
    String timestamp = months == null ? "TRUE" : months.timestampWithin("t");
    String day = months == null ? "TRUE" : months.dateWithin("d");
    // The bounds are literals rendered from YearMonth values, never user text.
    try (Statement statement = connection.createStatement()) {
      statement.execute("CREATE OR REPLACE TEMP MACRO " + name + "(t) AS " + timestamp);
      statement.execute("CREATE OR REPLACE TEMP MACRO " + name + "_day(d) AS " + day);
    }
  }

  private static boolean newImports(Connection connection, int since) throws SQLException {
    try (PreparedStatement statement =
        connection.prepareStatement(SqlFile.load(AllocationQueries.class, "new_imports"))) {
      statement.setInt(1, since);
      try (ResultSet rows = statement.executeQuery()) {
        rows.next();
        return rows.getLong(1) > 0;
      }
    }
  }
}
