package io.tokenledger.importers;

import io.tokenledger.engine.task.Cancellation;
import io.tokenledger.engine.task.ProgressListener;
import io.tokenledger.engine.workspace.Workspace;
import java.nio.file.Path;
import java.util.Optional;

/** Imports files into a workspace, each all or nothing. */
public interface ImportService {

  /** The importer that would read {@code file}, or empty when none recognises it. */
  Optional<Importer> detect(Path file);

  /**
   * Imports one file. Never throws for bad input: every failure is a report whose message names the
   * file and, where there is one, the line and column.
   */
  ImportReport importFile(
      Workspace workspace,
      Path file,
      ImportOptions options,
      ProgressListener progress,
      Cancellation cancellation);
}
