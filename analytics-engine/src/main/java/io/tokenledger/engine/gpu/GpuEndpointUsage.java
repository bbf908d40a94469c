package io.tokenledger.engine.gpu;

import java.math.BigDecimal;

/**
 * How busy one endpoint's GPUs were and what their idle time cost, over every GPU-hour with
 * samples.
 *
 * @param endpoint the inventory's endpoint, or {@code (no inventory) <host>} for unknown GPUs
 * @param gpus distinct GPUs
 * @param gpuHours GPU-hours with at least one sample
 * @param meanUtilizationPct mean of all samples, percent
 * @param thresholdPct the idle threshold the figures below use, percent
 * @param hoursBelowThreshold GPU-hours whose mean utilisation is below the threshold
 * @param idleHourShare hoursBelowThreshold / gpuHours (0..1)
 * @param currency the inventory's currency, null without prices
 * @param paidCost what the GPU-hours cost (hourly cost x hours), null without prices
 * @param idleCost the unused part: per GPU-hour, hourly cost x (1 - utilisation)
 * @param costBelowThreshold what the GPU-hours below the threshold cost: spend recoverable by
 *     scaling those hours down
 */
public record GpuEndpointUsage(
    String endpoint,
    long gpus,
    long gpuHours,
    BigDecimal meanUtilizationPct,
    BigDecimal thresholdPct,
    long hoursBelowThreshold,
    BigDecimal idleHourShare,
    String currency,
    BigDecimal paidCost,
    BigDecimal idleCost,
    BigDecimal costBelowThreshold) {}
