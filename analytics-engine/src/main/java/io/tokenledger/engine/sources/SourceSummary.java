package io.tokenledger.engine.sources;

/** How much a workspace holds, for the status bar and the command line. */
public record SourceSummary(
    long sources, long costLines, long usageEvents, long unresolvedModelEvents) {}
