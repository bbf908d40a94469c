package io.tokenledger.engine.tasks;

import java.math.BigDecimal;

/**
 * One span of a trace with everything below it (itself included): the drill-down of a task's cost
 * through its fan-out.
 *
 * @param depth 0 for a root span
 */
public record SpanRollup(
    String spanId,
    String parentId,
    String name,
    String kind,
    int depth,
    long invocations,
    long tokens,
    BigDecimal cost,
    long unpricedInvocations) {}
