package io.tokenledger.sampledata.company;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

/** Running totals of billed calls: tokens per bucket, successful requests and exact cost. */
public final class TokenTotals {

  private final long[] tokens = new long[TokenBucket.values().length];
  private long requests;
  private BigDecimal cost = BigDecimal.ZERO;

  /**
   * The billed (successful) calls of one provider among the day's tasks, summed per key: what a
   * provider's daily usage and cost exports group.
   */
  public static <K> SortedMap<K, TokenTotals> byKey(
      List<Task> tasks, Provider provider, Function<Invocation, K> key, Comparator<K> order) {
    SortedMap<K, TokenTotals> totals = new TreeMap<>(order);
    for (Task task : tasks) {
      for (Span span : task.spans()) {
        Invocation call = span.invocation();
        if (call != null && call.model().provider() == provider && !call.failed()) {
          totals.computeIfAbsent(key.apply(call), k -> new TokenTotals()).add(call);
        }
      }
    }
    return totals;
  }

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
