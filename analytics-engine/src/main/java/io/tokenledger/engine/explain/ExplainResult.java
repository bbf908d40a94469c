package io.tokenledger.engine.explain;

import java.time.YearMonth;
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

  /** Rounded to cents: each group's running costs rounded, the total the sum of rounded groups. */
  public ExplainResult toCents() {
    List<CostChange> rounded = changes.stream().map(CostChange::toCents).toList();
    return new ExplainResult(
        from,
        to,
        grouping,
        currency,
        rounded,
        CostChange.sum(total.group(), rounded),
        unpricedRequests);
  }
}
