package io.tokenledger.importers.openai;

import io.tokenledger.importers.ImportContext;
import io.tokenledger.importers.models.LedgerTable;
import io.tokenledger.importers.models.StagedImporter;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * OpenAI cost exports (the Costs API's pages and the dashboard's cost CSV) as cost lines. The
 * {@code line_item} text gives the model, token bucket, tier and long-context flag; quantities in
 * tokens or thousands of tokens become token counts. Both readers stage the same columns and share
 * insert.sql and validate.sql beside this class.
 */
abstract class OpenAiCostImporter extends StagedImporter {

  @Override
  protected LedgerTable target() {
    return LedgerTable.COST_LINES;
  }

  @Override
  protected Class<?> sqlOwner() {
    return OpenAiCostImporter.class;
  }

  @Override
  protected void afterInsert(ImportContext context) throws SQLException {
    try (Statement statement = context.connection().createStatement();
        ResultSet counts =
            statement.executeQuery(
                "SELECT count(*) FILTER (WHERE is_total AND NOT is_empty),"
                    + " count(*) FILTER (WHERE NOT is_total AND nullif(trim(quantity_unit), '')"
                    + "   NOT IN ('tokens', '1000_tokens', '1k_tokens')"
                    + "   AND NOT starts_with(lower(quantity_unit), 'duration')"
                    + "   AND lower(quantity_unit) NOT IN ('gibibyte_hours', 'images', 'characters',"
                    + "     'requests', 'calls', 'sessions')),"
                    + " bool_or(has_more), count(DISTINCT upper(trim(currency)))"
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
                + " row(s) have a quantity unit TokenLedger does not know: their token count is"
                + " left empty, their cost is kept");
      }
      if (counts.getBoolean(3)) {
        context.warn(
            "the export says it has more pages (has_more): import the next pages too,"
                + " or the period is incomplete");
      }
      if (counts.getLong(4) > 1) {
        context.warn(
            "the file mixes "
                + counts.getLong(4)
                + " currencies: each line keeps its own, converted by the FX table of its period");
      }
    }
  }
}
