package io.tokenledger.sampledata.files;

import java.math.BigDecimal;

/** Money and quantity text as the sources write it: plain decimals, never exponents. */
public final class Money {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Money() {}

  /** {@code 12.5}, {@code 0.0000025}, {@code 0}: exact, no trailing zeros, no exponent. */
  public static String plain(BigDecimal value) {
    if (value.signum() == 0) {
      return "0";
    }
    return value.stripTrailingZeros().toPlainString();
  }

  /** Dollars as cents, exact (the Anthropic cost report's unit). */
  public static BigDecimal cents(BigDecimal dollars) {
    return dollars.multiply(HUNDRED);
  }
}
