package io.tokenledger.importers.langfuse;

import io.tokenledger.importers.CsvHeader;
import io.tokenledger.importers.FileSample;
import io.tokenledger.importers.ImportContext;
import io.tokenledger.importers.traces.TraceDocumentImporter;
import io.tokenledger.importers.traces.TraceStage;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Imports Langfuse exports: a trace with its observations (the public API's trace JSON, as the
 * files in realdata/traces/langfuse), pages of traces, and the UI's observation exports as CSV,
 * JSON or JSONL. Generations become usage events with disjoint buckets and Langfuse's own cost
 * beside the recomputed one; every observation stays in the trace tree. Observations listed twice
 * are kept once; a generation that wraps another generation is not counted twice.
 */
public final class LangfuseImporter extends TraceDocumentImporter {

  public static final String FORMAT_ID = "langfuse";

  private static final String[] MARKERS = {
    "\"parentObservationId\"",
    "\"usageDetails\"",
    "\"internalModelId\"",
    "\"bookmarked\"",
    "\"observations\"",
    "\"costDetails\""
  };

  public LangfuseImporter() {
    super(FORMAT_ID, "Langfuse traces and observations", "langfuse_docs", true);
  }

  @Override
  public int sniff(FileSample sample) {
    if (sample.looksBinary() || sample.isGzip()) {
      return 0;
    }
    String name = sample.lowerName();
    if (name.endsWith(".csv")) {
      Optional<CsvHeader> header = sample.csvHeader();
      return header.isPresent()
              && header.get().hasAll("id", "traceId", "type")
              && (header.get().has("usageDetails") || header.get().has("parentObservationId"))
          ? 75
          : 0;
    }
    if (!(name.endsWith(".json") || name.endsWith(".jsonl") || name.endsWith(".ndjson"))) {
      return 0;
    }
    String text = sample.text();
    if (text.contains("\"resourceSpans\"")) {
      return 0;
    }
    int markers = 0;
    for (String marker : MARKERS) {
      if (text.contains(marker)) {
        markers++;
      }
    }
    boolean langfuseIds = text.contains("\"projectId\"") || text.contains("\"traceId\"");
    return langfuseIds && markers >= 2 ? 80 : 0;
  }

  @Override
  protected void stage(ImportContext context) throws SQLException {
    try {
      runScripts(context, "macros", "observations", "to_stage");
    } finally {
      TraceStage.dropTemp(
          context.connection(), "langfuse_units", "langfuse_traces", "langfuse_observations");
    }
  }
}
