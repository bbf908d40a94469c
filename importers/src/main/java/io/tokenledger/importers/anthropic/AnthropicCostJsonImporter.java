package io.tokenledger.importers.anthropic;

import io.tokenledger.importers.FileSample;
import io.tokenledger.importers.ImportContext;

/**
 * Reads pages saved from Anthropic's Admin API cost report ({@code GET
 * /v1/organizations/cost_report}): daily amounts in cents as decimal strings, one row per cost
 * type, and per model and token type when grouped by description.
 */
public final class AnthropicCostJsonImporter extends AnthropicCostImporter {

  public static final String FORMAT_ID = "anthropic-cost-json";

  @Override
  public String formatId() {
    return FORMAT_ID;
  }

  @Override
  public String displayName() {
    return "Anthropic cost report (JSON)";
  }

  @Override
  public int sniff(FileSample sample) {
    boolean anthropicPage = hasJsonKey(sample, "starting_at") && hasJsonKey(sample, "amount");
    boolean costFields =
        hasJsonKey(sample, "cost_type")
            || hasJsonKey(sample, "token_type")
            || hasJsonKey(sample, "description");
    return anthropicPage && costFields && !hasJsonKey(sample, "uncached_input_tokens") ? 90 : 0;
  }

  @Override
  protected String stageSql(ImportContext context) {
    return bucketPagesStageSql(context);
  }
}
