package io.tokenledger.importers;

import io.tokenledger.engine.mapping.MappingQueries;
import io.tokenledger.engine.mapping.MappingRule;
import io.tokenledger.engine.pricing.PricingQueries;
import java.sql.SQLException;
import java.util.List;

/**
 * The step every import ends with, before it commits: the usage events it brought in are priced
 * from the workspace's price book (cost beside the source's own cost, unpriced when no price
 * applies), and the mapping rules set client, feature, team and env on its usage events and cost
 * lines. Only the import's own rows are touched, so the step costs what the file costs, and it runs
 * in the import's transaction, so rows never appear unpriced or unmapped and a failure here leaves
 * the workspace as it was. The command line, the Sources page and the demo all import through
 * {@link DefaultImportService}, so none of them needs a separate "prices apply" or "rules apply"
 * before the allocation reads the rows.
 */
final class AfterImport {

  private AfterImport() {}

  /** Prices and maps the rows of the context's import, written to {@code targetTable}. */
  static void run(ImportContext context, String targetTable) throws SQLException {
    boolean usage = "usage_events".equals(targetTable);
    if (!usage && !"cost_lines".equals(targetTable)) {
      return;
    }
    context.progress().progress(-1, -1, "Pricing and mapping " + context.sample().fileName());
    if (usage) {
      PricingQueries pricing = new PricingQueries(context.connection());
      pricing.priceEvents(null, context.importId());
      pricing.applyPrices();
    }
    MappingQueries mapping = new MappingQueries(context.connection());
    List<MappingRule> rules = mapping.rules();
    // Without a rule every dimension keeps its imported value: nothing to write. Rules added later
    // capture the imported values before they first change a row (MappingQueries.apply).
    if (rules.stream().anyMatch(MappingRule::enabled)) {
      mapping.apply(rules, context.importId());
    }
    context.cancellation().throwIfCancelled();
  }
}
