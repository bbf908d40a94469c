package io.tokenledger.engine.mapping;

import java.math.BigDecimal;

/**
 * The rows and cost still without a value for one dimension: the "unmapped" bucket that is always
 * shown.
 *
 * @param usageCurrency the currency of usageCost, or null when there is none or several
 * @param billedCurrency the currency of billedCost, or null when there is none or several
 */
public record UnmappedTotal(
    MappingTarget target,
    long usageEvents,
    BigDecimal usageCost,
    String usageCurrency,
    boolean usageMixedCurrencies,
    long costLines,
    BigDecimal billedCost,
    String billedCurrency,
    boolean billedMixedCurrencies) {}
