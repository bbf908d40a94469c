package io.tokenledger.engine.mapping;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a rule matches before it is saved or moved: every row it matches, and the rows it would
 * decide (no earlier rule for the same dimension matches them), in usage events (at their
 * recomputed cost) and cost lines (at their billed cost), and the values it would set.
 *
 * @param mixedCurrencies true when the matched costs are in more than one currency; the totals then
 *     add unlike amounts and must not be shown as one figure
 */
public record RulePreview(
    long matchedEvents,
    BigDecimal matchedEventCost,
    long decidedEvents,
    BigDecimal decidedEventCost,
    long matchedCostLines,
    BigDecimal matchedBilledCost,
    long decidedCostLines,
    BigDecimal decidedBilledCost,
    boolean mixedCurrencies,
    List<ValueCount> values) {

  public RulePreview {
    values = List.copyOf(values);
  }

  /** A value the rule would set and on how many rows. */
  public record ValueCount(String value, long rows) {}
}
