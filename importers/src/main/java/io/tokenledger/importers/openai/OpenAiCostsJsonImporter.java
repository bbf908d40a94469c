package io.tokenledger.importers.openai;

import io.tokenledger.importers.FileSample;
import io.tokenledger.importers.ImportContext;

/**
 * Reads pages saved from OpenAI's Costs API ({@code GET /v1/organization/costs}): daily buckets of
 * amounts, grouped or not by project, line item and API key. Recognised by the result object {@code
 * organization.costs.result}.
 */
public final class OpenAiCostsJsonImporter extends OpenAiCostImporter {

  public static final String FORMAT_ID = "openai-costs-json";

  @Override
  public String formatId() {
    return FORMAT_ID;
  }

  @Override
  public String displayName() {
    return "OpenAI Costs API (JSON)";
  }

  @Override
  public int sniff(FileSample sample) {
    if (hasJsonString(sample, "object", "organization\\.costs\\.result")) {
      return 90;
    }
    boolean page = hasJsonString(sample, "object", "page") && hasJsonKey(sample, "results");
    return page && sample.lowerName().contains("cost") && sample.lowerName().endsWith(".json")
        ? 40
        : 0;
  }

  @Override
  protected String stageSql(ImportContext context) {
    return bucketPagesStageSql(context);
  }
}
