package io.tokenledger.engine.gpu;

import java.math.BigDecimal;

/**
 * One endpoint's utilisation at one UTC hour of the day, over every day with samples: the shape
 * that shows capacity sized for the peak and idle at night.
 *
 * @param hourOfDay 0..23, UTC
 * @param gpuHours GPU-hours with samples at this hour
 * @param meanUtilizationPct mean of the samples, percent
 * @param idleHourShare share of these GPU-hours below the threshold (0..1)
 */
public record GpuHourOfDay(
    String endpoint,
    int hourOfDay,
    long gpuHours,
    BigDecimal meanUtilizationPct,
    BigDecimal idleHourShare) {}
