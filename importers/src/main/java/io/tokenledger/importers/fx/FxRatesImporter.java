package io.tokenledger.importers.fx;

import io.tokenledger.importers.FileSample;
import io.tokenledger.importers.ImportContext;
import io.tokenledger.importers.models.LedgerTable;
import io.tokenledger.importers.models.StagedImporter;

/**
 * Imports an FX table (CSV: {@code period,from_currency,to_currency,rate}, one rate per month and
 * currency pair; {@code from}/{@code to} and {@code month} are accepted too) into {@code fx_rates}.
 * A rate the workspace already has for the same month and pair is replaced: the newest table wins,
 * and the import that set each rate is kept beside it.
 */
public final class FxRatesImporter extends StagedImporter {

  public static final String FORMAT_ID = "fx-rates";

  public FxRatesImporter() {
    super(LedgerTable.FX_RATES);
  }

  @Override
  public String formatId() {
    return FORMAT_ID;
  }

  @Override
  public String displayName() {
    return "FX rates (period, from, to, rate)";
  }

  @Override
  public int sniff(FileSample sample) {
    if (!sample.lowerName().endsWith(".csv")) {
      return 0;
    }
    return sample
        .csvHeader()
        .filter(
            h ->
                (h.has("period") || h.has("month"))
                    && (h.has("from_currency") || h.has("from"))
                    && (h.has("to_currency") || h.has("to"))
                    && h.has("rate"))
        .map(h -> 60)
        .orElse(0);
  }

  @Override
  protected String stageSql(ImportContext context) {
    return csvStageSql(context);
  }
}
