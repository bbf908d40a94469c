package io.tokenledger.engine.pricing;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A negotiated discount: percent off every unit price of a provider's models (or of one model),
 * while it is valid. The most specific discount applies: model over provider over everything.
 *
 * @param id the discount's id, 0 for one not yet stored
 * @param provider the normalised provider, or null for every provider
 * @param model the price book key, or null for every model of the provider
 */
public record Discount(
    int id,
    String provider,
    String model,
    BigDecimal percentOff,
    LocalDate effectiveFrom,
    LocalDate effectiveTo,
    String note) {

  public Discount {
    if (percentOff == null
        || percentOff.signum() < 0
        || percentOff.compareTo(BigDecimal.valueOf(100)) > 0) {
      throw new IllegalArgumentException("a discount is between 0 and 100 percent: " + percentOff);
    }
    if (effectiveFrom == null) {
      throw new IllegalArgumentException("a discount needs the day it starts");
    }
    provider = provider == null || provider.isBlank() ? null : ModelNames.normalise(provider);
    model = model == null || model.isBlank() ? null : ModelNames.normalise(model);
  }
}
