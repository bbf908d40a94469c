package io.tokenledger.app.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LatestTaskSchedulerTest {

  /** Holds tasks until the test runs them, in the order it chooses. */
  private static final class HeldTaskExecutor extends AbstractTaskExecutor {
    final List<Runnable> held = new ArrayList<>();
    final List<BackgroundTask<?>> tasks = new ArrayList<>();

    @Override
    public <T> BackgroundTask<T> execute(BackgroundTask<T> task) {
      tasks.add(task);
      held.add(track(task, Runnable::run)::run);
      return task;
    }

    @Override
    public boolean shutdown(Duration timeout) {
      return true;
    }
  }

  private final HeldTaskExecutor executor = new HeldTaskExecutor();
  private final LatestTaskScheduler scheduler = new LatestTaskScheduler(executor);
  private final List<String> shown = new ArrayList<>();

  @Test
  void aStaleAnswerThatArrivesLastIsNotShown() {
    scheduler.schedule("read", (p, c) -> "old", shown::add, error -> shown.add("error"));
    scheduler.schedule("read", (p, c) -> "new", shown::add, error -> shown.add("error"));

    executor.held.get(1).run();
    executor.held.get(0).run();

    assertThat(shown).containsExactly("new");
    assertThat(executor.tasks.get(0).isCancelRequested()).isTrue();
    assertThat(executor.tasks.get(1).isCancelRequested()).isFalse();
  }

  @Test
  void onlyTheLatestFailureIsReported() {
    scheduler.<String>schedule(
        "read",
        (p, c) -> {
          throw new IllegalStateException("stale failure");
        },
        shown::add,
        error -> shown.add(error.getMessage()));
    scheduler.<String>schedule(
        "read",
        (p, c) -> {
          throw new IllegalStateException("fresh failure");
        },
        shown::add,
        error -> shown.add(error.getMessage()));

    executor.held.forEach(Runnable::run);

    assertThat(shown).containsExactly("fresh failure");
  }

  @Test
  void readsAreQuiet() {
    scheduler.schedule("read", (p, c) -> "x", shown::add, error -> {});

    assertThat(executor.runningTasks()).isEmpty();
    assertThat(executor.activeCountProperty().get()).isEqualTo(1);
  }
}
