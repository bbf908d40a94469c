package io.tokenledger.importers.gcp;

import io.tokenledger.engine.sql.SqlFile;
import io.tokenledger.importers.CsvHeader;
import io.tokenledger.importers.FileSample;
import io.tokenledger.importers.ImportContext;
import io.tokenledger.importers.csv.CsvRejects;
import io.tokenledger.importers.models.FileShape;
import io.tokenledger.importers.models.LedgerTable;
import io.tokenledger.importers.models.StagedImporter;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Imports rows of the GCP Cloud Billing export to BigQuery, saved as JSON (nested, one row per
 * line) or CSV (flattened columns), into cost lines. Vertex AI SKUs become model, token bucket,
 * tier and tokens; labels become Tags (mapping keys); credits stay apart from the cost.
 */
public final class GcpBillingImporter extends StagedImporter {

  public static final String FORMAT_ID = "gcp-billing";

  public GcpBillingImporter() {
    super(LedgerTable.COST_LINES);
  }

  @Override
  public String formatId() {
    return FORMAT_ID;
  }

  @Override
  public String displayName() {
    return "GCP billing export (BigQuery rows)";
  }

  @Override
  public int sniff(FileSample sample) {
    if (isJson(sample)) {
      return hasJsonKey(sample, "usage_start_time")
              && hasJsonKey(sample, "sku")
              && hasJsonKey(sample, "cost")
          ? 90
          : 0;
    }
    Optional<CsvHeader> header = FileShape.csvHeader(sample);
    if (header.isEmpty()) {
      return 0;
    }
    CsvHeader h = header.get();
    boolean sku = h.has("sku.description") || h.has("sku_description");
    return sku && h.hasAll("usage_start_time", "cost", "currency") ? 90 : 0;
  }

  @Override
  protected String stageSql(ImportContext context) {
    if (isJson(context.sample())) {
      return SqlFile.load(getClass(), "stage_json");
    }
    CsvHeader header =
        FileShape.csvHeader(context.sample())
            .orElseThrow(
                () ->
                    new io.tokenledger.importers.ImportException(
                        context.sample().fileName() + ": not a CSV or JSON text file"));
    return fillColumns(SqlFile.load(getClass(), "stage_csv"), header)
        .replace("{rejects}", CsvRejects.READ_CSV_OPTIONS);
  }

  @Override
  protected void afterInsert(ImportContext context) throws SQLException {
    warnIfTokenUnitsUnknown(context, "Vertex AI line(s)");
    warnIfMixedCurrencies(context);
  }

  private static boolean isJson(FileSample sample) {
    String text = sample.looksBinary() || sample.isGzip() ? "" : sample.text().stripLeading();
    return text.startsWith("{") || text.startsWith("[");
  }
}
