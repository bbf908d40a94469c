package io.tokenledger.engine.explore;

import java.time.OffsetDateTime;

/** One usage event behind a pivot cell, with the file and line it was imported from. */
public record UsageDetail(
    int importId,
    long sourceLine,
    OffsetDateTime eventTime,
    String provider,
    String model,
    String serviceTier,
    String client,
    String feature,
    String traceId,
    long tokens,
    long requests) {}
