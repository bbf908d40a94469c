package io.tokenledger.app.task;

import io.tokenledger.engine.task.Cancellation;
import io.tokenledger.engine.task.CancelledException;
import io.tokenledger.engine.task.ProgressListener;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * One piece of long work (an import, a query) that a view-model hands to a {@link TaskExecutor}:
 * the engine call, its title, and what to do with the result. The work reports through the engine's
 * {@link ProgressListener} and stops through its {@link Cancellation}, so engine code needs no
 * JavaFX; the executor turns both into properties a view can bind. Callbacks and property changes
 * happen on the UI thread (the caller's thread with the synchronous executor).
 *
 * @param <T> what the work returns
 */
public final class BackgroundTask<T> {

  /** The work itself: runs on a worker thread, never on the JavaFX thread. */
  @FunctionalInterface
  public interface Work<T> {
    T run(ProgressListener progress, Cancellation cancellation) throws Exception;
  }

  /** Progress value of a task whose amount of work is not known. */
  public static final double INDETERMINATE = -1;

  private final String title;
  private final Work<T> work;
  private final Cancellation cancellation = new Cancellation();

  // Properties
  private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
  private final ReadOnlyDoubleWrapper progress =
      new ReadOnlyDoubleWrapper(this, "progress", INDETERMINATE);
  private final ReadOnlyObjectWrapper<TaskState> state =
      new ReadOnlyObjectWrapper<>(this, "state", TaskState.SCHEDULED);
  private final ReadOnlyObjectWrapper<Throwable> error = new ReadOnlyObjectWrapper<>(this, "error");

  // Callbacks
  private Consumer<? super T> onSuccess = result -> {};
  private Consumer<Throwable> onFailure = BackgroundTask::reportUnhandled;
  private Runnable onCancelled = () -> {};
  private Runnable onFinished = () -> {};
  private boolean visible = true;

  private BackgroundTask(String title, Work<T> work) {
    this.title = Objects.requireNonNull(title);
    this.work = Objects.requireNonNull(work);
  }

  /** A task shown with {@code title} among the running tasks. */
  public static <T> BackgroundTask<T> of(String title, Work<T> work) {
    return new BackgroundTask<>(title, work);
  }

  /** Runs with the result when the work returned normally. */
  public BackgroundTask<T> onSuccess(Consumer<? super T> callback) {
    this.onSuccess = Objects.requireNonNull(callback);
    return this;
  }

  /** Runs with the exception when the work threw (other than by being cancelled). */
  public BackgroundTask<T> onFailure(Consumer<Throwable> callback) {
    this.onFailure = Objects.requireNonNull(callback);
    return this;
  }

  /** Runs when the work stopped because it was cancelled. */
  public BackgroundTask<T> onCancelled(Runnable callback) {
    this.onCancelled = Objects.requireNonNull(callback);
    return this;
  }

  /** Runs after any ending, after the specific callback. */
  public BackgroundTask<T> onFinished(Runnable callback) {
    this.onFinished = Objects.requireNonNull(callback);
    return this;
  }

  /**
   * Keeps a short, routine task (a refresh) out of the running-tasks list of the status bar, where
   * it would only flicker. It still counts as active work.
   */
  public BackgroundTask<T> quiet() {
    this.visible = false;
    return this;
  }

  public String title() {
    return title;
  }

  public boolean isVisible() {
    return visible;
  }

  public ReadOnlyStringProperty messageProperty() {
    return message.getReadOnlyProperty();
  }

  /** Between 0 and 1, or {@link #INDETERMINATE}. */
  public ReadOnlyDoubleProperty progressProperty() {
    return progress.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<TaskState> stateProperty() {
    return state.getReadOnlyProperty();
  }

  public TaskState getState() {
    return state.get();
  }

  /** The failure, once the task has {@link TaskState#FAILED}. */
  public ReadOnlyObjectProperty<Throwable> errorProperty() {
    return error.getReadOnlyProperty();
  }

  // Commands

  /**
   * Asks the work to stop. The engine checks the request between steps and cancels a running DuckDB
   * statement at once; the task then ends as cancelled (or with the result the work chose to return
   * for a cancel, such as an import report saying nothing changed).
   */
  public void cancel() {
    cancellation.cancel();
  }

  public boolean isCancelRequested() {
    return cancellation.isCancelled();
  }

  // Executor side: called by TaskRun only

  T runWork(ProgressListener listener) throws Exception {
    cancellation.throwIfCancelled();
    return work.run(listener, cancellation);
  }

  void markRunning() {
    state.set(TaskState.RUNNING);
  }

  void applyProgress(double fraction, String text) {
    progress.set(fraction);
    if (text != null) {
      message.set(text);
    }
  }

  void succeed(T result) {
    progress.set(1);
    state.set(TaskState.SUCCEEDED);
    try {
      onSuccess.accept(result);
    } finally {
      onFinished.run();
    }
  }

  void fail(Throwable failure) {
    if (failure instanceof CancelledException || cancellation.isCancelled()) {
      state.set(TaskState.CANCELLED);
      message.set("Cancelled");
      try {
        onCancelled.run();
      } finally {
        onFinished.run();
      }
      return;
    }
    error.set(failure);
    state.set(TaskState.FAILED);
    try {
      onFailure.accept(failure);
    } finally {
      onFinished.run();
    }
  }

  private static void reportUnhandled(Throwable failure) {
    // Every caller should say what a failure means to the user; this is the safety net.
    System.err.println("Background task failed: " + failure);
  }

  @Override
  public String toString() {
    return "BackgroundTask[" + title + ", " + state.get() + "]";
  }
}
