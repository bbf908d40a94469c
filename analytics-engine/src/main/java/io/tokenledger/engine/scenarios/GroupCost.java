package io.tokenledger.engine.scenarios;

import java.math.BigDecimal;

/**
 * A client's or feature's cost in the baseline and in the scenario.
 *
 * @param group the client or feature
 * @param baseline baseline cost
 * @param scenario scenario cost
 */
public record GroupCost(String group, BigDecimal baseline, BigDecimal scenario) {

  public BigDecimal saving() {
    return baseline.subtract(scenario);
  }
}
