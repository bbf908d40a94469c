package io.tokenledger.app.task;

/** Where a {@link BackgroundTask} is in its life. */
public enum TaskState {
  /** Handed to an executor, waiting for a thread. */
  SCHEDULED,
  RUNNING,
  SUCCEEDED,
  FAILED,
  CANCELLED;

  public boolean isDone() {
    return this == SUCCEEDED || this == FAILED || this == CANCELLED;
  }
}
