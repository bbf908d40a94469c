package io.tokenledger.engine.state;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A price the user set in the price book (a negotiated price or a discount, {@code source =
 * 'user'}), as it travels in an analysis export. The unit price is exact and written as text.
 *
 * @param provider normalised vendor
 * @param model canonical model id
 * @param tokenBucket the token bucket priced
 * @param serviceTier standard, batch, flex or priority
 * @param abovePromptTokens long-context tier threshold per request; 0 for the base tier
 * @param unitPrice price per token in {@code currency}
 * @param currency ISO currency code
 * @param effectiveFrom first day the price applies
 * @param effectiveTo first day it no longer applies, or null
 * @param matchPattern a model-name pattern the price also applies to, or null
 */
public record PriceOverride(
    String provider,
    String model,
    String tokenBucket,
    String serviceTier,
    long abovePromptTokens,
    BigDecimal unitPrice,
    String currency,
    LocalDate effectiveFrom,
    LocalDate effectiveTo,
    String matchPattern) {

  public PriceOverride {
    serviceTier = Objects.requireNonNullElse(serviceTier, "standard");
    currency = Objects.requireNonNullElse(currency, "USD");
  }
}
