package io.tokenledger.engine.showback;

import io.tokenledger.engine.money.Apportion;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Presentation rounding for the pack, done once: a whole is rounded half-up to the cent and its
 * parts are apportioned to it with the remainder carried (largest remainder), so every table adds
 * up to its total and every sheet's total is the summary's figure for it. Shares are apportioned to
 * 100.0% the same way. Unit costs are exact ratios rounded on their own.
 */
final class Presented {

  static final int CENTS = 2;
  private static final int SHARE_SCALE = 3;
  private static final int UNIT_SCALE = 6;
  private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

  private Presented() {}

  static BigDecimal cents(BigDecimal exact) {
    return exact.setScale(CENTS, RoundingMode.HALF_UP);
  }

  /** The parts rounded to the cent so that they add up to {@code whole} (already in cents). */
  static List<BigDecimal> parts(List<BigDecimal> exact, BigDecimal whole) {
    if (exact.isEmpty()) {
      return List.of();
    }
    return Apportion.toWhole(exact, whole, CENTS);
  }

  /** Each part's share of the total, apportioned so the shares add up to exactly 1. */
  static List<BigDecimal> shares(List<BigDecimal> parts) {
    BigDecimal total = parts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    List<BigDecimal> exact = new ArrayList<>(parts.size());
    if (total.signum() == 0) {
      parts.forEach(p -> exact.add(null));
      return exact;
    }
    for (BigDecimal part : parts) {
      exact.add(part.divide(total, MathContext.DECIMAL128));
    }
    return Apportion.toWhole(exact, BigDecimal.ONE, SHARE_SCALE);
  }

  /** One share on its own (not part of a table that must add up). */
  static BigDecimal share(BigDecimal part, BigDecimal total) {
    return total.signum() == 0
        ? null
        : part.divide(total, MathContext.DECIMAL64).setScale(SHARE_SCALE + 2, RoundingMode.HALF_UP);
  }

  /** Relative change, or null when there was nothing before. */
  static BigDecimal change(BigDecimal now, BigDecimal before) {
    return before == null || before.signum() == 0
        ? null
        : now.subtract(before).divide(before.abs(), MathContext.DECIMAL64);
  }

  static BigDecimal per(BigDecimal cost, long units) {
    return units == 0
        ? null
        : cost.divide(BigDecimal.valueOf(units), MathContext.DECIMAL64)
            .setScale(UNIT_SCALE, RoundingMode.HALF_UP);
  }

  static BigDecimal perMillion(BigDecimal cost, long tokens) {
    return tokens == 0
        ? null
        : cost.multiply(MILLION)
            .divide(BigDecimal.valueOf(tokens), MathContext.DECIMAL64)
            .setScale(UNIT_SCALE, RoundingMode.HALF_UP);
  }

  static BigDecimal sum(List<BigDecimal> values) {
    return values.stream().filter(v -> v != null).reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
