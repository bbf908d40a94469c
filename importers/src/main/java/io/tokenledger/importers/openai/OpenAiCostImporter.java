package io.tokenledger.importers.openai;

import io.tokenledger.importers.ImportContext;
import io.tokenledger.importers.models.LedgerTable;
import io.tokenledger.importers.models.StagedImporter;
import java.sql.SQLException;

/**
 * OpenAI cost exports (the Costs API's pages and the dashboard's cost CSV) as cost lines. The
 * {@code line_item} text gives the model, token bucket, tier and long-context flag; quantities in
 * tokens or thousands of tokens become token counts. Both readers stage the same columns and share
 * insert.sql and validate.sql beside this class.
 */
abstract class OpenAiCostImporter extends StagedImporter {

  OpenAiCostImporter() {
    super(LedgerTable.COST_LINES, OpenAiCostImporter.class);
  }

  @Override
  protected void afterInsert(ImportContext context) throws SQLException {
    warnIfTotalsLeftOut(context);
    warnIfAny(
        context,
        "SELECT count(*) FILTER (WHERE NOT is_total AND nullif(trim(quantity_unit), '')"
            + " NOT IN ('tokens', '1000_tokens', '1k_tokens')"
            + " AND NOT starts_with(lower(quantity_unit), 'duration')"
            + " AND lower(quantity_unit) NOT IN ('gibibyte_hours', 'images', 'characters',"
            + " 'requests', 'calls', 'sessions')) FROM "
            + STAGE,
        "%d row(s) have a quantity unit TokenLedger does not know: their token count is left"
            + " empty, their cost is kept");
    warnIfMorePages(context);
    warnIfMixedCurrencies(context);
  }
}
