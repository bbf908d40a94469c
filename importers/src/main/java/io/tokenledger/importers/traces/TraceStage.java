package io.tokenledger.importers.traces;

import io.tokenledger.engine.sql.SqlFile;
import io.tokenledger.importers.ImportContext;
import io.tokenledger.importers.ImportOutcome;
import io.tokenledger.importers.models.LedgerTable;
import io.tokenledger.importers.models.ModelTagger;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;

/**
 * The common last half of every trace importer. An importer reads its format into the temporary
 * {@code trace_stage} table (one row per span, observation, run or logged request, with disjoint
 * token buckets and every attribute as JSON); this class validates the rows, drops model calls that
 * only wrap other model calls, and files the rest as {@code trace_spans} and {@code usage_events}.
 * It also defines the SQL macros the importers' own SQL uses ({@code tl_count}, {@code tl_money},
 * {@code tl_tier}, {@code tl_provider}, {@code tl_minus}).
 */
public final class TraceStage {

  /** The staging table importers write into ({@code INSERT INTO trace_stage BY NAME ...}). */
  public static final String TABLE = "trace_stage";

  private TraceStage() {}

  /** Creates an empty stage and the helper macros on the import's connection. */
  public static void create(Connection connection) throws SQLException {
    executeScript(connection, SqlFile.load(TraceStage.class, "create"));
  }

  /**
   * Validates the staged rows, reports rejects, and unless the import is to be rolled back files
   * the rows.
   *
   * @param keepSpans true for sources with a span tree (OTLP, Langfuse, LangSmith): every span goes
   *     to {@code trace_spans}; false for request logs (LiteLLM, Helicone) with one row per call
   * @param formatVersion the version of the format read, or null
   */
  public static ImportOutcome finish(ImportContext context, boolean keepSpans, String formatVersion)
      throws SQLException {
    Connection connection = context.connection();
    try {
      reportProblems(context);
      if (context.rejectCount() > 0 && !context.options().skipBadRows()) {
        return new ImportOutcome(0, "usage_events", formatVersion);
      }
      if (context.rejectCount() > 0) {
        try (Statement statement = connection.createStatement()) {
          statement.executeUpdate(
              "DELETE FROM trace_stage WHERE problem IS NOT NULL OR source_line IN"
                  + " (SELECT source_line FROM trace_stage WHERE invocation AND start_time IS NULL)"
                  + " OR least(in_uncached, in_cache_read, in_cache_write_5m, in_cache_write_1h,"
                  + " out_text, out_reasoning) < 0");
        }
      }
      context.cancellation().throwIfCancelled();
      context.progress().progress(-1, -1, "Filing spans of " + context.sample().fileName());
      try (Statement statement = connection.createStatement()) {
        statement.execute(SqlFile.load(TraceStage.class, "wrappers"));
      }
      if (keepSpans) {
        try (Statement statement = connection.createStatement()) {
          statement.executeUpdate(SqlFile.load(TraceStage.class, "drop_orphans"));
        }
        update(context, "insert_spans");
      }
      long events = update(context, "insert_events");
      // Like every other usage importer: the canonical model beside the raw name the source wrote.
      ModelTagger.tag(context, LedgerTable.USAGE_EVENTS);
      long wrappers = count(connection, "SELECT count(*) FROM trace_wrappers");
      if (wrappers > 0) {
        context.warn(
            wrappers
                + " model call(s) wrap other model calls that report their own usage; only the"
                + " innermost calls are counted, the wrappers stay in the trace tree");
      }
      return new ImportOutcome(events, "usage_events", formatVersion);
    } finally {
      drop(connection);
    }
  }

  /** Drops the stage and its helper tables. */
  public static void drop(Connection connection) {
    dropTemp(connection, "trace_stage", "trace_wrappers");
  }

  /**
   * Drops temp tables an importer made. Quietly: after a failed statement the transaction refuses
   * everything until the framework rolls it back (which drops them anyway), and the failure the
   * user must see is the first one, not this.
   */
  public static void dropTemp(Connection connection, String... tables) {
    try (Statement statement = connection.createStatement()) {
      for (String table : tables) {
        statement.execute("DROP TABLE IF EXISTS temp." + table);
      }
    } catch (SQLException e) {
      // see above: the rollback cleans up
    }
  }

  /** Runs a script of statements separated by semicolons at line ends. */
  public static void executeScript(Connection connection, String script) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      for (String sql : statements(script)) {
        statement.execute(sql);
      }
    }
  }

  static List<String> statements(String script) {
    return Arrays.stream(script.split(";\\s*(\\r?\\n|$)"))
        .map(String::strip)
        .filter(
            s ->
                !s.isEmpty() && !s.lines().allMatch(l -> l.isBlank() || l.strip().startsWith("--")))
        .toList();
  }

  private static void reportProblems(ImportContext context) throws SQLException {
    try (Statement statement = context.connection().createStatement();
        ResultSet problems = statement.executeQuery(SqlFile.load(TraceStage.class, "validate"))) {
      while (problems.next()) {
        context.reject(problems.getLong(1), problems.getString(2), problems.getString(3));
      }
    }
  }

  private static long update(ImportContext context, String name) throws SQLException {
    try (PreparedStatement statement =
        context.connection().prepareStatement(SqlFile.load(TraceStage.class, name))) {
      statement.setInt(1, context.importId());
      return statement.executeUpdate();
    }
  }

  private static long count(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    }
  }
}
