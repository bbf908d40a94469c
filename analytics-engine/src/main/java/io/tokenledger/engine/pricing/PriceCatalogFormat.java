package io.tokenledger.engine.pricing;

/** The price catalog formats TokenLedger reads; the id is the price_book source of their rows. */
public enum PriceCatalogFormat {
  /** LiteLLM's {@code model_prices_and_context_window.json}: one object per model key. */
  LITELLM("litellm"),
  /** Langfuse's default model prices: an array of models with pricing tiers. */
  LANGFUSE("langfuse");

  private final String source;

  PriceCatalogFormat(String source) {
    this.source = source;
  }

  /** The {@code price_book.source} of the rows read from such a catalog. */
  public String source() {
    return source;
  }
}
