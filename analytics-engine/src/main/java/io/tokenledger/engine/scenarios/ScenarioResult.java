package io.tokenledger.engine.scenarios;

import io.tokenledger.engine.money.Apportion;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * A scenario run on its baseline month: baseline and scenario cost, the saving of each lever in the
 * order they applied, cost per client and feature, and margin per client where revenue exists.
 * Amounts are exact until {@link #toCents()} rounds them for presentation so that the parts still
 * add up: the running cost after each lever is rounded, and each lever's saving is the difference
 * of two rounded running costs.
 *
 * @param scenario the scenario
 * @param currency the currency of every amount
 * @param baselineCost the baseline month's priced cost
 * @param scenarioCost the cost with every lever applied
 * @param savings one per lever, in the order they applied
 * @param byClient cost per client
 * @param byFeature cost per feature
 * @param margins per client with revenue in the baseline month
 * @param unpricedRequests baseline requests without a price, left out of every figure
 */
public record ScenarioResult(
    SavedScenario scenario,
    String currency,
    BigDecimal baselineCost,
    BigDecimal scenarioCost,
    List<LeverSaving> savings,
    List<GroupCost> byClient,
    List<GroupCost> byFeature,
    List<ClientMargin> margins,
    long unpricedRequests) {

  public ScenarioResult {
    savings = List.copyOf(savings);
    byClient = List.copyOf(byClient);
    byFeature = List.copyOf(byFeature);
    margins = List.copyOf(margins);
  }

  public BigDecimal saving() {
    return baselineCost.subtract(scenarioCost);
  }

  /** The saving as a share of the baseline (0.8 = 80%), or null for an empty baseline. */
  public BigDecimal savingShare() {
    return baselineCost.signum() == 0
        ? null
        : saving().divide(baselineCost, 6, RoundingMode.HALF_EVEN);
  }

  /** The same result rounded to cents, parts adding up to their wholes. */
  public ScenarioResult toCents() {
    BigDecimal baseline = cents(baselineCost);
    BigDecimal after = cents(scenarioCost);
    List<LeverSaving> rounded = new ArrayList<>();
    for (LeverSaving saving : savings) {
      rounded.add(
          new LeverSaving(
              saving.lever(),
              cents(saving.costBefore()),
              cents(saving.costAfter()),
              saving.requests()));
    }
    return new ScenarioResult(
        scenario,
        currency,
        baseline,
        after,
        rounded,
        groups(byClient, baseline, after),
        groups(byFeature, baseline, after),
        margins.stream()
            .map(
                m ->
                    new ClientMargin(
                        m.client(),
                        cents(m.revenue()),
                        cents(m.baselineCost()),
                        cents(m.scenarioCost())))
            .toList(),
        unpricedRequests);
  }

  /**
   * Rounds the baselines to the rounded baseline total and the savings to the rounded total saving
   * (a group the levers did not touch keeps a saving of zero); the scenario cost is their
   * difference, so it adds up too.
   */
  private static List<GroupCost> groups(
      List<GroupCost> groups, BigDecimal baseline, BigDecimal after) {
    List<BigDecimal> before =
        Apportion.toWhole(groups.stream().map(GroupCost::baseline).toList(), baseline, 2);
    List<BigDecimal> saved =
        Apportion.toWhole(
            groups.stream().map(GroupCost::saving).toList(), baseline.subtract(after), 2);
    List<GroupCost> rounded = new ArrayList<>();
    for (int i = 0; i < groups.size(); i++) {
      rounded.add(
          new GroupCost(
              groups.get(i).group(), before.get(i), before.get(i).subtract(saved.get(i))));
    }
    return rounded;
  }

  private static BigDecimal cents(BigDecimal amount) {
    return amount.setScale(2, RoundingMode.HALF_UP);
  }
}
