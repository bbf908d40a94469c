package io.tokenledger.engine.explore;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One allocated amount with its lineage: the pool (and so the cost lines) it came from, the method,
 * and the usage event it was spread to (import id and line), if any.
 */
public record AllocationDetail(
    String poolId,
    String method,
    LocalDate day,
    String provider,
    String model,
    String tokenBucket,
    String client,
    String feature,
    String team,
    String env,
    String traceId,
    Long tokens,
    String currency,
    BigDecimal billed,
    BigDecimal effective,
    Integer usageImportId,
    Long usageSourceLine,
    String reason) {}
