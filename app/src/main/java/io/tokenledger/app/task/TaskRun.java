package io.tokenledger.app.task;

import io.tokenledger.engine.task.ProgressListener;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs one {@link BackgroundTask} on the current (worker) thread and hands every state change to
 * the UI thread. Progress reports are coalesced: while one update waits for the UI thread, later
 * ones replace it, so a fast loop cannot flood the JavaFX event queue.
 */
final class TaskRun<T> implements ProgressListener {

  private record Update(double fraction, String message) {}

  private final BackgroundTask<T> task;
  private final Executor uiThread;
  private final Runnable onDone;
  private final AtomicReference<Update> pending = new AtomicReference<>();

  TaskRun(BackgroundTask<T> task, Executor uiThread, Runnable onDone) {
    this.task = task;
    this.uiThread = uiThread;
    this.onDone = onDone;
  }

  void run() {
    uiThread.execute(task::markRunning);
    T result;
    try {
      result = task.runWork(this);
    } catch (Throwable failure) { // the user must see even an error, not a task running forever
      uiThread.execute(() -> finish(() -> task.fail(failure)));
      return;
    }
    uiThread.execute(() -> finish(() -> task.succeed(result)));
  }

  private void finish(Runnable ending) {
    try {
      ending.run();
    } finally {
      onDone.run();
    }
  }

  @Override
  public void progress(long done, long total, String message) {
    double fraction =
        total > 0 ? Math.min(1, Math.max(0, (double) done / total)) : BackgroundTask.INDETERMINATE;
    if (pending.getAndSet(new Update(fraction, message)) == null) {
      uiThread.execute(this::applyPending);
    }
  }

  private void applyPending() {
    Update update = pending.getAndSet(null);
    if (update != null && !task.getState().isDone()) {
      task.applyProgress(update.fraction(), update.message());
    }
  }
}
