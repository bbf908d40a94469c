package io.tokenledger.app.task;

import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.collections.ObservableList;

/** What every executor shares: the list of active tasks, the visible ones, and cancel-all. */
abstract class AbstractTaskExecutor implements TaskExecutor {

  private final TaskList tasks = new TaskList();

  /** Records {@code task} as active and returns the run that removes it again when it ends. */
  final <T> TaskRun<T> track(BackgroundTask<T> task, java.util.concurrent.Executor uiThread) {
    tasks.add(task);
    return new TaskRun<>(task, uiThread, () -> tasks.remove(task));
  }

  @Override
  public final ObservableList<BackgroundTask<?>> runningTasks() {
    return tasks.visible();
  }

  @Override
  public final ReadOnlyIntegerProperty activeCountProperty() {
    return tasks.activeCount();
  }

  @Override
  public final void cancelAll() {
    tasks.activeSnapshot().forEach(BackgroundTask::cancel);
  }
}
