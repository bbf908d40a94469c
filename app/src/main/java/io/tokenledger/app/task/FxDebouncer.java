package io.tokenledger.app.task;

import java.time.Duration;
import javafx.animation.PauseTransition;
import javafx.application.Platform;

/**
 * A {@link Debouncer} on the JavaFX thread: each request restarts a pause, and the last action runs
 * when the pause ends, on the JavaFX thread.
 */
public final class FxDebouncer implements Debouncer {

  /** The pause mzmine and most pivot tools use: short enough to feel instant. */
  public static final Duration DEFAULT_QUIET = Duration.ofMillis(250);

  private final PauseTransition pause;
  private Runnable pending;

  public FxDebouncer(Duration quiet) {
    pause = new PauseTransition(javafx.util.Duration.millis(quiet.toMillis()));
    pause.setOnFinished(
        event -> {
          Runnable action = pending;
          pending = null;
          if (action != null) {
            action.run();
          }
        });
  }

  @Override
  public void request(Runnable action) {
    if (!Platform.isFxApplicationThread()) {
      Platform.runLater(() -> request(action));
      return;
    }
    pending = action;
    pause.playFromStart();
  }
}
