package io.tokenledger.engine.pricing;

import java.math.BigDecimal;

/**
 * A model name whose events have no recomputed cost: shown as unpriced, never as $0.
 *
 * @param modelRaw the name as the source wrote it
 * @param reason why it is unpriced (no price for the model, or for one of its buckets or tiers)
 * @param sourceCost what the source itself reported for these events, if anything
 */
public record UnpricedModel(
    String modelRaw,
    String provider,
    String reason,
    long events,
    long tokens,
    BigDecimal sourceCost) {}
