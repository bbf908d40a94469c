package io.tokenledger.app.task;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;

/**
 * Runs tasks on a small pool of daemon threads and reports back on the JavaFX thread. The pool is
 * small on purpose: DuckDB already uses every core for one query, so more threads would only make
 * imports and queries compete. Cancel is cooperative (the engine's {@code Cancellation}): threads
 * are not interrupted, because an interrupt closes the file channels DuckDB and the importers read.
 */
public final class JavaFxTaskExecutor extends AbstractTaskExecutor {

  private static final int THREADS = 3;

  private final ExecutorService pool = Executors.newFixedThreadPool(THREADS, new DaemonThreads());

  @Override
  public <T> BackgroundTask<T> execute(BackgroundTask<T> task) {
    if (!Platform.isFxApplicationThread()) {
      Platform.runLater(() -> execute(task));
      return task;
    }
    if (pool.isShutdown()) {
      // The window is closing: work asked for now (a page refreshing on the last change) is moot.
      task.cancel();
      return task;
    }
    pool.execute(track(task, Platform::runLater)::run);
    return task;
  }

  @Override
  public boolean shutdown(Duration timeout) {
    cancelAll();
    pool.shutdown();
    try {
      return pool.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static final class DaemonThreads implements ThreadFactory {
    private final AtomicInteger count = new AtomicInteger();

    @Override
    public Thread newThread(Runnable runnable) {
      Thread thread = new Thread(runnable, "tokenledger-task-" + count.incrementAndGet());
      // Daemon: a stuck query must never keep the app alive after its window closed.
      thread.setDaemon(true);
      return thread;
    }
  }
}
