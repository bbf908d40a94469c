package io.tokenledger.importers;

/**
 * What an importer reports after writing rows inside the import's transaction.
 *
 * @param rowsImported rows written to {@code targetTable}
 * @param targetTable the canonical table the rows went to
 * @param formatVersion the version of the format read, or null
 */
public record ImportOutcome(long rowsImported, String targetTable, String formatVersion) {}
