package io.tokenledger.sampledata.company;

/** The canonical, disjoint token buckets (DOMAIN.md 1.1) the demo traffic uses. */
public enum TokenBucket {
  IN_UNCACHED("in_uncached"),
  IN_CACHE_READ("in_cache_read"),
  IN_CACHE_WRITE_5M("in_cache_write_5m"),
  IN_CACHE_WRITE_1H("in_cache_write_1h"),
  OUT_TEXT("out_text"),
  OUT_REASONING("out_reasoning");

  private final String column;

  TokenBucket(String column) {
    this.column = column;
  }

  /** The generic usage CSV column of the bucket. */
  public String column() {
    return column;
  }

  public boolean isInput() {
    return ordinal() <= IN_CACHE_WRITE_1H.ordinal();
  }
}
