package io.tokenledger.engine.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Rounds parts for presentation so that they still add up to their rounded whole (the largest
 * remainder method): the whole is rounded half-up, each part rounded down, and the units left over
 * go one each to the parts that lost most. Rounding happens once, here, never in stored amounts.
 */
public final class Apportion {

  private Apportion() {}

  /**
   * @param parts exact amounts (nulls stay null and take no share)
   * @param whole the rounded whole the parts must add up to, at {@code scale}
   * @param scale decimals to keep (2 for cents)
   */
  public static List<BigDecimal> toWhole(List<BigDecimal> parts, BigDecimal whole, int scale) {
    BigDecimal unit = BigDecimal.ONE.movePointLeft(scale);
    List<BigDecimal> rounded = new ArrayList<>(parts.size());
    BigDecimal sum = BigDecimal.ZERO;
    for (BigDecimal part : parts) {
      BigDecimal down = part == null ? null : part.setScale(scale, RoundingMode.FLOOR);
      rounded.add(down);
      if (down != null) {
        sum = sum.add(down);
      }
    }
    long leftover =
        whole.setScale(scale, RoundingMode.HALF_UP).subtract(sum).divide(unit).longValueExact();
    List<Integer> byLoss =
        IntStream.range(0, parts.size())
            .filter(i -> parts.get(i) != null)
            .boxed()
            .sorted(
                Comparator.comparing((Integer i) -> parts.get(i).subtract(rounded.get(i)))
                    .reversed()
                    .thenComparing(i -> i))
            .toList();
    for (int k = 0; k < leftover && !byLoss.isEmpty(); k++) {
      int i = byLoss.get(k % byLoss.size());
      rounded.set(i, rounded.get(i).add(unit));
    }
    return rounded;
  }

  /** Rounds parts to {@code scale} so they add up to their own sum rounded half-up. */
  public static List<BigDecimal> rounded(List<BigDecimal> parts, int scale) {
    BigDecimal sum = parts.stream().filter(p -> p != null).reduce(BigDecimal.ZERO, BigDecimal::add);
    return toWhole(parts, sum.setScale(scale, RoundingMode.HALF_UP), scale);
  }
}
