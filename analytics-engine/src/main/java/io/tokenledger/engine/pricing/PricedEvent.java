package io.tokenledger.engine.pricing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;

/**
 * One usage event with its cost recomputed from the price book, per bucket at full precision.
 *
 * @param pricedModel the price book key the name matched, or null
 * @param longContextThreshold the prompt-size threshold whose prices applied, 0 for base prices
 * @param percentOff the discount applied, or null
 * @param bucketCosts the cost of each bucket with tokens
 * @param cost the event's cost, or null when unpriced (see {@code note})
 */
public record PricedEvent(
    long importId,
    long sourceLine,
    String eventId,
    String traceId,
    OffsetDateTime eventTime,
    String provider,
    String modelRaw,
    String pricedModel,
    String serviceTier,
    LocalDate priceDate,
    long promptTokens,
    long longContextThreshold,
    BigDecimal percentOff,
    Map<TokenBucket, BigDecimal> bucketCosts,
    BigDecimal cost,
    String currency,
    BigDecimal sourceCost,
    String note) {

  public PricedEvent {
    bucketCosts = Map.copyOf(bucketCosts);
  }

  public boolean priced() {
    return cost != null;
  }
}
