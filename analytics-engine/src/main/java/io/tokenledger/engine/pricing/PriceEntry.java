package io.tokenledger.engine.pricing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * The prices of one model in one tier and context band from one source, as the Prices page lists
 * them.
 *
 * @param unitPrices price per token for each bucket the source prices
 */
public record PriceEntry(
    String source,
    String provider,
    String model,
    String serviceTier,
    long abovePromptTokens,
    String currency,
    LocalDate effectiveFrom,
    LocalDate effectiveTo,
    Map<TokenBucket, BigDecimal> unitPrices) {

  public PriceEntry {
    unitPrices = Map.copyOf(unitPrices);
  }

  public boolean isUserPrice() {
    return "user".equals(source);
  }
}
