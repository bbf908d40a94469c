package io.tokenledger.engine.workspace;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Runs a piece of work on a connection of its own to a workspace, either as it is (reads) or in one
 * transaction (writes, rolled back on any failure), and turns SQL errors into a {@link
 * WorkspaceException} whose message a user can read. Services that own SQL (pricing, mapping,
 * tasks) call through here so that each call may run on any worker thread.
 */
public final class WorkspaceWork {

  /** Work on one connection that may throw SQLException. */
  @FunctionalInterface
  public interface SqlWork<T> {
    T run(Connection connection) throws SQLException;
  }

  private WorkspaceWork() {}

  /** Runs {@code work} on a new connection; {@code what} names it in error messages. */
  public static <T> T read(Workspace workspace, String what, SqlWork<T> work) {
    try (Connection connection = workspace.newConnection()) {
      return work.run(connection);
    } catch (SQLException e) {
      throw new WorkspaceException(what + ": " + firstLine(e.getMessage()), e);
    }
  }

  /** Runs {@code work} in one transaction on a new connection, committed only if it succeeds. */
  public static <T> T write(Workspace workspace, String what, SqlWork<T> work) {
    try (Connection connection = workspace.newConnection()) {
      connection.setAutoCommit(false);
      try {
        T result = work.run(connection);
        connection.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new WorkspaceException(what + ": " + firstLine(e.getMessage()), e);
    }
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unexpected error";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
