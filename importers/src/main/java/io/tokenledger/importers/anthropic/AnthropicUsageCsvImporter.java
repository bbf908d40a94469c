package io.tokenledger.importers.anthropic;

import io.tokenledger.importers.CsvHeader;
import io.tokenledger.importers.FileSample;
import io.tokenledger.importers.ImportContext;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the Anthropic Console's usage export: one row per day, model, API key, workspace, usage
 * type and context window, with the five token columns (an older export has one cache-write
 * column), web searches, inference geography and speed.
 */
public final class AnthropicUsageCsvImporter extends AnthropicUsageImporter {

  public static final String FORMAT_ID = "anthropic-usage-csv";

  private static final Map<String, String> SOURCE_COLUMNS =
      Map.of(
          "uncached", "usage_input_tokens_no_cache",
          "cache_read", "usage_input_tokens_cache_read",
          "write_5m", "usage_input_tokens_cache_write_5m",
          "write_1h", "usage_input_tokens_cache_write_1h",
          "write_unsplit", "usage_input_tokens_cache_write",
          "output", "usage_output_tokens",
          "web_search", "web_search_count");

  @Override
  public String formatId() {
    return FORMAT_ID;
  }

  @Override
  public String displayName() {
    return "Anthropic Console usage (CSV)";
  }

  @Override
  public int sniff(FileSample sample) {
    Optional<CsvHeader> header = sample.csvHeader();
    return header.isPresent()
            && header.get().hasAll("usage_date_utc", "usage_output_tokens")
            && header.get().has("usage_input_tokens_no_cache")
        ? 90
        : 0;
  }

  @Override
  protected String stageSql(ImportContext context) {
    return csvStageSql(context);
  }

  @Override
  protected String sourceColumn(String stageColumn) {
    return SOURCE_COLUMNS.getOrDefault(stageColumn, stageColumn);
  }
}
