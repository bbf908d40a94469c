package io.tokenledger.app.task;

import java.time.Duration;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.collections.ObservableList;

/**
 * Runs each task to its end on the calling thread before {@link #execute} returns. View-model tests
 * use it: no toolkit, no waiting, the outcome is there on the next line.
 */
public final class SynchronousTaskExecutor implements TaskExecutor {

  private final TaskList tasks = new TaskList();

  @Override
  public <T> BackgroundTask<T> execute(BackgroundTask<T> task) {
    tasks.add(task);
    new TaskRun<>(task, Runnable::run, () -> tasks.remove(task)).run();
    return task;
  }

  @Override
  public ObservableList<BackgroundTask<?>> runningTasks() {
    return tasks.visible();
  }

  @Override
  public ReadOnlyIntegerProperty activeCountProperty() {
    return tasks.activeCount();
  }

  @Override
  public void cancelAll() {
    tasks.activeSnapshot().forEach(BackgroundTask::cancel);
  }

  @Override
  public boolean shutdown(Duration timeout) {
    cancelAll();
    return true;
  }
}
