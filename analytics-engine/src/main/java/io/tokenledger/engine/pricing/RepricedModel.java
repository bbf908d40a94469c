package io.tokenledger.engine.pricing;

import java.math.BigDecimal;

/**
 * One model's cost as recorded and as it would be with the prices of another day.
 *
 * @param recordedCost the cost last applied to its events (usage_events.cost)
 * @param repricedCost the cost with the prices valid on the chosen day
 */
public record RepricedModel(
    String model,
    long events,
    BigDecimal recordedCost,
    BigDecimal repricedCost,
    long unpricedEvents) {

  /** Repriced minus recorded, treating a missing side as zero. */
  public BigDecimal difference() {
    BigDecimal before = recordedCost == null ? BigDecimal.ZERO : recordedCost;
    BigDecimal after = repricedCost == null ? BigDecimal.ZERO : repricedCost;
    return after.subtract(before);
  }
}
