package io.tokenledger.importers;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * What happened to one file: the format it was read as, the rows taken and rejected, and a message
 * for the user.
 *
 * @param formatId the importer's id, or null when no importer read the file
 * @param importId the import log id when rows were imported, else 0
 * @param rowsImported rows now in the workspace from this file
 * @param rejects the rejected rows, at most {@link ImportContext#MAX_REPORTED_REJECTS} of them
 * @param rowsRejected how many rows were rejected in all
 */
public record ImportReport(
    Path file,
    ImportStatus status,
    String formatId,
    String formatName,
    String formatVersion,
    int importId,
    long rowsImported,
    long rowsRejected,
    List<RejectedRow> rejects,
    List<String> warnings,
    String message,
    Duration duration) {

  public ImportReport {
    rejects = List.copyOf(rejects);
    warnings = List.copyOf(warnings);
  }

  public boolean succeeded() {
    return status == ImportStatus.IMPORTED || status == ImportStatus.ALREADY_IMPORTED;
  }
}
