package io.tokenledger.importers.openinference;

import io.tokenledger.engine.sql.SqlFile;
import io.tokenledger.importers.CsvHeader;
import io.tokenledger.importers.FileSample;
import io.tokenledger.importers.ImportContext;
import io.tokenledger.importers.ImportOutcome;
import io.tokenledger.importers.Importer;
import io.tokenledger.importers.traces.SpanAttributes;
import io.tokenledger.importers.traces.TraceDocuments;
import io.tokenledger.importers.traces.TraceStage;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Imports OpenInference spans as Arize Phoenix exports them: its REST API's span pages ({@code
 * {data: [...]}}), JSON lines, and the spans dataframe written as CSV or JSON ({@code
 * context.span_id}, {@code attributes.llm.token_count.prompt}, ...). OpenInference spans sent over
 * OTLP are read by the OTLP importer; both end in the same attribute reader ({@link
 * SpanAttributes}), so {@code llm.token_count.*} means the same whichever way it came.
 */
public final class OpenInferenceImporter implements Importer {

  public static final String FORMAT_ID = "openinference";

  @Override
  public String formatId() {
    return FORMAT_ID;
  }

  @Override
  public String displayName() {
    return "OpenInference spans (Phoenix)";
  }

  @Override
  public int sniff(FileSample sample) {
    if (sample.looksBinary()) {
      return 0;
    }
    String name = sample.lowerName();
    if (name.endsWith(".csv")) {
      Optional<CsvHeader> header = sample.csvHeader();
      return header.isPresent() && header.get().hasAll("context.span_id", "span_kind") ? 75 : 0;
    }
    if (!(name.endsWith(".json") || name.endsWith(".jsonl") || name.endsWith(".ndjson"))) {
      return 0;
    }
    String text = sample.text();
    if (text.contains("\"resourceSpans\"")) {
      return 0;
    }
    boolean phoenixSpan =
        text.contains("\"span_kind\"")
            && (text.contains("\"context\"") || text.contains("\"context.span_id\""));
    return phoenixSpan ? 75 : 0;
  }

  @Override
  public ImportOutcome importInto(ImportContext context) throws SQLException {
    Connection connection = context.connection();
    try {
      TraceStage.create(connection);
      TraceDocuments.read(context, "openinference_docs");
      if (context.rejectCount() > 0 && !context.options().skipBadRows()) {
        return new ImportOutcome(0, "usage_events", null);
      }
      TraceStage.executeScript(connection, SqlFile.load(getClass(), "to_spans"));
      context.cancellation().throwIfCancelled();
      SpanAttributes.stage(context, "SELECT * FROM openinference_spans", false);
      return TraceStage.finish(context, true, TraceDocuments.isCsv(context) ? "csv" : "json");
    } finally {
      TraceStage.dropTemp(connection, "openinference_docs", "openinference_spans");
      TraceStage.drop(connection);
    }
  }
}
