package io.tokenledger.engine.showback;

import java.math.BigDecimal;

/**
 * One group's line of the summary, as the pack shows it: money rounded to the cent with the
 * remainder carried, so the groups add up to the pack's total.
 *
 * @param share of the pack's billed total (0.421 = 42.1%), rounded so the shares add up to 1; null
 *     when the total is zero
 * @param previous billed in the month before, rounded the same way against that month's total
 * @param change relative change from the previous month (exact ratio), or null without a previous
 *     amount
 */
public record GroupSpend(
    String group,
    BigDecimal billed,
    BigDecimal share,
    BigDecimal previous,
    BigDecimal change,
    long tokens,
    long requests,
    long tasks,
    BigDecimal costPer1mTokens,
    BigDecimal costPerTask) {}
