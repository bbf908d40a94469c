package io.tokenledger.engine.clients;

import java.math.BigDecimal;

/**
 * One client's unit economics over a period, in the reporting currency. Spend is the client's
 * allocated LLM (and split shared) cost; revenue is what its sheet rows convert to. Shares are of
 * the report's totals; a figure without a base (a share of no revenue) is null.
 *
 * @param client the client as the usage side names it (or the revenue sheet, when unmatched)
 * @param revenue revenue in the period, zero when none
 * @param revenueShare share of total revenue
 * @param spend allocated cost in the period, zero when none
 * @param spendShare share of total allocated spend
 * @param asymmetry spend share divided by revenue share (above 1: burns more than it brings)
 * @param margin revenue minus spend: gross margin after AI cost
 * @param marginPct margin over revenue
 * @param tokens tokens of its usage
 * @param tasks distinct traces (tasks) of its usage
 * @param costPerTask spend per task
 * @param costPerMillionTokens spend per 1M tokens
 * @param hasRevenue true when the revenue sheet has the client (matched or not)
 * @param hasUsage true when the usage side has the client
 */
public record ClientEconomics(
    String client,
    BigDecimal revenue,
    BigDecimal revenueShare,
    BigDecimal spend,
    BigDecimal spendShare,
    BigDecimal asymmetry,
    BigDecimal margin,
    BigDecimal marginPct,
    long tokens,
    long tasks,
    BigDecimal costPerTask,
    BigDecimal costPerMillionTokens,
    boolean hasRevenue,
    boolean hasUsage) {}
