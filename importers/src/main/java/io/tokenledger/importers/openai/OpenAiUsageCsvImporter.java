package io.tokenledger.importers.openai;

import io.tokenledger.importers.CsvHeader;
import io.tokenledger.importers.FileSample;
import io.tokenledger.importers.ImportContext;
import java.util.Optional;

/**
 * Reads the OpenAI dashboard's usage export ({@code completions_usage_<from>_<to>.csv}): the Usage
 * API's fields flattened into columns, counts written as floats ({@code 10.0}), booleans as {@code
 * False}/{@code True}. Older and newer headers differ; any column may be missing except the times
 * and the token counts.
 */
public final class OpenAiUsageCsvImporter extends OpenAiUsageImporter {

  public static final String FORMAT_ID = "openai-usage-csv";

  @Override
  public String formatId() {
    return FORMAT_ID;
  }

  @Override
  public String displayName() {
    return "OpenAI dashboard usage (CSV)";
  }

  @Override
  public int sniff(FileSample sample) {
    Optional<CsvHeader> header = sample.csvHeader();
    if (header.isEmpty() || !header.get().has("start_time") || !header.get().has("end_time")) {
      return 0;
    }
    boolean tokens = header.get().has("input_tokens") && header.get().has("output_tokens");
    boolean named = sample.lowerName().startsWith("completions_usage");
    if (tokens) {
      return named ? 90 : 70;
    }
    // An export of empty buckets has only the time columns: the name is all there is to go on.
    return named ? 60 : 0;
  }

  @Override
  protected String stageSql(ImportContext context) {
    return csvStageSql(context);
  }
}
