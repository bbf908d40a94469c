package io.tokenledger.engine.pricing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A price the user set (a negotiated rate): it wins over every catalog price of the same model,
 * bucket, tier and context band while it is valid.
 *
 * @param model the price book key it overrides, or a new model name
 * @param unitPrice price per token in {@code currency}
 * @param effectiveTo the first day it no longer applies, or null
 */
public record UserPrice(
    String provider,
    String model,
    TokenBucket bucket,
    String serviceTier,
    long abovePromptTokens,
    BigDecimal unitPrice,
    String currency,
    LocalDate effectiveFrom,
    LocalDate effectiveTo) {

  public UserPrice {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(bucket, "bucket");
    Objects.requireNonNull(unitPrice, "unitPrice");
    Objects.requireNonNull(effectiveFrom, "effectiveFrom");
    if (unitPrice.signum() < 0) {
      throw new IllegalArgumentException("a price cannot be negative: " + unitPrice);
    }
    provider = provider == null || provider.isBlank() ? "any" : ModelNames.normalise(provider);
    model = ModelNames.normalise(model);
    serviceTier = serviceTier == null || serviceTier.isBlank() ? "standard" : serviceTier;
    currency = currency == null || currency.isBlank() ? "USD" : currency.strip().toUpperCase();
  }

  /** A standard-tier base price valid from {@code from} on, in USD per token. */
  public static UserPrice of(
      String model, TokenBucket bucket, BigDecimal perToken, LocalDate from) {
    return new UserPrice(null, model, bucket, "standard", 0, perToken, "USD", from, null);
  }
}
