package io.tokenledger.app.task;

import java.time.Duration;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.collections.ObservableList;

/**
 * Runs {@link BackgroundTask}s off the UI thread and keeps the list of running ones for the status
 * bar. View-models take this interface, so their tests run with {@link SynchronousTaskExecutor} and
 * need no JavaFX toolkit.
 */
public interface TaskExecutor {

  /** Starts {@code task} and returns it. Call from the UI thread. */
  <T> BackgroundTask<T> execute(BackgroundTask<T> task);

  /** The visible tasks not yet done, oldest first; changes on the UI thread. */
  ObservableList<BackgroundTask<?>> runningTasks();

  /** How many tasks are not yet done, quiet ones included; changes on the UI thread. */
  ReadOnlyIntegerProperty activeCountProperty();

  /** Asks every task not yet done to stop. */
  void cancelAll();

  /**
   * Cancels what is still running, waits up to {@code timeout} for the work to stop and releases
   * the threads. Returns false when some work was still running after the timeout.
   */
  boolean shutdown(Duration timeout);
}
