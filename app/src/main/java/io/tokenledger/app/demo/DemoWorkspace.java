package io.tokenledger.app.demo;

import io.tokenledger.app.AppServices;
import io.tokenledger.engine.workspace.Workspace;
import io.tokenledger.engine.workspace.WorkspaceOptions;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The demo workspace a newcomer sees on first start: made once, in the user's TokenLedger folder,
 * by importing the demo company's generated files through the real importers.
 */
public final class DemoWorkspace {

  private final AppServices services;

  public DemoWorkspace(AppServices services) {
    this.services = services;
  }

  /** The user's TokenLedger folder: {@code $TOKENLEDGER_HOME} or {@code ~/.tokenledger}. */
  public static Path home() {
    String configured = System.getenv("TOKENLEDGER_HOME");
    return configured != null && !configured.isBlank()
        ? Path.of(configured)
        : Path.of(System.getProperty("user.home"), ".tokenledger");
  }

  /** Where the demo workspace lives. */
  public static Path defaultFile() {
    return home().resolve("demo.tlw");
  }

  /**
   * Opens the demo workspace at {@code file}, building it first if it does not exist. Slow the
   * first time (seconds): never call it on the JavaFX thread.
   */
  public Workspace openOrBuild(Path file) throws java.io.IOException {
    if (!Files.exists(file)) {
      Files.createDirectories(file.toAbsolutePath().getParent());
      new DemoBuilder(services)
          .build(
              file,
              io.tokenledger.sampledata.DemoOptions.DEFAULT_SEED,
              1.0,
              io.tokenledger.engine.task.ProgressListener.NONE,
              io.tokenledger.engine.task.Cancellation.none());
    }
    return services.workspaceStore().open(file, WorkspaceOptions.defaults());
  }
}
