package io.tokenledger.importers.langsmith;

import io.tokenledger.importers.FileSample;
import io.tokenledger.importers.ImportContext;
import io.tokenledger.importers.traces.TraceDocumentImporter;
import io.tokenledger.importers.traces.TraceStage;
import java.sql.SQLException;

/**
 * Imports LangSmith runs: batch-ingest payloads ({@code {post, patch}}, whose pieces of one run are
 * merged by id) and exported runs (a JSON array, one per line, or {@code {runs: [...]}}). LLM runs
 * become usage events with disjoint buckets from {@code usage_metadata}; chains, tools and
 * retrievers stay in the trace tree so that a task rolls up its whole fan-out. The merge runs in
 * DuckDB ({@code list_reduce} over {@code json_merge_patch}), not in Java.
 */
public final class LangSmithImporter extends TraceDocumentImporter {

  public static final String FORMAT_ID = "langsmith";

  public LangSmithImporter() {
    super(FORMAT_ID, "LangSmith runs", "langsmith_docs", true);
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
  protected void stage(ImportContext context) throws SQLException {
    try {
      runScripts(context, "merge_runs", "to_stage");
    } finally {
      TraceStage.dropTemp(context.connection(), "langsmith_runs");
    }
  }
}
