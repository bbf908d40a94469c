package io.tokenledger.engine.pricing;

import java.math.BigDecimal;

/**
 * How much of the usage the price book covers, and what it costs.
 *
 * @param cost the recomputed cost of the priced events
 * @param sourceCost what the sources reported for all events
 */
public record PricingSummary(
    long events,
    long pricedEvents,
    long unpricedEvents,
    long tokens,
    long unpricedTokens,
    BigDecimal cost,
    BigDecimal sourceCost) {

  /** The share of tokens that are priced, between 0 and 1 (1 when there are none). */
  public double pricedTokenShare() {
    return tokens == 0 ? 1.0 : (tokens - unpricedTokens) / (double) tokens;
  }
}
