package io.tokenledger.engine.scenarios;

import java.math.BigDecimal;

/**
 * What one lever saved: the scenario's cost before it minus the cost after it (negative when it
 * adds cost, as growth does). The savings of a scenario's levers add up to its total saving.
 *
 * @param lever the lever
 * @param costBefore the scenario cost before the lever
 * @param costAfter the scenario cost after it
 * @param requests requests the lever touched (at their volume when it applied)
 */
public record LeverSaving(
    Lever lever, BigDecimal costBefore, BigDecimal costAfter, BigDecimal requests) {

  public BigDecimal saving() {
    return costBefore.subtract(costAfter);
  }
}
