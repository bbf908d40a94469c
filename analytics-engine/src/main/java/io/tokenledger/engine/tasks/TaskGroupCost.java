package io.tokenledger.engine.tasks;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Tasks of one client, feature, team or environment: how many, their invocations, tokens and cost.
 *
 * @param value the dimension's value, null for tasks without one (unmapped)
 * @param tasksWithUnpriced tasks that include at least one unpriced invocation
 */
public record TaskGroupCost(
    String value,
    long tasks,
    long invocations,
    long tokens,
    BigDecimal cost,
    long unpricedInvocations,
    long tasksWithUnpriced) {

  /** The cost of an average task, at full precision (round at presentation). */
  public BigDecimal costPerTask() {
    return tasks == 0
        ? BigDecimal.ZERO
        : cost.divide(BigDecimal.valueOf(tasks), 10, RoundingMode.HALF_EVEN);
  }

  /** Invocations of an average task. */
  public double invocationsPerTask() {
    return tasks == 0 ? 0 : invocations / (double) tasks;
  }
}
