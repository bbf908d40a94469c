package io.tokenledger.engine.tasks;

import io.tokenledger.engine.sql.SqlFile;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The task roll-up's SQL on one connection. {@link #rollUp} builds {@code tl_tasks} (one row per
 * task in a period) from usage_events and trace_spans; the other queries read it.
 */
public final class TaskQueries {

  private final Connection connection;

  public TaskQueries(Connection connection) {
    this.connection = connection;
  }

  /** Rolls every model invocation up to its task, for the tasks that started in {@code period}. */
  public void rollUp(TaskPeriod period) throws SQLException {
    try (PreparedStatement statement = prepare("tasks")) {
      statement.setObject(1, period.from());
      statement.setObject(2, period.from());
      statement.setObject(3, period.to());
      statement.setObject(4, period.to());
      statement.execute();
    }
  }

  /** The costliest tasks of the last roll-up. */
  public List<TaskCost> tasks(int limit) throws SQLException {
    List<TaskCost> tasks = new ArrayList<>();
    try (PreparedStatement statement = prepare("list")) {
      statement.setInt(1, limit);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          tasks.add(
              new TaskCost(
                  rows.getString("task_id"),
                  rows.getString("name"),
                  rows.getObject("start_time", OffsetDateTime.class),
                  rows.getLong("invocations"),
                  rows.getLong("tokens"),
                  rows.getBigDecimal("cost"),
                  rows.getLong("unpriced_invocations"),
                  rows.getBigDecimal("source_cost"),
                  rows.getString("currency"),
                  rows.getString("client"),
                  rows.getString("feature"),
                  rows.getString("team"),
                  rows.getString("env")));
        }
      }
    }
    return tasks;
  }

  /** The tasks of the last roll-up grouped by one dimension, costliest first. */
  public List<TaskGroupCost> byDimension(TaskDimension dimension) throws SQLException {
    List<TaskGroupCost> groups = new ArrayList<>();
    String sql =
        SqlFile.load(getClass(), "by_dimension").replace("{dimension}", dimension.column());
    try (PreparedStatement statement = connection.prepareStatement(sql);
        ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        groups.add(
            new TaskGroupCost(
                rows.getString("value"),
                rows.getLong("tasks"),
                rows.getLong("invocations"),
                rows.getLong("tokens"),
                rows.getBigDecimal("cost"),
                rows.getLong("unpriced_invocations"),
                rows.getLong("tasks_with_unpriced")));
      }
    }
    return groups;
  }

  /** Every span of one trace with the invocations, tokens and cost below it. */
  public List<SpanRollup> spans(String traceId) throws SQLException {
    List<SpanRollup> spans = new ArrayList<>();
    try (PreparedStatement statement = prepare("span_rollup")) {
      statement.setString(1, traceId);
      statement.setString(2, traceId);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          spans.add(
              new SpanRollup(
                  rows.getString("span_id"),
                  rows.getString("parent_id"),
                  rows.getString("name"),
                  rows.getString("kind"),
                  rows.getInt("depth"),
                  rows.getLong("invocations"),
                  rows.getLong("tokens"),
                  rows.getBigDecimal("cost"),
                  rows.getLong("unpriced_invocations")));
        }
      }
    }
    return spans;
  }

  private PreparedStatement prepare(String name) throws SQLException {
    return connection.prepareStatement(SqlFile.load(getClass(), name));
  }
}
