package io.tokenledger.app.task;

import static org.assertj.core.api.Assertions.assertThat;

import io.tokenledger.engine.task.CancelledException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class BackgroundTaskTest {

  private final SynchronousTaskExecutor executor = new SynchronousTaskExecutor();

  @Test
  void aTaskThatReturnsHandsItsResultToOnSuccess() {
    AtomicReference<Integer> result = new AtomicReference<>();
    BackgroundTask<Integer> task =
        executor.execute(
            BackgroundTask.of("Add", (progress, cancel) -> 40 + 2).onSuccess(result::set));

    assertThat(result.get()).isEqualTo(42);
    assertThat(task.getState()).isEqualTo(TaskState.SUCCEEDED);
    assertThat(task.progressProperty().get()).isEqualTo(1.0);
    assertThat(executor.runningTasks()).isEmpty();
    assertThat(executor.activeCountProperty().get()).isZero();
  }

  @Test
  void aTaskThatThrowsEndsFailedWithTheException() {
    AtomicReference<Throwable> failure = new AtomicReference<>();
    List<String> calls = new ArrayList<>();
    BackgroundTask<Object> task =
        executor.execute(
            BackgroundTask.of(
                    "Broken",
                    (progress, cancel) -> {
                      throw new IllegalStateException("disk full");
                    })
                .onSuccess(value -> calls.add("success"))
                .onFailure(failure::set)
                .onFinished(() -> calls.add("finished")));

    assertThat(task.getState()).isEqualTo(TaskState.FAILED);
    assertThat(failure.get()).hasMessage("disk full");
    assertThat(task.errorProperty().get()).isSameAs(failure.get());
    assertThat(calls).containsExactly("finished");
  }

  @Test
  void aTaskStoppedThroughItsCancellationEndsCancelledNotFailed() {
    List<String> calls = new ArrayList<>();
    BackgroundTask<Object> task =
        executor.execute(
            BackgroundTask.of(
                    "Long",
                    (progress, cancel) -> {
                      cancel.cancel(); // as the Cancel button would, half way
                      cancel.throwIfCancelled();
                      return null;
                    })
                .onFailure(error -> calls.add("failure"))
                .onCancelled(() -> calls.add("cancelled")));

    assertThat(task.getState()).isEqualTo(TaskState.CANCELLED);
    assertThat(calls).containsExactly("cancelled");
  }

  @Test
  void aTaskCancelledBeforeItRunsNeverStartsItsWork() {
    List<String> ran = new ArrayList<>();
    BackgroundTask<Object> task =
        BackgroundTask.of(
            "Queued",
            (progress, cancel) -> {
              ran.add("work");
              return null;
            });
    task.cancel();
    executor.execute(task);

    assertThat(ran).isEmpty();
    assertThat(task.getState()).isEqualTo(TaskState.CANCELLED);
  }

  @Test
  void progressReportsBecomeTheFractionAndMessage() {
    List<Double> seen = new ArrayList<>();
    BackgroundTask<Object> task =
        BackgroundTask.of(
            "Counting",
            (progress, cancel) -> {
              progress.progress(25, 100, "a quarter");
              progress.progress(3, -1, "unknown total");
              return null;
            });
    task.progressProperty().addListener((obs, was, now) -> seen.add(now.doubleValue()));
    List<String> messages = new ArrayList<>();
    task.messageProperty().addListener((obs, was, now) -> messages.add(now));

    executor.execute(task);

    assertThat(seen).containsExactly(0.25, BackgroundTask.INDETERMINATE, 1.0);
    assertThat(messages).containsExactly("a quarter", "unknown total");
  }

  @Test
  void quietTasksCountAsActiveButAreNotListed() {
    List<Integer> listed = new ArrayList<>();
    List<Integer> active = new ArrayList<>();
    executor.execute(
        BackgroundTask.of(
                "Refresh",
                (progress, cancel) -> {
                  listed.add(executor.runningTasks().size());
                  active.add(executor.activeCountProperty().get());
                  return null;
                })
            .quiet());
    executor.execute(
        BackgroundTask.of(
            "Import",
            (progress, cancel) -> {
              listed.add(executor.runningTasks().size());
              return null;
            }));

    assertThat(listed).containsExactly(0, 1);
    assertThat(active).containsExactly(1);
  }

  @Test
  void cancelledExceptionFromTheEngineMeansCancelled() {
    BackgroundTask<Object> task =
        executor.execute(
            BackgroundTask.of(
                "Engine",
                (progress, cancel) -> {
                  throw new CancelledException();
                }));

    assertThat(task.getState()).isEqualTo(TaskState.CANCELLED);
  }
}
