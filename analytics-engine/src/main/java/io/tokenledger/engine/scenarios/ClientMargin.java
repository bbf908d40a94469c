package io.tokenledger.engine.scenarios;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A client's revenue in the baseline month (in the reporting currency) against its AI cost in the
 * baseline and in the scenario.
 *
 * @param client the client as usage names it
 * @param revenue revenue of the month
 * @param baselineCost AI cost in the baseline
 * @param scenarioCost AI cost in the scenario
 */
public record ClientMargin(
    String client, BigDecimal revenue, BigDecimal baselineCost, BigDecimal scenarioCost) {

  public BigDecimal baselineMargin() {
    return revenue.subtract(baselineCost);
  }

  public BigDecimal scenarioMargin() {
    return revenue.subtract(scenarioCost);
  }

  /** Margin as a share of revenue (0.25 = 25%), or null without revenue. */
  public BigDecimal baselineMarginShare() {
    return share(baselineMargin());
  }

  public BigDecimal scenarioMarginShare() {
    return share(scenarioMargin());
  }

  private BigDecimal share(BigDecimal margin) {
    return revenue.signum() == 0 ? null : margin.divide(revenue, 6, RoundingMode.HALF_EVEN);
  }
}
