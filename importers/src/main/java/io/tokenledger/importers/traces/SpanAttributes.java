package io.tokenledger.importers.traces;

import io.tokenledger.engine.sql.SqlFile;
import io.tokenledger.importers.ImportContext;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.duckdb.DuckDBPreparedStatement;

/**
 * Reads spans that carry OpenTelemetry-style attributes (flat dotted keys: GenAI semantic
 * conventions, OpenInference, the Vercel AI SDK) into the trace stage. OTLP/JSON and OpenInference
 * exports differ only in how their spans are packed; once unpacked into rows with parallel key and
 * value lists, this one statement reads them.
 */
public final class SpanAttributes {

  private SpanAttributes() {}

  /**
   * Stages the spans {@code spansQuery} returns: a query written in code (never from user text)
   * with the columns source_line, trace_id, span_id, parent_id, name, kind, start_time, end_time,
   * status, keys VARCHAR[], vals VARCHAR[], problem and problem_column. A query that reads the
   * import's file takes its path as its one parameter and runs with progress and cancel. Spans
   * without a source_line get their ordinal in the query's output.
   *
   * @param readsFile true when the query's one parameter is the file to read
   * @return the number of spans staged
   */
  public static long stage(ImportContext context, String spansQuery, boolean readsFile)
      throws SQLException {
    Connection connection = context.connection();
    String sql = SqlFile.load(SpanAttributes.class, "to_stage").replace("{spans}", spansQuery);
    long staged;
    try (DuckDBPreparedStatement statement =
        connection.prepareStatement(sql).unwrap(DuckDBPreparedStatement.class)) {
      if (readsFile) {
        statement.setString(1, context.sample().path().toString());
      }
      staged = context.executeWithProgress(statement, "Reading " + context.sample().fileName());
    }
    try (Statement statement = connection.createStatement()) {
      // the stage was filled in the reader's order, so its row ids count the spans (inside a
      // transaction they start at a large offset, hence the minimum)
      statement.executeUpdate(
          "UPDATE trace_stage SET source_line = rowid - (SELECT min(rowid) FROM trace_stage) + 1"
              + " WHERE source_line IS NULL");
    }
    return staged;
  }
}
