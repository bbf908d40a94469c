package io.tokenledger.app.task;

import java.util.List;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The bookkeeping both executors share: which tasks are active, and which of them to show. */
final class TaskList {

  private final ObservableList<BackgroundTask<?>> active = FXCollections.observableArrayList();
  private final ObservableList<BackgroundTask<?>> visible = FXCollections.observableArrayList();
  private final ObservableList<BackgroundTask<?>> visibleView =
      FXCollections.unmodifiableObservableList(visible);
  private final ReadOnlyIntegerWrapper activeCount = new ReadOnlyIntegerWrapper(this, "active");

  void add(BackgroundTask<?> task) {
    active.add(task);
    if (task.isVisible()) {
      visible.add(task);
    }
    activeCount.set(active.size());
  }

  void remove(BackgroundTask<?> task) {
    active.remove(task);
    visible.remove(task);
    activeCount.set(active.size());
  }

  List<BackgroundTask<?>> activeSnapshot() {
    return List.copyOf(active);
  }

  ObservableList<BackgroundTask<?>> visible() {
    return visibleView;
  }

  ReadOnlyIntegerProperty activeCount() {
    return activeCount.getReadOnlyProperty();
  }
}
