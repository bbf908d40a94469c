package io.tokenledger.engine.clients;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * How concentrated an amount is over a population of clients: the Lorenz curve (the share of the
 * amount held by the poorest share of clients, from (0, 0) to (1, 1)) and the Gini coefficient (0 =
 * everyone holds the same, (n-1)/n = one client holds everything). Computed exactly in BigDecimal;
 * a negative amount (a credit) counts as zero, since a share of a concentration cannot be negative.
 *
 * @param points the curve, (0, 0) first, then one point per client in ascending order
 * @param gini the Gini coefficient, or null when the amounts add up to zero
 */
public record Concentration(List<LorenzPoint> points, BigDecimal gini) {

  private static final MathContext MATH = MathContext.DECIMAL128;

  /** One point of a Lorenz curve: the poorest {@code population} hold {@code share}. */
  public record LorenzPoint(BigDecimal population, BigDecimal share) {}

  public Concentration {
    points = List.copyOf(points);
  }

  /** The concentration of {@code amounts}, one per client (order does not matter). */
  public static Concentration of(List<BigDecimal> amounts) {
    List<BigDecimal> sorted =
        amounts.stream()
            .map(a -> a == null || a.signum() < 0 ? BigDecimal.ZERO : a)
            .sorted(Comparator.naturalOrder())
            .toList();
    int n = sorted.size();
    BigDecimal total = sorted.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    List<LorenzPoint> points = new ArrayList<>(n + 1);
    points.add(new LorenzPoint(BigDecimal.ZERO, BigDecimal.ZERO));
    if (n == 0 || total.signum() == 0) {
      return new Concentration(points, null);
    }
    BigDecimal running = BigDecimal.ZERO;
    BigDecimal weighted = BigDecimal.ZERO;
    BigDecimal count = BigDecimal.valueOf(n);
    for (int i = 0; i < n; i++) {
      running = running.add(sorted.get(i));
      weighted = weighted.add(sorted.get(i).multiply(BigDecimal.valueOf(i + 1L)));
      points.add(
          new LorenzPoint(
              BigDecimal.valueOf(i + 1L).divide(count, MATH), running.divide(total, MATH)));
    }
    // G = 2 * sum(i * x_i) / (n * sum(x)) - (n + 1) / n, with x ascending and i from 1
    BigDecimal gini =
        BigDecimal.valueOf(2)
            .multiply(weighted)
            .divide(count.multiply(total), MATH)
            .subtract(BigDecimal.valueOf(n + 1L).divide(count, MATH));
    return new Concentration(points, gini.stripTrailingZeros());
  }
}
