package io.tokenledger.engine.tasks;

import io.tokenledger.engine.workspace.Workspace;
import io.tokenledger.engine.workspace.WorkspaceWork;
import java.util.List;

/** The task roll-up on a workspace's DuckDB database; each call on its own connection. */
public final class DefaultTaskService implements TaskService {

  private static final String WHAT = "Task roll-up";

  @Override
  public List<TaskCost> tasks(Workspace workspace, TaskPeriod period, int limit) {
    return WorkspaceWork.read(
        workspace,
        WHAT,
        connection -> {
          TaskQueries queries = new TaskQueries(connection);
          queries.rollUp(period);
          return queries.tasks(limit);
        });
  }

  @Override
  public List<TaskGroupCost> byDimension(
      Workspace workspace, TaskPeriod period, TaskDimension dimension) {
    return WorkspaceWork.read(
        workspace,
        WHAT,
        connection -> {
          TaskQueries queries = new TaskQueries(connection);
          queries.rollUp(period);
          return queries.byDimension(dimension);
        });
  }

  @Override
  public List<SpanRollup> spans(Workspace workspace, String traceId) {
    return WorkspaceWork.read(
        workspace, WHAT, connection -> new TaskQueries(connection).spans(traceId));
  }
}
