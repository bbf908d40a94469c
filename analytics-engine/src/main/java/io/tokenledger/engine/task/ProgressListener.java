package io.tokenledger.engine.task;

/**
 * Receives progress of long work (imports, allocation, exports) without depending on JavaFX.
 * Callers report every N rows or about every 100 ms, never per row, so an implementation may update
 * a UI property directly.
 */
@FunctionalInterface
public interface ProgressListener {

  /** A listener that ignores every report. */
  ProgressListener NONE = (done, total, message) -> {};

  /**
   * @param done work done so far, in the unit of {@code total}
   * @param total the whole amount of work, or -1 when it is not known
   * @param message a short description of the current step
   */
  void progress(long done, long total, String message);

  /** Reports a fraction between 0 and 1 as per-mille progress. */
  default void fraction(double fraction, String message) {
    progress(Math.round(Math.max(0, Math.min(1, fraction)) * 1000), 1000, message);
  }
}
