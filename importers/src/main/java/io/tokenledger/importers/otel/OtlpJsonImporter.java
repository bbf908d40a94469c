package io.tokenledger.importers.otel;

import io.tokenledger.engine.sources.SourceKind;
import io.tokenledger.engine.sql.SqlFile;
import io.tokenledger.importers.FileSample;
import io.tokenledger.importers.ImportContext;
import io.tokenledger.importers.ImportOutcome;
import io.tokenledger.importers.Importer;
import io.tokenledger.importers.traces.SpanAttributes;
import io.tokenledger.importers.traces.TraceStage;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Imports OpenTelemetry traces exported as OTLP/JSON ({@code resourceSpans}), one document or one
 * per line, such as a collector's file exporter writes. GenAI spans ({@code gen_ai.*}, current and
 * deprecated spellings, and OpenInference's {@code llm.*}) become usage events; every span is kept
 * in the trace tree for task roll-ups. DuckDB's {@code read_json} unpacks the file; no span passes
 * through Java.
 */
public final class OtlpJsonImporter implements Importer {

  public static final String FORMAT_ID = "otlp-json";

  /**
   * The resourceSpans of an OTLP/JSON document. Attribute lists are read as JSON text and taken
   * apart afterwards: that keeps the import near the speed of a plain {@code read_json} of the
   * file.
   */
  static final String RESOURCE_SPANS =
      "STRUCT(resource STRUCT(attributes JSON),"
          + " scopeSpans STRUCT(scope STRUCT(name VARCHAR, version VARCHAR),"
          + " spans STRUCT(traceId VARCHAR, spanId VARCHAR, parentSpanId VARCHAR, name VARCHAR,"
          + " kind VARCHAR, startTimeUnixNano VARCHAR, endTimeUnixNano VARCHAR,"
          + " attributes JSON, status STRUCT(code VARCHAR, message VARCHAR))[])[])[]";

  /** Request-level telemetry: the trace side of reconciliation, and the allocation's basis. */
  @Override
  public SourceKind sourceKind() {
    return SourceKind.TRACE;
  }

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
      String spans = SqlFile.load(getClass(), "read_spans").replace("{type}", RESOURCE_SPANS);
      SpanAttributes.stage(context, spans, true);
      context.cancellation().throwIfCancelled();
      return TraceStage.finish(context, true, null);
    } finally {
      TraceStage.drop(connection);
    }
  }
}
