package io.tokenledger.engine.sources;

/**
 * A row an import skipped, as the workspace keeps it beside the import log.
 *
 * @param line the 1-based line in the file (the header is line 1), or 0 for the file as a whole
 * @param column the column's name, or null when the problem is not in one column
 * @param reason what was wrong
 */
public record LoggedReject(long line, String column, String reason) {}
