package io.tokenledger.importers.anthropic;

import io.tokenledger.importers.FileSample;
import io.tokenledger.importers.ImportContext;
import java.util.Map;

/**
 * Reads pages saved from Anthropic's Admin API usage report ({@code GET
 * /v1/organizations/usage_report/messages}): buckets from {@code starting_at} to {@code ending_at}
 * with uncached input, cache reads, 5-minute and 1-hour cache writes and output per group.
 */
public final class AnthropicUsageJsonImporter extends AnthropicUsageImporter {

  public static final String FORMAT_ID = "anthropic-usage-json";

  private static final Map<String, String> SOURCE_COLUMNS =
      Map.of(
          "uncached", "uncached_input_tokens",
          "cache_read", "cache_read_input_tokens",
          "write_5m", "cache_creation.ephemeral_5m_input_tokens",
          "write_1h", "cache_creation.ephemeral_1h_input_tokens",
          "output", "output_tokens",
          "web_search", "server_tool_use.web_search_requests");

  @Override
  public String formatId() {
    return FORMAT_ID;
  }

  @Override
  public String displayName() {
    return "Anthropic usage report (JSON)";
  }

  @Override
  public int sniff(FileSample sample) {
    return hasJsonKey(sample, "starting_at") && hasJsonKey(sample, "uncached_input_tokens")
        ? 90
        : 0;
  }

  @Override
  protected String stageSql(ImportContext context) {
    return bucketPagesStageSql(context);
  }

  @Override
  protected String sourceColumn(String stageColumn) {
    return SOURCE_COLUMNS.getOrDefault(stageColumn, stageColumn);
  }
}
