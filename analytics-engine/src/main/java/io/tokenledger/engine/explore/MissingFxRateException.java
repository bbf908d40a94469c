package io.tokenledger.engine.explore;

import java.util.List;

/**
 * Amounts in another currency than the reporting one have no FX rate for their month. Invariant 2:
 * currencies are never mixed silently, so the user sees which rates to add.
 */
public final class MissingFxRateException extends IllegalStateException {

  private final List<String> missing;

  public MissingFxRateException(String reportingCurrency, List<String> missing) {
    super(
        "No FX rate to "
            + reportingCurrency
            + " for "
            + String.join(", ", missing)
            + ": add the rates (FX table) or report in another currency");
    this.missing = List.copyOf(missing);
  }

  /** The missing rates as {@code EUR 2026-10}. */
  public List<String> missing() {
    return missing;
  }
}
