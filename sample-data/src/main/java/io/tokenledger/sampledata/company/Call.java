package io.tokenledger.sampledata.company;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A model invocation with the task and span it belongs to: what per-request writers iterate.
 *
 * @param task the task (trace) it belongs to
 * @param span its GENERATION span
 */
public record Call(Task task, Span span) {

  public Invocation invocation() {
    return span.invocation();
  }

  /** Every model call of the day's tasks, sorted by start time (then request id). */
  public static List<Call> of(List<Task> tasks) {
    List<Call> calls = new ArrayList<>();
    for (Task task : tasks) {
      for (Span span : task.spans()) {
        if (span.invocation() != null) {
          calls.add(new Call(task, span));
        }
      }
    }
    calls.sort(
        Comparator.comparingLong((Call c) -> c.invocation().startMicros())
            .thenComparing(c -> c.invocation().requestId()));
    return calls;
  }
}
