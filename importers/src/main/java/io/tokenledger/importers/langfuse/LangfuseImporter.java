package io.tokenledger.importers.langfuse;

import io.tokenledger.engine.sources.SourceKind;
import io.tokenledger.engine.sql.SqlFile;
import io.tokenledger.importers.CsvHeader;
import io.tokenledger.importers.FileSample;
import io.tokenledger.importers.ImportContext;
import io.tokenledger.importers.ImportOutcome;
import io.tokenledger.importers.Importer;
import io.tokenledger.importers.traces.TraceDocuments;
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
public final class LangfuseImporter implements Importer {

  public static final String FORMAT_ID = "langfuse";

  private static final String[] MARKERS = {
    "\"parentObservationId\"",
    "\"usageDetails\"",
    "\"internalModelId\"",
    "\"bookmarked\"",
    "\"observations\"",
    "\"costDetails\""
  };

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
    return "Langfuse traces and observations";
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
  public ImportOutcome importInto(ImportContext context) throws SQLException {
    return TraceDocuments.importDocuments(
        context,
        "langfuse_docs",
        true,
        stage -> {
          try {
            for (String script : new String[] {"macros", "observations", "to_stage"}) {
              TraceStage.executeScript(stage.connection(), SqlFile.load(getClass(), script));
            }
          } finally {
            TraceStage.dropTemp(
                stage.connection(), "langfuse_units", "langfuse_traces", "langfuse_observations");
          }
        });
  }
}
