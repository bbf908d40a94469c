package io.tokenledger.importers.openai;

import io.tokenledger.importers.CsvHeader;
import io.tokenledger.importers.FileSample;
import io.tokenledger.importers.ImportContext;
import java.util.Optional;

/**
 * Reads the OpenAI dashboard's cost export ({@code cost_<from>_<to>.csv}): {@code amount_value} in
 * dollars with up to 30 decimals, {@code amount_currency}, {@code line_item} and the grouping
 * columns; newer files add quantity, quantity unit, user and API key columns.
 */
public final class OpenAiCostCsvImporter extends OpenAiCostImporter {

  public static final String FORMAT_ID = "openai-cost-csv";

  @Override
  public String formatId() {
    return FORMAT_ID;
  }

  @Override
  public String displayName() {
    return "OpenAI dashboard costs (CSV)";
  }

  @Override
  public int sniff(FileSample sample) {
    Optional<CsvHeader> header = sample.csvHeader();
    if (header.isEmpty() || !header.get().hasAll("start_time", "amount_value", "amount_currency")) {
      return 0;
    }
    return sample.lowerName().startsWith("cost") ? 90 : 75;
  }

  @Override
  protected String stageSql(ImportContext context) {
    return csvStageSql(context);
  }
}
