package io.tokenledger.importers.openai;

import io.tokenledger.importers.ImportContext;
import io.tokenledger.importers.models.LedgerTable;
import io.tokenledger.importers.models.StagedImporter;
import java.sql.SQLException;

/**
 * OpenAI usage exports (the Usage API's pages and the dashboard's completions CSV) as usage events:
 * one event per bucket and group, with disjoint token buckets and the request count. They carry no
 * cost; the money comes from the Costs API or the invoice. Both readers stage the same columns and
 * share insert.sql and validate.sql beside this class.
 */
abstract class OpenAiUsageImporter extends StagedImporter {

  OpenAiUsageImporter() {
    super(LedgerTable.USAGE_EVENTS, OpenAiUsageImporter.class);
  }

  @Override
  protected void afterInsert(ImportContext context) throws SQLException {
    warnIfTotalsLeftOut(context);
    warnIfAny(
        context,
        "SELECT count(*) FILTER (WHERE NOT is_total AND NOT is_empty"
            + " AND TRY_CAST(input_cache_write_tokens AS DECIMAL(38,6)) > 0) FROM "
            + STAGE,
        "%d row(s) report cache writes without a TTL: counted as 5-minute writes");
    warnIfMorePages(context);
  }
}
