package io.tokenledger.engine.sources;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One line of the import log: a file that was imported into the workspace.
 *
 * @param importId the id that every imported row carries as lineage
 * @param contentSha256 the hash of the file's bytes; the same content is recognised on re-import
 * @param format the importer's format id, such as {@code generic-usage-csv}
 * @param formatVersion the detected version of the format, where it has one (FOCUS 1.2)
 * @param targetTable the canonical table the rows went to
 */
public record ImportRecord(
    int importId,
    String fileName,
    String filePath,
    long fileSize,
    String contentSha256,
    String format,
    String formatVersion,
    OffsetDateTime importedAt,
    long rowsImported,
    long rowsRejected,
    String targetTable,
    List<String> warnings) {

  public ImportRecord {
    warnings = List.copyOf(warnings);
  }
}
