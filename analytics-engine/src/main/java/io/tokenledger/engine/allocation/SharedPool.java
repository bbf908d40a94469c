package io.tokenledger.engine.allocation;

import java.math.BigDecimal;

/**
 * A shared cost pool as the user sees it when choosing its split.
 *
 * @param poolKey {@code provider/service}
 * @param months how many months it has cost lines in
 * @param billed its billed total over all months
 * @param method the split method in force
 */
public record SharedPool(
    String poolKey, String currency, long months, BigDecimal billed, String method) {}
