package io.tokenledger.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.tokenledger.app.AppServices;
import io.tokenledger.engine.task.Cancellation;
import io.tokenledger.engine.task.ProgressListener;
import io.tokenledger.engine.workspace.Workspace;
import io.tokenledger.importers.ImportOptions;
import io.tokenledger.importers.ImportReport;
import io.tokenledger.importers.ImportStatus;
import io.tokenledger.sampledata.GeneratedFile;

/** Imports generated demo files the way the app does, checking that each went in whole. */
final class DemoImports {

  private static final AppServices SERVICES = AppServices.createDefault();

  private DemoImports() {}

  /** Imports the file, asserting it was read by the importer its format names, with 0 rejects. */
  static ImportReport importWhole(Workspace workspace, GeneratedFile file) {
    return importWhole(workspace, file, file.format());
  }

  /**
   * Imports the file, asserting it was read by the importer {@code formatId} (one importer reads
   * several generated formats: the revenue sheet as CSV and as XLSX), with 0 rejects.
   */
  static ImportReport importWhole(Workspace workspace, GeneratedFile file, String formatId) {
    ImportReport report =
        SERVICES
            .importService()
            .importFile(
                workspace,
                file.path(),
                ImportOptions.defaults(),
                ProgressListener.NONE,
                Cancellation.none());
    assertThat(report.status())
        .as(file.path() + ": " + report.message() + " " + report.rejects())
        .isEqualTo(ImportStatus.IMPORTED);
    assertThat(report.formatId()).as(file.path().toString()).isEqualTo(formatId);
    assertThat(report.rowsRejected()).as(file.path().toString()).isZero();
    return report;
  }
}
