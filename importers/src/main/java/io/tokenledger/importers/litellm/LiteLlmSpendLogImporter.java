package io.tokenledger.importers.litellm;

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
 * Imports LiteLLM proxy spend logs ({@code LiteLLM_SpendLogs}): the proxy's {@code /spend/logs}
 * JSON, or the table dumped as CSV. One usage event per request, with LiteLLM's spend kept as the
 * source cost, the hashed key as the API key, and the key alias, team, end user, request tags and
 * the caller's {@code spend_logs_metadata} as attributes for mapping rules.
 */
public final class LiteLlmSpendLogImporter implements Importer {

  public static final String FORMAT_ID = "litellm-spend-logs";

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
    return "LiteLLM spend logs";
  }

  @Override
  public int sniff(FileSample sample) {
    return TraceDocuments.sniff(
        sample,
        80,
        header ->
            header.hasAll("request_id", "spend", "startTime")
                && (header.has("call_type")
                    || header.has("model_group")
                    || header.has("custom_llm_provider")),
        text -> TraceDocuments.hasKeys(text, "request_id", "spend", "startTime"));
  }

  @Override
  public ImportOutcome importInto(ImportContext context) throws SQLException {
    return TraceDocuments.importDocuments(
        context,
        "litellm_docs",
        false,
        stage ->
            TraceStage.executeScript(stage.connection(), SqlFile.load(getClass(), "to_stage")));
  }
}
