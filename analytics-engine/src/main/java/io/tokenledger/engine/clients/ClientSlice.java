package io.tokenledger.engine.clients;

import java.math.BigDecimal;

/**
 * One client's spend on one feature or one model, for the drill into a client.
 *
 * @param value the feature or model ({@code (none)} when the rows have none)
 * @param spend allocated cost, reporting currency
 * @param share share of the client's spend
 * @param tokens tokens
 * @param tasks distinct traces
 */
public record ClientSlice(
    String value, BigDecimal spend, BigDecimal share, long tokens, long tasks) {}
