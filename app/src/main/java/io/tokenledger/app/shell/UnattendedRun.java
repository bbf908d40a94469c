package io.tokenledger.app.shell;

import io.tokenledger.app.dialog.ErrorMessages;
import io.tokenledger.app.task.BackgroundTask;
import io.tokenledger.app.workspace.WorkspaceQuery;
import io.tokenledger.engine.sources.ImportLogQueries;
import io.tokenledger.engine.sources.SourceSummary;
import io.tokenledger.engine.workspace.Workspace;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.IntConsumer;
import javafx.animation.PauseTransition;
import javafx.beans.value.ChangeListener;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * Drives the real window without a person, for CI and the docs: {@code --smoke} waits for the
 * workspace, runs one query on a background thread, prints {@code smoke ok: ...} and exits 0;
 * {@code --screenshot FILE} waits until the data is shown, writes a PNG of the window and exits 0.
 * Any failure prints one line and exits non-zero; a hard timeout stops a run that hangs.
 */
final class UnattendedRun {

  static final Duration TIMEOUT = Duration.ofSeconds(60);
  private static final Duration SETTLE = Duration.ofMillis(600);

  private final DesktopOptions options;
  private final ShellViewModels viewModels;
  private final Stage stage;
  private final Scene scene;
  private final PrintStream out;
  private final PrintStream err;
  private final IntConsumer exit;

  UnattendedRun(
      DesktopOptions options,
      ShellViewModels viewModels,
      Stage stage,
      Scene scene,
      PrintStream out,
      PrintStream err,
      IntConsumer exit) {
    this.options = options;
    this.viewModels = viewModels;
    this.stage = stage;
    this.scene = scene;
    this.out = out;
    this.err = err;
    this.exit = exit;
  }

  void start() {
    startWatchdog();
    MainWindowViewModel main = viewModels.main();
    if (main.openFailureProperty().get() != null) {
      fail("the workspace did not open");
      return;
    }
    if (viewModels.workspace().get().isPresent() && !main.openingProperty().get()) {
      workspaceReady(viewModels.workspace().get().get());
      return;
    }
    ChangeListener<Object> check =
        new ChangeListener<>() {
          @Override
          public void changed(javafx.beans.value.ObservableValue<?> obs, Object was, Object now) {
            if (main.openFailureProperty().get() != null) {
              main.openingProperty().removeListener(this);
              fail("the workspace did not open");
            } else if (!main.openingProperty().get() && viewModels.workspace().get().isPresent()) {
              main.openingProperty().removeListener(this);
              workspaceReady(viewModels.workspace().get().get());
            }
          }
        };
    main.openingProperty().addListener(check);
  }

  private void workspaceReady(Workspace workspace) {
    if (!stage.isShowing()) {
      fail("the main window is not showing");
      return;
    }
    if (options.smoke()) {
      viewModels
          .executor()
          .execute(
              BackgroundTask.of(
                      "Smoke query",
                      (progress, cancellation) ->
                          WorkspaceQuery.run(
                              workspace, connection -> new ImportLogQueries(connection).summary()))
                  .onSuccess(this::smokePassed)
                  .onFailure(error -> fail("query failed: " + ErrorMessages.userMessage(error))));
    } else {
      whenIdle(this::takeScreenshot);
    }
  }

  private void smokePassed(SourceSummary summary) {
    out.println(
        "smoke ok: "
            + summary.sources()
            + " sources, "
            + summary.usageEvents()
            + " usage events, "
            + summary.costLines()
            + " cost lines");
    if (options.screenshot().isPresent()) {
      whenIdle(this::takeScreenshot);
    } else {
      exit.accept(0);
    }
  }

  /** Runs {@code then} once no task is active and the scene has had time to lay out and paint. */
  private void whenIdle(Runnable then) {
    PauseTransition settle = new PauseTransition(javafx.util.Duration.millis(SETTLE.toMillis()));
    settle.setOnFinished(
        event -> {
          if (viewModels.executor().activeCountProperty().get() > 0) {
            whenIdle(then);
          } else {
            then.run();
          }
        });
    settle.play();
  }

  private void takeScreenshot() {
    Path file = options.screenshot().orElseThrow();
    SceneSnapshot snapshot = SceneSnapshot.of(scene);
    viewModels
        .executor()
        .execute(
            BackgroundTask.of(
                    "Writing screenshot",
                    (progress, cancellation) -> {
                      snapshot.writePng(file);
                      return file;
                    })
                .quiet()
                .onSuccess(
                    written -> {
                      out.println(
                          "screenshot written: "
                              + written
                              + " ("
                              + snapshot.width()
                              + "x"
                              + snapshot.height()
                              + ")");
                      exit.accept(0);
                    })
                .onFailure(error -> fail("cannot write " + file + ": " + error.getMessage())));
  }

  private void fail(String message) {
    err.println((options.smoke() ? "smoke failed: " : "screenshot failed: ") + message);
    exit.accept(1);
  }

  private void startWatchdog() {
    Thread watchdog =
        new Thread(
            () -> {
              try {
                Thread.sleep(TIMEOUT.toMillis());
              } catch (InterruptedException e) {
                return;
              }
              err.println("error: no result after " + TIMEOUT.toSeconds() + " s; giving up");
              // halt, not exit: a hung FX thread or query could block a normal shutdown too.
              Runtime.getRuntime().halt(3);
            },
            "unattended-watchdog");
    watchdog.setDaemon(true);
    watchdog.start();
  }
}
