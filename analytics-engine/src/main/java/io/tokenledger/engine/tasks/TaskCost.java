package io.tokenledger.engine.tasks;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * One task (a trace, or a lone call) and what it cost: every model invocation below its root span,
 * however deep.
 *
 * @param taskId the trace id, or {@code call:<id>} for a call without a trace
 * @param name the root span's name, if the trace's spans were imported
 * @param cost the recomputed cost of its priced invocations
 * @param unpricedInvocations invocations without a price (their cost is unknown, not zero)
 * @param currency the currency of {@code cost}, null when mixed or none
 */
public record TaskCost(
    String taskId,
    String name,
    OffsetDateTime startTime,
    long invocations,
    long tokens,
    BigDecimal cost,
    long unpricedInvocations,
    BigDecimal sourceCost,
    String currency,
    String client,
    String feature,
    String team,
    String env) {}
