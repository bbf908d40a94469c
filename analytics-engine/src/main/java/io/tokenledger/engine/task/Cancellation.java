package io.tokenledger.engine.task;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A cancel request shared between the code that runs long work and the code that may stop it (a
 * Cancel button, Ctrl-C). Work checks {@link #throwIfCancelled()} between steps; a running DuckDB
 * statement registers its {@code cancel()} through {@link #onCancel(Runnable)} so that cancelling
 * interrupts it at once.
 */
public final class Cancellation {

  private volatile boolean cancelled;
  private final List<Runnable> callbacks = new CopyOnWriteArrayList<>();

  /** A token that is never cancelled, for callers that offer no cancel. */
  public static Cancellation none() {
    return new Cancellation();
  }

  public void cancel() {
    if (cancelled) {
      return;
    }
    cancelled = true;
    for (Runnable callback : callbacks) {
      callback.run();
    }
  }

  public boolean isCancelled() {
    return cancelled;
  }

  public void throwIfCancelled() {
    if (cancelled) {
      throw new CancelledException();
    }
  }

  /**
   * Runs {@code callback} when this is cancelled (at once if it already is). Close the returned
   * registration when the guarded work ends.
   */
  public Registration onCancel(Runnable callback) {
    callbacks.add(callback);
    if (cancelled) {
      callback.run();
    }
    return () -> callbacks.remove(callback);
  }

  /** Removes a cancel callback. */
  @FunctionalInterface
  public interface Registration extends AutoCloseable {
    @Override
    void close();
  }
}
