package io.tokenledger.importers.langsmith;

import io.tokenledger.engine.sources.SourceKind;
import io.tokenledger.engine.sql.SqlFile;
import io.tokenledger.importers.FileSample;
import io.tokenledger.importers.ImportContext;
import io.tokenledger.importers.ImportOutcome;
import io.tokenledger.importers.Importer;
import io.tokenledger.importers.traces.TraceDocuments;
import io.tokenledger.importers.traces.TraceStage;
import java.sql.SQLException;

/**
 * Imports LangSmith runs: batch-ingest payloads ({@code {post, patch}}, whose pieces of one run are
 * merged by id) and exported runs (a JSON array, one per line, or {@code {runs: [...]}}). LLM runs
 * become usage events with disjoint buckets from {@code usage_metadata}; chains, tools and
 * retrievers stay in the trace tree so that a task rolls up its whole fan-out. The merge runs in
 * DuckDB ({@code list_reduce} over {@code json_merge_patch}), not in Java.
 */
public final class LangSmithImporter implements Importer {

  public static final String FORMAT_ID = "langsmith";

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
    return "LangSmith runs";
  }

  @Override
  public int sniff(FileSample sample) {
    String name = sample.lowerName();
    if (sample.looksBinary()
        || !(name.endsWith(".json") || name.endsWith(".jsonl") || name.endsWith(".ndjson"))) {
      return 0;
    }
    String text = sample.text();
    boolean runs = text.contains("\"run_type\"") || text.contains("\"dotted_order\"");
    if (!runs) {
      return 0;
    }
    boolean ingest = text.contains("\"post\"") || text.contains("\"patch\"");
    return ingest ? 85 : 80;
  }

  @Override
  public ImportOutcome importInto(ImportContext context) throws SQLException {
    return TraceDocuments.importDocuments(
        context,
        "langsmith_docs",
        true,
        stage -> {
          try {
            TraceStage.executeScript(stage.connection(), SqlFile.load(getClass(), "merge_runs"));
            TraceStage.executeScript(stage.connection(), SqlFile.load(getClass(), "to_stage"));
          } finally {
            TraceStage.dropTemp(stage.connection(), "langsmith_runs");
          }
        });
  }
}
