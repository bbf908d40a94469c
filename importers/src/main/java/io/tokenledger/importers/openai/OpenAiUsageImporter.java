package io.tokenledger.importers.openai;

import io.tokenledger.importers.ImportContext;
import io.tokenledger.importers.models.LedgerTable;
import io.tokenledger.importers.models.StagedImporter;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * OpenAI usage exports (the Usage API's pages and the dashboard's completions CSV) as usage events:
 * one event per bucket and group, with disjoint token buckets and the request count. They carry no
 * cost; the money comes from the Costs API or the invoice. Both readers stage the same columns and
 * share insert.sql and validate.sql beside this class.
 */
abstract class OpenAiUsageImporter extends StagedImporter {

  @Override
  protected LedgerTable target() {
    return LedgerTable.USAGE_EVENTS;
  }

  @Override
  protected Class<?> sqlOwner() {
    return OpenAiUsageImporter.class;
  }

  @Override
  protected void afterInsert(ImportContext context) throws SQLException {
    try (Statement statement = context.connection().createStatement();
        ResultSet counts =
            statement.executeQuery(
                "SELECT count(*) FILTER (WHERE is_total AND NOT is_empty),"
                    + " count(*) FILTER (WHERE NOT is_total AND NOT is_empty"
                    + "   AND TRY_CAST(input_cache_write_tokens AS DECIMAL(38,6)) > 0),"
                    + " bool_or(has_more)"
                    + " FROM "
                    + STAGE)) {
      counts.next();
      if (counts.getLong(1) > 0) {
        context.warn(
            counts.getLong(1)
                + " ungrouped total row(s) left out: they repeat the grouped rows' sum");
      }
      if (counts.getLong(2) > 0) {
        context.warn(
            counts.getLong(2)
                + " row(s) report cache writes without a TTL: counted as 5-minute writes");
      }
      if (counts.getBoolean(3)) {
        context.warn(
            "the export says it has more pages (has_more): import the next pages too,"
                + " or the period is incomplete");
      }
    }
  }
}
