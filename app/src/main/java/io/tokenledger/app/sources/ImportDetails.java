package io.tokenledger.app.sources;

import io.tokenledger.engine.sources.ImportRecord;
import io.tokenledger.importers.ImportReport;
import io.tokenledger.importers.RejectedRow;
import io.tokenledger.importers.focus.FocusImportReport;
import java.util.List;

/**
 * What the Sources page's detail pane shows for the import selected, whether it ran in this session
 * (a report) or is read back from the workspace's import log: a sentence, the warnings, the
 * rejected rows and, for a FOCUS file, its FOCUS report.
 *
 * @param importId the import log id, or 0 for an import that changed nothing
 * @param message what happened, for the user
 * @param warnings the import's warnings as it wrote them
 * @param rejects the rejected rows with line and column
 * @param focus the FOCUS report, or null when the file was not read as FOCUS
 */
public record ImportDetails(
    int importId,
    String message,
    List<String> warnings,
    List<RejectedRow> rejects,
    FocusImportReport focus) {

  public ImportDetails {
    warnings = List.copyOf(warnings);
    rejects = List.copyOf(rejects);
  }

  static ImportDetails of(ImportReport report) {
    String more =
        report.rowsRejected() > report.rejects().size()
            ? " Showing the first " + report.rejects().size() + " of " + report.rowsRejected() + "."
            : "";
    return new ImportDetails(
        report.importId(),
        ImportStatusText.of(report.status()) + ": " + report.message() + more,
        report.warnings(),
        report.rejects(),
        FocusImportReport.isFocusFormat(report.formatId())
            ? FocusImportReport.of(report.formatVersion(), report.warnings(), report.rejects())
            : null);
  }

  static ImportDetails of(ImportRecord record, List<RejectedRow> rejects) {
    String more =
        record.rowsRejected() > rejects.size()
            ? " Showing the first " + rejects.size() + " of " + record.rowsRejected() + "."
            : "";
    String message =
        "Import "
            + record.importId()
            + ": "
            + record.fileName()
            + ", "
            + record.rowsImported()
            + " rows as "
            + record.format()
            + (record.formatVersion() == null ? "" : " " + record.formatVersion())
            + (record.rowsRejected() > 0 ? ", " + record.rowsRejected() + " rows skipped" : "")
            + "."
            + more;
    return new ImportDetails(
        record.importId(),
        message,
        record.warnings(),
        rejects,
        FocusImportReport.isFocusFormat(record.format())
            ? FocusImportReport.of(record.formatVersion(), record.warnings(), rejects)
            : null);
  }
}
