package io.tokenledger.engine.pricing;

import java.util.Arrays;
import java.util.Optional;

/**
 * The disjoint token buckets of a usage event (DOMAIN.md 1.1), each priced on its own. The column
 * name is also the {@code price_book.token_bucket} value.
 */
public enum TokenBucket {
  IN_UNCACHED("in_uncached", "Input"),
  IN_CACHE_READ("in_cache_read", "Cached input"),
  IN_CACHE_WRITE_5M("in_cache_write_5m", "Cache write (5 min)"),
  IN_CACHE_WRITE_1H("in_cache_write_1h", "Cache write (1 h)"),
  OUT_TEXT("out_text", "Output"),
  OUT_REASONING("out_reasoning", "Reasoning output");

  private final String column;
  private final String label;

  TokenBucket(String column, String label) {
    this.column = column;
    this.label = label;
  }

  /** The usage_events column and price_book value, such as {@code in_cache_read}. */
  public String column() {
    return column;
  }

  /** The name a user reads. */
  public String label() {
    return label;
  }

  public static Optional<TokenBucket> byColumn(String column) {
    return Arrays.stream(values()).filter(b -> b.column.equals(column)).findFirst();
  }
}
