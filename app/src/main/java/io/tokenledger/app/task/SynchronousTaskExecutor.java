package io.tokenledger.app.task;

import java.time.Duration;

/**
 * Runs each task to its end on the calling thread before {@link #execute} returns. View-model tests
 * use it: no toolkit, no waiting, the outcome is there on the next line.
 */
public final class SynchronousTaskExecutor extends AbstractTaskExecutor {

  @Override
  public <T> BackgroundTask<T> execute(BackgroundTask<T> task) {
    track(task, Runnable::run).run();
    return task;
  }

  @Override
  public boolean shutdown(Duration timeout) {
    cancelAll();
    return true;
  }
}
