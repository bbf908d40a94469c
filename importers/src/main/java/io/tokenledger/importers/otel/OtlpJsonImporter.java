package io.tokenledger.importers.otel;

import io.tokenledger.engine.sql.SqlFile;
import io.tokenledger.importers.FileSample;
import io.tokenledger.importers.ImportContext;
import io.tokenledger.importers.ImportOutcome;
import io.tokenledger.importers.Importer;
import io.tokenledger.importers.traces.SpanAttributes;
import io.tokenledger.importers.traces.TraceStage;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.duckdb.DuckDBPreparedStatement;

/**
 * Imports OpenTelemetry traces exported as OTLP/JSON ({@code resourceSpans}), one document or one
 * per line, such as a collector's file exporter writes. GenAI spans ({@code gen_ai.*}, current and
 * deprecated spellings, and OpenInference's {@code llm.*}) become usage events; every span is kept
 * in the trace tree for task roll-ups. DuckDB's {@code read_json} unpacks the file; no span passes
 * through Java.
 */
public final class OtlpJsonImporter implements Importer {

  public static final String FORMAT_ID = "otlp-json";

  /** OTLP's AnyValue, typed so that DuckDB reads numbers and strings alike as text. */
  private static final String ANY_VALUE =
      "STRUCT(stringValue VARCHAR, intValue VARCHAR, doubleValue VARCHAR, boolValue VARCHAR,"
          + " bytesValue VARCHAR, arrayValue STRUCT(\"values\" STRUCT(stringValue VARCHAR,"
          + " intValue VARCHAR, doubleValue VARCHAR, boolValue VARCHAR)[]), kvlistValue JSON)";

  @Override
  public String formatId() {
    return FORMAT_ID;
  }

  @Override
  public String displayName() {
    return "OpenTelemetry traces (OTLP/JSON)";
  }

  @Override
  public int sniff(FileSample sample) {
    String name = sample.lowerName();
    boolean jsonName =
        name.endsWith(".json") || name.endsWith(".jsonl") || name.endsWith(".ndjson");
    if (!jsonName || sample.looksBinary()) {
      return 0;
    }
    String text = sample.text().stripLeading();
    if (!text.startsWith("{") || !text.contains("\"resourceSpans\"")) {
      return 0;
    }
    return text.contains("\"scopeSpans\"") || text.contains("\"spans\"") ? 90 : 60;
  }

  @Override
  public ImportOutcome importInto(ImportContext context) throws SQLException {
    Connection connection = context.connection();
    try {
      TraceStage.create(connection);
      TraceStage.executeScript(connection, SqlFile.load(getClass(), "macros"));
      String read = SqlFile.load(getClass(), "read_spans").replace("{value}", ANY_VALUE);
      try (DuckDBPreparedStatement statement =
          connection.prepareStatement(read).unwrap(DuckDBPreparedStatement.class)) {
        statement.setString(1, context.sample().path().toString());
        context.executeWithProgress(statement, "Reading " + context.sample().fileName());
      }
      rejectBrokenSpans(context);
      if (context.rejectCount() > 0 && !context.options().skipBadRows()) {
        return new ImportOutcome(0, "usage_events", null);
      }
      context.cancellation().throwIfCancelled();
      SpanAttributes.stage(connection, "otlp_spans");
      try (Statement statement = connection.createStatement()) {
        statement.execute("DROP TABLE IF EXISTS temp.otlp_spans");
      }
      return TraceStage.finish(context, true, null);
    } finally {
      TraceStage.dropTemp(connection, "otlp_spans");
      TraceStage.drop(connection);
    }
  }

  private void rejectBrokenSpans(ImportContext context) throws SQLException {
    try (Statement statement = context.connection().createStatement();
        ResultSet problems = statement.executeQuery(SqlFile.load(getClass(), "validate"))) {
      while (problems.next()) {
        context.reject(problems.getLong(1), problems.getString(2), problems.getString(3));
      }
    }
    if (context.rejectCount() > 0 && context.options().skipBadRows()) {
      try (Statement statement = context.connection().createStatement()) {
        statement.executeUpdate(
            "DELETE FROM otlp_spans WHERE span_id IS NULL OR trace_id IS NULL OR start_time IS NULL");
      }
    }
  }
}
