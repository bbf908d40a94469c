package io.tokenledger.sampledata.company;

import java.math.BigDecimal;

/** Running totals of billed calls: tokens per bucket, successful requests and exact cost. */
public final class TokenTotals {

  private final long[] tokens = new long[TokenBucket.values().length];
  private long requests;
  private BigDecimal cost = BigDecimal.ZERO;

  /** Adds a call; failed calls are not billed and not counted. */
  public void add(Invocation invocation) {
    if (invocation.failed()) {
      return;
    }
    TokenUsage usage = invocation.usage();
    for (TokenBucket bucket : TokenBucket.values()) {
      tokens[bucket.ordinal()] += usage.get(bucket);
    }
    requests++;
    cost = cost.add(invocation.cost());
  }

  public long get(TokenBucket bucket) {
    return tokens[bucket.ordinal()];
  }

  public long input() {
    return get(TokenBucket.IN_UNCACHED)
        + get(TokenBucket.IN_CACHE_READ)
        + get(TokenBucket.IN_CACHE_WRITE_5M)
        + get(TokenBucket.IN_CACHE_WRITE_1H);
  }

  public long output() {
    return get(TokenBucket.OUT_TEXT) + get(TokenBucket.OUT_REASONING);
  }

  public long requests() {
    return requests;
  }

  public BigDecimal cost() {
    return cost;
  }
}
