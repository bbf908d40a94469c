package io.tokenledger.engine.clients;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Objects;

/** One FX rate: 1 {@code from} buys {@code rate} {@code to} in {@code month}. */
public record FxRate(YearMonth month, String from, String to, BigDecimal rate) {

  public FxRate {
    Objects.requireNonNull(month, "month");
    from = code(from);
    to = code(to);
    if (from.equals(to)) {
      throw new IllegalArgumentException("a rate converts between two currencies, not " + from);
    }
    if (rate == null || rate.signum() <= 0) {
      throw new IllegalArgumentException("a rate must be above zero");
    }
  }

  private static String code(String text) {
    String code = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
    if (!code.matches("[A-Z]{3}")) {
      throw new IllegalArgumentException("not a currency code: \"" + text + "\"");
    }
    return code;
  }
}
