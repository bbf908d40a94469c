package io.tokenledger.engine.explain;

/**
 * The parts a change in cost is split into, in the order {@link ChainedDecomposition} substitutes
 * them.
 */
public enum Effect {
  /** More or fewer requests, everything else as before. */
  VOLUME("volume", "Volume"),
  /** The shares of requests across features and models (and tiers). */
  MIX("mix", "Model & feature mix"),
  /** Input and output tokens per request. */
  TOKENS_PER_REQUEST("tokens_per_request", "Tokens per request"),
  /**
   * How input tokens split into uncached, cache reads and cache writes (and output into text and
   * reasoning, which is normally priced alike).
   */
  CACHE_RATE("cache_rate", "Cache rate"),
  /** Unit prices per token of each bucket (price book changes, discounts, long-context tiers). */
  PRICE("price", "Price");

  private final String id;
  private final String label;

  Effect(String id, String label) {
    this.id = id;
    this.label = label;
  }

  /** The column name of the command line's output. */
  public String id() {
    return id;
  }

  public String label() {
    return label;
  }
}
