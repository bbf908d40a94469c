package io.tokenledger.importers.anthropic;

import io.tokenledger.importers.ImportContext;
import io.tokenledger.importers.models.LedgerTable;
import io.tokenledger.importers.models.StagedImporter;
import java.sql.SQLException;

/**
 * Anthropic cost exports (the Admin API cost report in cents, the Console cost CSV in dollars) as
 * cost lines, one per model and token type. Both readers stage the same columns, with the amount's
 * factor, and share insert.sql and validate.sql beside this class.
 */
abstract class AnthropicCostImporter extends StagedImporter {

  AnthropicCostImporter() {
    super(LedgerTable.COST_LINES, AnthropicCostImporter.class);
  }

  @Override
  protected void afterInsert(ImportContext context) throws SQLException {
    warnIfMorePages(context);
    warnIfMixedCurrencies(context);
  }
}
