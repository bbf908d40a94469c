package io.tokenledger.engine.explain;

import io.tokenledger.engine.money.Apportion;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Why cost changed between two months: one {@link CostChange} per group (largest change first) and
 * their total. With grouping {@link ExplainGrouping#TOTAL} there is one group, the total.
 *
 * @param from the earlier month
 * @param to the later month
 * @param grouping total, per client or per feature
 * @param currency the currency of every amount
 * @param changes per group
 * @param total the sum of the groups, part by part
 * @param unpricedRequests requests of either month without a price, left out
 */
public record ExplainResult(
    YearMonth from,
    YearMonth to,
    ExplainGrouping grouping,
    String currency,
    List<CostChange> changes,
    CostChange total,
    long unpricedRequests) {

  public ExplainResult {
    changes = List.copyOf(changes);
  }

  /**
   * Rounded to cents so that everything adds up: the total's running costs are rounded, and each
   * column of the groups' running costs is apportioned to the total's rounded value (largest
   * remainder), so the group rows add up to the total row; within each row the effects are
   * differences of rounded running costs, so they add up to the row's change.
   */
  public ExplainResult toCents() {
    CostChange total = this.total.toCents();
    List<List<BigDecimal>> columns = new ArrayList<>();
    for (int i = 0; i < total.points().size(); i++) {
      int point = i;
      columns.add(
          Apportion.toWhole(
              changes.stream().map(c -> c.points().get(point)).toList(),
              total.points().get(point),
              2));
    }
    List<CostChange> rounded = new ArrayList<>();
    for (int g = 0; g < changes.size(); g++) {
      List<BigDecimal> points = new ArrayList<>();
      for (List<BigDecimal> column : columns) {
        points.add(column.get(g));
      }
      rounded.add(new CostChange(changes.get(g).group(), points));
    }
    return new ExplainResult(from, to, grouping, currency, rounded, total, unpricedRequests);
  }
}
