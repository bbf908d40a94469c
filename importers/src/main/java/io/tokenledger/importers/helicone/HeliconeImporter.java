package io.tokenledger.importers.helicone;

import io.tokenledger.engine.sql.SqlFile;
import io.tokenledger.importers.CsvHeader;
import io.tokenledger.importers.FileSample;
import io.tokenledger.importers.ImportContext;
import io.tokenledger.importers.ImportOutcome;
import io.tokenledger.importers.Importer;
import io.tokenledger.importers.traces.TraceDocuments;
import io.tokenledger.importers.traces.TraceStage;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/**
 * Imports Helicone request logs: the UI's CSV export, the request API's JSON ({@code {data:
 * [...]}}) and rows of Helicone's ClickHouse request table. One usage event per request; the cost
 * Helicone reported is kept as the source cost, converted from ClickHouse's USD x 1e9 integers
 * where the rows come from there (DOMAIN.md 2.1). Custom properties become attributes for mapping
 * rules.
 */
public final class HeliconeImporter implements Importer {

  public static final String FORMAT_ID = "helicone";

  @Override
  public String formatId() {
    return FORMAT_ID;
  }

  @Override
  public String displayName() {
    return "Helicone requests";
  }

  @Override
  public int sniff(FileSample sample) {
    if (sample.looksBinary()) {
      return 0;
    }
    String name = sample.lowerName();
    if (name.endsWith(".csv")) {
      Optional<CsvHeader> header = sample.csvHeader();
      boolean helicone =
          header.isPresent()
              && header.get().hasAll("request_created_at", "prompt_tokens", "completion_tokens")
              && (header.get().has("response_id")
                  || header.get().has("request_id")
                  || header.get().has("request_properties"));
      return helicone ? 80 : 0;
    }
    if (name.endsWith(".json") || name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
      String text = sample.text();
      boolean helicone =
          text.contains("\"request_created_at\"")
              && (text.contains("\"costUSD\"")
                  || text.contains("\"request_model\"")
                  || text.contains("\"response_model\"")
                  || text.contains("\"prompt_cache_read_tokens\"")
                  || text.contains("\"request_properties\""));
      return helicone ? 80 : 0;
    }
    return 0;
  }

  @Override
  public ImportOutcome importInto(ImportContext context) throws SQLException {
    Connection connection = context.connection();
    try {
      TraceStage.create(connection);
      TraceDocuments.read(context, "helicone_docs");
      if (context.rejectCount() > 0 && !context.options().skipBadRows()) {
        return new ImportOutcome(0, "usage_events", null);
      }
      context.cancellation().throwIfCancelled();
      TraceStage.executeScript(connection, SqlFile.load(getClass(), "to_stage"));
      warnAboutCostUnits(context);
      return TraceStage.finish(context, false, TraceDocuments.isCsv(context) ? "csv" : "json");
    } finally {
      TraceStage.dropTemp(connection, "helicone_docs");
      TraceStage.drop(connection);
    }
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
