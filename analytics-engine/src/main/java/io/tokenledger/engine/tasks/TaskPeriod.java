package io.tokenledger.engine.tasks;

import java.time.OffsetDateTime;

/** The tasks that started in [from, to); either end may be open (null). */
public record TaskPeriod(OffsetDateTime from, OffsetDateTime to) {

  /** Every task. */
  public static TaskPeriod all() {
    return new TaskPeriod(null, null);
  }
}
