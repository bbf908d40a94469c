package io.tokenledger.app.workspace;

import io.tokenledger.engine.workspace.Workspace;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * A read on its own connection to the workspace, for a background task: DuckDB connections are not
 * shared between threads, so each task takes one and closes it.
 *
 * @param <T> what the read returns
 */
@FunctionalInterface
public interface WorkspaceQuery<T> {

  T read(Connection connection) throws SQLException;

  /** Runs {@code query} on a new connection to {@code workspace}. */
  static <T> T run(Workspace workspace, WorkspaceQuery<T> query) throws SQLException {
    try (Connection connection = workspace.newConnection()) {
      return query.read(connection);
    }
  }
}
