package io.tokenledger.importers.openai;

import io.tokenledger.importers.FileSample;
import io.tokenledger.importers.ImportContext;

/**
 * Reads pages saved from OpenAI's Usage API ({@code GET /v1/organization/usage/completions} and the
 * other usage endpoints): buckets of results, grouped or not by project, user, API key, model,
 * batch and service tier. Recognised by the result objects {@code organization.usage.*.result}.
 */
public final class OpenAiUsageJsonImporter extends OpenAiUsageImporter {

  public static final String FORMAT_ID = "openai-usage-json";

  @Override
  public String formatId() {
    return FORMAT_ID;
  }

  @Override
  public String displayName() {
    return "OpenAI Usage API (JSON)";
  }

  @Override
  public int sniff(FileSample sample) {
    if (hasJsonString(sample, "object", "organization\\.usage\\.[a-z_]+\\.result")) {
      return 90;
    }
    boolean page = hasJsonString(sample, "object", "page") && hasJsonKey(sample, "results");
    return page && sample.lowerName().contains("usage") && sample.lowerName().endsWith(".json")
        ? 40
        : 0;
  }

  @Override
  protected String stageSql(ImportContext context) {
    return bucketPagesStageSql(context);
  }
}
