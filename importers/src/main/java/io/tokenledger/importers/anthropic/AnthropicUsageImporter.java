package io.tokenledger.importers.anthropic;

import io.tokenledger.importers.ImportContext;
import io.tokenledger.importers.models.LedgerTable;
import io.tokenledger.importers.models.StagedImporter;
import java.sql.SQLException;

/**
 * Anthropic usage exports (the Admin API usage report and the Console usage CSV) as usage events:
 * one event per day (or hour) and group with the disjoint buckets Anthropic reports. Both readers
 * stage the same columns and share insert.sql and validate.sql beside this class.
 */
abstract class AnthropicUsageImporter extends StagedImporter {

  AnthropicUsageImporter() {
    super(LedgerTable.USAGE_EVENTS, AnthropicUsageImporter.class);
  }

  @Override
  protected void afterInsert(ImportContext context) throws SQLException {
    warnIfAny(
        context,
        "SELECT count(*) FILTER (WHERE TRY_CAST(write_unsplit AS DECIMAL(38,6)) > 0) FROM " + STAGE,
        "%d row(s) have one cache-write count without its TTL (an older export): counted as"
            + " 5-minute writes");
    warnIfMorePages(context);
  }
}
