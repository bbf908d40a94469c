package io.tokenledger.app.task;

import java.util.function.Consumer;

/**
 * "Latest task wins" for reads that are asked for again and again (after every import, on every
 * filter change): a new request cancels the one before, and only the newest one's answer or error
 * is handed on, so a slow stale answer can never overwrite a fresh one. Used on the UI thread.
 */
public final class LatestTaskScheduler {

  private final TaskExecutor executor;
  private BackgroundTask<?> latest;

  public LatestTaskScheduler(TaskExecutor executor) {
    this.executor = executor;
  }

  /** Runs {@code work} as a quiet task, replacing any earlier one still running. */
  public <T> void schedule(
      String title,
      BackgroundTask.Work<T> work,
      Consumer<? super T> onResult,
      Consumer<Throwable> onFailure) {
    cancel();
    BackgroundTask<T> task = BackgroundTask.of(title, work).quiet();
    latest = task;
    task.onSuccess(
            result -> {
              if (latest == task) {
                onResult.accept(result);
              }
            })
        .onFailure(
            error -> {
              if (latest == task) {
                onFailure.accept(error);
              }
            });
    executor.execute(task);
  }

  /** Cancels the running request, if any; its answer will not be handed on. */
  public void cancel() {
    if (latest != null) {
      latest.cancel();
      latest = null;
    }
  }
}
