package io.tokenledger.importers.helicone;

import io.tokenledger.importers.FileSample;
import io.tokenledger.importers.ImportContext;
import io.tokenledger.importers.traces.TraceDocumentImporter;
import io.tokenledger.importers.traces.TraceDocuments;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Imports Helicone request logs: the UI's CSV export, the request API's JSON ({@code {data:
 * [...]}}) and rows of Helicone's ClickHouse request table. One usage event per request; the cost
 * Helicone reported is kept as the source cost, converted from ClickHouse's USD x 1e9 integers
 * where the rows come from there (DOMAIN.md 2.1). Custom properties become attributes for mapping
 * rules.
 */
public final class HeliconeImporter extends TraceDocumentImporter {

  public static final String FORMAT_ID = "helicone";

  public HeliconeImporter() {
    super(FORMAT_ID, "Helicone requests", "helicone_docs", false);
  }

  @Override
  public int sniff(FileSample sample) {
    return TraceDocuments.sniff(
        sample,
        80,
        header ->
            header.hasAll("request_created_at", "prompt_tokens", "completion_tokens")
                && (header.has("response_id")
                    || header.has("request_id")
                    || header.has("request_properties")),
        text ->
            TraceDocuments.hasKeys(text, "request_created_at")
                && TraceDocuments.hasAnyKey(
                    text,
                    "costUSD",
                    "request_model",
                    "response_model",
                    "prompt_cache_read_tokens",
                    "request_properties"));
  }

  @Override
  protected void stage(ImportContext context) throws SQLException {
    runScripts(context, "to_stage");
    warnAboutCostUnits(context);
  }

  /** The cost unit of Helicone's exports is not documented everywhere: say which one was used. */
  private static void warnAboutCostUnits(ImportContext context) throws SQLException {
    try (Statement statement = context.connection().createStatement();
        ResultSet units =
            statement.executeQuery(
                "SELECT attributes->>'helicone.cost_unit', count(*) FROM trace_stage"
                    + " WHERE attributes->>'helicone.cost_unit' IS NOT NULL GROUP BY 1 ORDER BY 1")) {
      while (units.next()) {
        context.warn(
            units.getLong(2)
                + " request(s): Helicone cost read as "
                + ("usd_1e-9".equals(units.getString(1))
                    ? "USD x 1e9 (ClickHouse rows), divided by 1e9"
                    : "US dollars"));
      }
    }
  }
}
