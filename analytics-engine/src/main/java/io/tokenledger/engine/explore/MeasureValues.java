package io.tokenledger.engine.explore;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The measures of one pivot cell. Sums are exact; unit costs are computed from the sums with 34
 * significant digits and are absent (null) when their denominator is zero.
 */
public record MeasureValues(Map<Measure, BigDecimal> values) {

  private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

  public MeasureValues {
    EnumMap<Measure, BigDecimal> copy = new EnumMap<>(Measure.class);
    copy.putAll(values);
    values = Collections.unmodifiableMap(copy);
  }

  /** The value of a measure, or null when it has none (no usage, no cost, no denominator). */
  public BigDecimal get(Measure measure) {
    return values.get(measure);
  }

  /** Adds the unit costs computed from this cell's sums. */
  static MeasureValues withUnitCosts(Map<Measure, BigDecimal> sums) {
    EnumMap<Measure, BigDecimal> all = new EnumMap<>(Measure.class);
    sums.forEach(
        (measure, value) -> {
          if (value != null) {
            all.put(measure, value);
          }
        });
    BigDecimal allocated = sums.get(Measure.ALLOCATED_COST);
    if (allocated != null) {
      ratio(allocated.multiply(MILLION), sums.get(Measure.TOKENS))
          .ifPresent(v -> all.put(Measure.COST_PER_1M_TOKENS, v));
      ratio(allocated, sums.get(Measure.REQUESTS))
          .ifPresent(v -> all.put(Measure.COST_PER_REQUEST, v));
      ratio(allocated, sums.get(Measure.TASKS)).ifPresent(v -> all.put(Measure.COST_PER_TASK, v));
    }
    return new MeasureValues(all);
  }

  private static java.util.Optional<BigDecimal> ratio(
      BigDecimal numerator, BigDecimal denominator) {
    if (denominator == null || denominator.signum() == 0) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(numerator.divide(denominator, MathContext.DECIMAL128));
  }
}
