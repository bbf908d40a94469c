package io.tokenledger.sampledata.company;

/**
 * One step of a task's trace tree.
 *
 * @param spanId 16 hex digits
 * @param parentId the parent span, null for the root
 * @param kind what the step is
 * @param name the span name
 * @param startMicros start, epoch microseconds UTC
 * @param endMicros end, epoch microseconds UTC
 * @param invocation the model call of a {@link SpanKind#GENERATION} span, else null
 * @param gpuMillis GPU busy time of a tool that runs on the self-hosted GPUs (transcription)
 */
public record Span(
    String spanId,
    String parentId,
    SpanKind kind,
    String name,
    long startMicros,
    long endMicros,
    Invocation invocation,
    long gpuMillis) {}
