package io.tokenledger.app.task;

/**
 * Waits for a pause before acting, so that a burst of changes (typing a number, ticking several
 * filter values) starts one query instead of one per change. Each request replaces the one before.
 * View-model tests use {@link #immediate()}, which acts at once.
 */
@FunctionalInterface
public interface Debouncer {

  /** Runs {@code action} once no other request has come for the quiet period. */
  void request(Runnable action);

  /** Acts at once, on the caller's thread: for tests and for callers that need no pause. */
  static Debouncer immediate() {
    return Runnable::run;
  }
}
