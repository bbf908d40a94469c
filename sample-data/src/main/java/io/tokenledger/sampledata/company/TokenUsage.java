package io.tokenledger.sampledata.company;

/** The tokens of one request in the canonical disjoint buckets. */
public record TokenUsage(
    long inUncached,
    long inCacheRead,
    long inCacheWrite5m,
    long inCacheWrite1h,
    long outText,
    long outReasoning) {

  public static final TokenUsage NONE = new TokenUsage(0, 0, 0, 0, 0, 0);

  public TokenUsage {
    if (inUncached < 0
        || inCacheRead < 0
        || inCacheWrite5m < 0
        || inCacheWrite1h < 0
        || outText < 0
        || outReasoning < 0) {
      throw new IllegalArgumentException("negative token count");
    }
  }

  public long get(TokenBucket bucket) {
    return switch (bucket) {
      case IN_UNCACHED -> inUncached;
      case IN_CACHE_READ -> inCacheRead;
      case IN_CACHE_WRITE_5M -> inCacheWrite5m;
      case IN_CACHE_WRITE_1H -> inCacheWrite1h;
      case OUT_TEXT -> outText;
      case OUT_REASONING -> outReasoning;
    };
  }

  /** Every input token: uncached, cache reads and cache writes (the providers' inclusive total). */
  public long inputTokens() {
    return inUncached + inCacheRead + inCacheWrite5m + inCacheWrite1h;
  }

  public long cacheWriteTokens() {
    return inCacheWrite5m + inCacheWrite1h;
  }

  /** Output including reasoning (the providers' inclusive total). */
  public long outputTokens() {
    return outText + outReasoning;
  }

  public long totalTokens() {
    return inputTokens() + outputTokens();
  }
}
