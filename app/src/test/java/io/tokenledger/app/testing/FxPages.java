package io.tokenledger.app.testing;

import io.tokenledger.app.task.JavaFxTaskExecutor;
import io.tokenledger.app.theme.AppTheme;
import io.tokenledger.engine.workspace.Workspace;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The stage set-up every headless page test repeats: show the page in the test's stage, wait for
 * what it fills off the FX thread, and stop its background work and close its workspace after the
 * test.
 */
public final class FxPages {

  private FxPages() {}

  /**
   * Shows {@code root} in {@code stage} as the app shows a page: in a scene of the given size with
   * the app's light theme. Returns the scene, for tests that take snapshots of it.
   */
  public static Scene show(Stage stage, Parent root, double width, double height) {
    Scene scene = new Scene(root, width, height);
    new AppTheme(false).install(scene);
    stage.setScene(scene);
    stage.show();
    return scene;
  }

  /**
   * Waits up to {@code seconds} for {@code condition} (pages fill off the FX thread), then for the
   * FX events that filling queued.
   */
  public static void waitUntil(long seconds, BooleanSupplier condition) throws TimeoutException {
    WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition::getAsBoolean);
    WaitForAsyncUtils.waitForFxEvents();
  }

  /** Stops a page's task executor and closes its workspace: the end of a page test. */
  public static void close(JavaFxTaskExecutor executor, Workspace workspace) {
    executor.shutdown(Duration.ofSeconds(5));
    workspace.close();
  }

  /**
   * Stops the background thread a page's view-model ran on, waiting for a running task, and closes
   * the workspace it used.
   */
  public static void close(ExecutorService background, Workspace workspace)
      throws InterruptedException {
    background.shutdown();
    background.awaitTermination(10, TimeUnit.SECONDS);
    workspace.close();
  }
}
