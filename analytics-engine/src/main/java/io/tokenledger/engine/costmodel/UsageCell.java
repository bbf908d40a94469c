package io.tokenledger.engine.costmodel;

import io.tokenledger.engine.pricing.TokenBucket;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The priced usage of one day, provider, model, tier, client and feature: requests, the tokens of
 * each bucket and what each bucket cost at the price book's prices. The unit both Explain and the
 * scenarios work on; the buckets are indexed by {@link TokenBucket#ordinal()}.
 *
 * @param day UTC day of the events
 * @param provider the provider that served them
 * @param model the price book model they were priced as
 * @param serviceTier standard, batch, flex or priority
 * @param client the mapped client, {@link #UNMAPPED} when none
 * @param feature the mapped feature, {@link #UNMAPPED} when none
 * @param currency the currency of the prices
 * @param requests model calls
 * @param tokens tokens per bucket
 * @param costs cost per bucket, exact
 */
public record UsageCell(
    LocalDate day,
    String provider,
    String model,
    String serviceTier,
    String client,
    String feature,
    String currency,
    long requests,
    List<Long> tokens,
    List<BigDecimal> costs) {

  /** The client or feature of usage no mapping rule or import named. */
  public static final String UNMAPPED = "(unmapped)";

  public UsageCell {
    tokens = List.copyOf(tokens);
    costs = List.copyOf(costs);
    if (tokens.size() != TokenBucket.values().length
        || costs.size() != TokenBucket.values().length) {
      throw new IllegalArgumentException("A usage cell has one value per token bucket");
    }
  }

  public long tokens(TokenBucket bucket) {
    return tokens.get(bucket.ordinal());
  }

  public BigDecimal cost(TokenBucket bucket) {
    return costs.get(bucket.ordinal());
  }

  /** The cost of all buckets. */
  public BigDecimal cost() {
    return costs.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
