package io.tokenledger.engine.scenarios;

import io.tokenledger.engine.costmodel.CostModelException;
import io.tokenledger.engine.pricing.TokenBucket;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The unit price (per token, after the negotiated discount) of a model's bucket at a tier on a day,
 * as the price book has it, for the usage a lever moves to another model or tier.
 */
public interface PriceLookup {

  /**
   * @return the price per token; reasoning falls back to the output price like the pricing does
   * @throws CostModelException when the price book has no such price
   */
  BigDecimal unitPrice(String model, TokenBucket bucket, String serviceTier, LocalDate day);

  /** The provider whose price book entry prices {@code model}, or null when none does. */
  String provider(String model);
}
