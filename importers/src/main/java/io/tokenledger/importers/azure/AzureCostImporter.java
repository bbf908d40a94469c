package io.tokenledger.importers.azure;

import io.tokenledger.importers.CsvHeader;
import io.tokenledger.importers.FileSample;
import io.tokenledger.importers.ImportContext;
import io.tokenledger.importers.models.FileShape;
import io.tokenledger.importers.models.LedgerTable;
import io.tokenledger.importers.models.StagedImporter;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Imports an Azure cost details export (Enterprise Agreement PascalCase or Microsoft Customer
 * Agreement camelCase columns, matched without case) into cost lines. Azure OpenAI meters become
 * model, token bucket, routing and tokens; the rest of the bill is kept as ordinary lines.
 */
public final class AzureCostImporter extends StagedImporter {

  public static final String FORMAT_ID = "azure-cost";

  public AzureCostImporter() {
    super(LedgerTable.COST_LINES);
  }

  @Override
  public String formatId() {
    return FORMAT_ID;
  }

  @Override
  public String displayName() {
    return "Azure cost details export";
  }

  @Override
  public int sniff(FileSample sample) {
    Optional<CsvHeader> header = FileShape.csvHeader(sample);
    if (header.isEmpty()) {
      return 0;
    }
    CsvHeader h = header.get();
    boolean meter = h.hasAll("metercategory", "metername", "unitofmeasure");
    boolean cost = h.has("costinbillingcurrency") || h.has("cost") || h.has("pretaxcost");
    return meter && cost ? 90 : 0;
  }

  @Override
  protected String stageSql(ImportContext context) {
    return csvStageSql(context);
  }

  @Override
  protected void afterInsert(ImportContext context) throws SQLException {
    warnIfTokenUnitsUnknown(context, "Azure OpenAI line(s) (UnitOfMeasure other than 1K, 1M, 10K)");
    warnIfMixedCurrencies(context);
  }
}
