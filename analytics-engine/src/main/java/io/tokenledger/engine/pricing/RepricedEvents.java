package io.tokenledger.engine.pricing;

/**
 * What importing a catalog did to the usage events already in the workspace: the events of its
 * first day and later were priced again with the price book as it now stands, in the import's
 * transaction, so no event keeps a cost (or a missing one) from prices that no longer apply.
 *
 * @param since the first (UTC) day repriced: the catalog's effective day
 * @param events events of that day and later, all repriced
 * @param newlyPriced of those, events that were unpriced and now have a cost
 * @param costChanged of those, events that had a cost and now have another one
 * @param unpriced of those, events that still have no price (unknown model, missing bucket)
 */
public record RepricedEvents(
    java.time.LocalDate since, long events, long newlyPriced, long costChanged, long unpriced) {

  /** How many events the import repriced: priced for the first time or at a new cost. */
  public long repriced() {
    return newlyPriced + costChanged;
  }

  /** One line for the command line and the Prices page. */
  public String describe() {
    return String.format(
        java.util.Locale.ROOT,
        "repriced %d of the %d usage event(s) %s (%d newly priced, %d at a new cost, %d still"
            + " unpriced)",
        repriced(),
        events,
        since.equals(DefaultPricingService.SINCE_ALWAYS) ? "of every day" : "from " + since + " on",
        newlyPriced,
        costChanged,
        unpriced);
  }
}
