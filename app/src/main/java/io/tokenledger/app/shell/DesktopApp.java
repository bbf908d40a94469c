package io.tokenledger.app.shell;

import io.tokenledger.app.AppServices;
import io.tokenledger.app.dialog.ConsoleDialogService;
import io.tokenledger.app.dialog.DialogService;
import io.tokenledger.app.dialog.JavaFxDialogService;
import io.tokenledger.app.task.JavaFxTaskExecutor;
import io.tokenledger.app.task.TaskExecutor;
import io.tokenledger.app.theme.AppTheme;
import java.time.Duration;
import java.util.List;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * The JavaFX application: builds the main window from the shared services, offers to recover work a
 * crash left behind, opens the workspace (the demo one without {@code --workspace}), autosaves
 * every few minutes and, on exit, stops running tasks and closes the workspace.
 */
public final class DesktopApp extends Application {

  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);

  /** How often unsaved changes are written to a recovery copy; imports autosave at once. */
  private static final Duration AUTOSAVE_EVERY =
      Duration.ofMinutes(Long.getLong("tokenledger.autosave.minutes", 5));

  private static volatile int exitCode;

  private TaskExecutor executor;
  private ShellViewModels viewModels;

  /** Starts the desktop app and exits the JVM with its exit code when the window closes. */
  public static void launchDesktop(String[] args) {
    try {
      DesktopOptions.parse(List.of(args));
    } catch (IllegalArgumentException e) {
      System.err.println("error: " + e.getMessage());
      System.exit(2);
    }
    Application.launch(DesktopApp.class, args);
    // Exit explicitly: DuckDB's and AWT's threads must not keep a closed app alive.
    System.exit(exitCode);
  }

  @Override
  public void start(Stage stage) {
    DesktopOptions options = DesktopOptions.parse(getParameters().getRaw());
    executor = new JavaFxTaskExecutor();
    DialogService dialogs =
        options.unattended()
            ? new ConsoleDialogService(System.err)
            : new JavaFxDialogService(() -> stage, options.debug());
    viewModels = ShellViewModels.create(AppServices.createDefault(), executor, dialogs);
    AppTheme theme = new AppTheme(options.dark());
    MainWindow window = new MainWindow(viewModels, theme);
    options.page().ifPresent(viewModels.main()::selectPage);
    window.showOn(stage);

    viewModels.main().openAtStartup(options.workspace());
    Timeline autosave =
        new Timeline(
            new KeyFrame(
                javafx.util.Duration.millis(AUTOSAVE_EVERY.toMillis()),
                event -> viewModels.main().files().autosave()));
    autosave.setCycleCount(Animation.INDEFINITE);
    autosave.play();
    Runtime.getRuntime().addShutdownHook(new Thread(this::closeOnSignal, "close-workspace"));
    if (options.unattended()) {
      new UnattendedRun(
              options, viewModels, stage, window.scene(), System.out, System.err, DesktopApp::exit)
          .start();
    }
  }

  @Override
  public void stop() {
    // The window is gone: stop the work, then close the workspace here, on the way out, because
    // its checkpoint must finish before the JVM does.
    if (executor != null && !executor.shutdown(STOP_TIMEOUT)) {
      System.err.println("warning: background work did not stop in time");
    }
    if (viewModels != null) {
      viewModels.main().closeOnExit();
    }
  }

  /**
   * Ended by a signal (logout, kill) instead of through the window: still stop the work, and keep
   * unsaved changes as a recovery copy that the next start offers. After a normal exit the
   * workspace is closed already and this does nothing.
   */
  private void closeOnSignal() {
    executor.cancelAll();
    viewModels.main().files().closeOnSignal();
  }

  private static void exit(int code) {
    exitCode = code;
    Platform.exit();
  }
}
