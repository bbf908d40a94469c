package io.tokenledger.engine.explain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The change in one group's cost between two periods and its parts. Held as the chain of running
 * costs: the cost before, the cost after each {@link Effect} was substituted, the last of which is
 * the cost after. Each effect is the difference of two neighbours, so the effects add up to {@code
 * after - before} by construction, also once the points are rounded ({@link #toCents()}).
 *
 * @param group the client, the feature, or {@code Total}
 * @param points before, then one running cost per effect in {@link Effect} order (the last = after)
 */
public record CostChange(String group, List<BigDecimal> points) {

  public CostChange {
    points = List.copyOf(points);
    if (points.size() != Effect.values().length + 1) {
      throw new IllegalArgumentException("A cost change has one point per effect plus the start");
    }
  }

  public BigDecimal before() {
    return points.get(0);
  }

  public BigDecimal after() {
    return points.get(points.size() - 1);
  }

  public BigDecimal change() {
    return after().subtract(before());
  }

  public BigDecimal effect(Effect effect) {
    return points.get(effect.ordinal() + 1).subtract(points.get(effect.ordinal()));
  }

  /** The effects in {@link Effect} order. */
  public List<BigDecimal> effects() {
    List<BigDecimal> effects = new ArrayList<>();
    for (Effect effect : Effect.values()) {
      effects.add(effect(effect));
    }
    return effects;
  }

  /** The same change with every running cost rounded to cents (the parts still add up). */
  public CostChange toCents() {
    return new CostChange(
        group, points.stream().map(p -> p.setScale(2, RoundingMode.HALF_UP)).toList());
  }

  /** The group-by-group sum of several changes, named {@code group}. */
  public static CostChange sum(String group, List<CostChange> changes) {
    List<BigDecimal> sums = new ArrayList<>();
    for (int i = 0; i <= Effect.values().length; i++) {
      BigDecimal sum = BigDecimal.ZERO;
      for (CostChange change : changes) {
        sum = sum.add(change.points().get(i));
      }
      sums.add(sum);
    }
    return new CostChange(group, sums);
  }
}
