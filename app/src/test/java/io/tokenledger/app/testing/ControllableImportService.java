package io.tokenledger.app.testing;

import io.tokenledger.engine.task.Cancellation;
import io.tokenledger.engine.task.ProgressListener;
import io.tokenledger.engine.workspace.Workspace;
import io.tokenledger.importers.ImportOptions;
import io.tokenledger.importers.ImportReport;
import io.tokenledger.importers.ImportService;
import io.tokenledger.importers.ImportStatus;
import io.tokenledger.importers.Importer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The real import service, or, once {@link #holdUntilCancelled()} is called, an import that reports
 * half-way progress and then waits for its cancel, as a long FOCUS file would.
 */
public final class ControllableImportService implements ImportService {

  private final ImportService real;
  private volatile boolean hold;

  public ControllableImportService(ImportService real) {
    this.real = real;
  }

  public void holdUntilCancelled() {
    hold = true;
  }

  @Override
  public Optional<Importer> detect(Path file) {
    return real.detect(file);
  }

  @Override
  public ImportReport importFile(
      Workspace workspace,
      Path file,
      ImportOptions options,
      ProgressListener progress,
      Cancellation cancellation) {
    if (!hold) {
      return real.importFile(workspace, file, options, progress, cancellation);
    }
    progress.progress(50, 100, "Reading rows");
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (!cancellation.isCancelled() && System.nanoTime() < deadline) {
      Thread.onSpinWait();
    }
    return new ImportReport(
        file,
        ImportStatus.CANCELLED,
        null,
        null,
        null,
        0,
        0,
        0,
        List.of(),
        List.of(),
        file.getFileName() + ": import cancelled; nothing changed",
        Duration.ZERO);
  }
}
