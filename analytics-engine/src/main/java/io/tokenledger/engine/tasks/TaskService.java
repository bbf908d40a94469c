package io.tokenledger.engine.tasks;

import io.tokenledger.engine.workspace.Workspace;
import java.util.List;

/**
 * Cost per completed task: a task is a root span (a trace) and its cost is the sum of every model
 * invocation below it, however deep the fan-out. Reads the recomputed costs that the price book
 * wrote (PricingService.apply) and the dimensions the mapping rules set (MappingService.apply).
 */
public interface TaskService {

  /** The costliest tasks that started in {@code period}. */
  List<TaskCost> tasks(Workspace workspace, TaskPeriod period, int limit);

  /** Tasks, invocations, tokens and cost per client, feature, team or environment. */
  List<TaskGroupCost> byDimension(Workspace workspace, TaskPeriod period, TaskDimension dimension);

  /** One trace's spans with what ran below each: the drill-down of a task. */
  List<SpanRollup> spans(Workspace workspace, String traceId);
}
