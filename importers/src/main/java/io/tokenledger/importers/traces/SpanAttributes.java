package io.tokenledger.importers.traces;

import io.tokenledger.engine.sql.SqlFile;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Reads spans that carry OpenTelemetry-style attributes (a flat map of dotted keys: GenAI semantic
 * conventions, OpenInference, the Vercel AI SDK) into the trace stage. OTLP/JSON and OpenInference
 * exports differ only in how their spans are packed; once unpacked into a table of spans with an
 * attribute map, this one statement reads them.
 */
public final class SpanAttributes {

  private SpanAttributes() {}

  /**
   * Stages the spans of {@code spansTable}, a temp table the caller named in code (never user text)
   * with the columns source_line, trace_id, span_id, parent_id, name, kind, start_time, end_time,
   * status and attrs MAP(VARCHAR, VARCHAR).
   *
   * @return the number of spans staged
   */
  public static long stage(Connection connection, String spansTable) throws SQLException {
    if (!spansTable.matches("[a-z_]+")) {
      throw new IllegalArgumentException("not a table name chosen in code: " + spansTable);
    }
    try (Statement statement = connection.createStatement()) {
      return statement.executeUpdate(
          SqlFile.load(SpanAttributes.class, "to_stage").replace("{spans}", spansTable));
    }
  }
}
