package io.tokenledger.importers.litellm;

import io.tokenledger.engine.sql.SqlFile;
import io.tokenledger.importers.CsvHeader;
import io.tokenledger.importers.FileSample;
import io.tokenledger.importers.ImportContext;
import io.tokenledger.importers.ImportOutcome;
import io.tokenledger.importers.Importer;
import io.tokenledger.importers.traces.TraceDocuments;
import io.tokenledger.importers.traces.TraceStage;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Imports LiteLLM proxy spend logs ({@code LiteLLM_SpendLogs}): the proxy's {@code /spend/logs}
 * JSON, or the table dumped as CSV. One usage event per request, with LiteLLM's spend kept as the
 * source cost, the hashed key as the API key, and the key alias, team, end user, request tags and
 * the caller's {@code spend_logs_metadata} as attributes for mapping rules.
 */
public final class LiteLlmSpendLogImporter implements Importer {

  public static final String FORMAT_ID = "litellm-spend-logs";

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
    if (sample.looksBinary()) {
      return 0;
    }
    String name = sample.lowerName();
    if (name.endsWith(".csv")) {
      Optional<CsvHeader> header = sample.csvHeader();
      boolean spendLog =
          header.isPresent()
              && header.get().hasAll("request_id", "spend", "startTime")
              && (header.get().has("call_type")
                  || header.get().has("model_group")
                  || header.get().has("custom_llm_provider"));
      return spendLog ? 80 : 0;
    }
    if (name.endsWith(".json") || name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
      String text = sample.text();
      boolean spendLog =
          text.contains("\"request_id\"")
              && text.contains("\"spend\"")
              && text.contains("\"startTime\"");
      return spendLog ? 80 : 0;
    }
    return 0;
  }

  @Override
  public ImportOutcome importInto(ImportContext context) throws SQLException {
    Connection connection = context.connection();
    try {
      TraceStage.create(connection);
      TraceDocuments.read(context, "litellm_docs");
      if (context.rejectCount() > 0 && !context.options().skipBadRows()) {
        return new ImportOutcome(0, "usage_events", null);
      }
      context.cancellation().throwIfCancelled();
      TraceStage.executeScript(connection, SqlFile.load(getClass(), "to_stage"));
      return TraceStage.finish(context, false, TraceDocuments.isCsv(context) ? "csv" : "json");
    } finally {
      TraceStage.dropTemp(connection, "litellm_docs");
      TraceStage.drop(connection);
    }
  }
}
