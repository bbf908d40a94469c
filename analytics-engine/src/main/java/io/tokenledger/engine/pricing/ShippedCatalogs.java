package io.tokenledger.engine.pricing;

import java.io.InputStream;

/**
 * The price catalogs that ship with TokenLedger, as resources beside this class (see NOTICE.md
 * there for their origin and licences): LiteLLM's and Langfuse's, byte-for-byte copies of the files
 * in realdata/prices.
 */
public final class ShippedCatalogs {

  private ShippedCatalogs() {}

  public static String fileName(PriceCatalogFormat format) {
    return format == PriceCatalogFormat.LITELLM
        ? "litellm-model_prices_and_context_window.json"
        : "langfuse-default-model-prices.json";
  }

  public static InputStream open(PriceCatalogFormat format) {
    InputStream in = ShippedCatalogs.class.getResourceAsStream(fileName(format));
    if (in == null) {
      throw new IllegalStateException("Shipped price catalog missing: " + fileName(format));
    }
    return in;
  }
}
