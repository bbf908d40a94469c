package io.tokenledger.importers.anthropic;

import io.tokenledger.importers.CsvHeader;
import io.tokenledger.importers.FileSample;
import io.tokenledger.importers.ImportContext;
import java.util.Optional;

/**
 * Reads the Anthropic Console's cost export: one row per day, model (display name), workspace, API
 * key, context window and token type, with {@code cost_usd} and {@code list_price_usd} in dollars.
 */
public final class AnthropicCostCsvImporter extends AnthropicCostImporter {

  public static final String FORMAT_ID = "anthropic-cost-csv";

  @Override
  public String formatId() {
    return FORMAT_ID;
  }

  @Override
  public String displayName() {
    return "Anthropic Console costs (CSV)";
  }

  @Override
  public int sniff(FileSample sample) {
    Optional<CsvHeader> header = sample.csvHeader();
    return header.isPresent() && header.get().hasAll("usage_date_utc", "cost_usd", "token_type")
        ? 90
        : 0;
  }

  @Override
  protected String stageSql(ImportContext context) {
    return csvStageSql(context);
  }
}
