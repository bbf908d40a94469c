package io.tokenledger.importers.litellm;

import io.tokenledger.importers.FileSample;
import io.tokenledger.importers.ImportContext;
import io.tokenledger.importers.traces.TraceDocumentImporter;
import io.tokenledger.importers.traces.TraceDocuments;
import java.sql.SQLException;

/**
 * Imports LiteLLM proxy spend logs ({@code LiteLLM_SpendLogs}): the proxy's {@code /spend/logs}
 * JSON, or the table dumped as CSV. One usage event per request, with LiteLLM's spend kept as the
 * source cost, the hashed key as the API key, and the key alias, team, end user, request tags and
 * the caller's {@code spend_logs_metadata} as attributes for mapping rules.
 */
public final class LiteLlmSpendLogImporter extends TraceDocumentImporter {

  public static final String FORMAT_ID = "litellm-spend-logs";

  public LiteLlmSpendLogImporter() {
    super(FORMAT_ID, "LiteLLM spend logs", "litellm_docs", false);
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
  protected void stage(ImportContext context) throws SQLException {
    runScripts(context, "to_stage");
  }
}
