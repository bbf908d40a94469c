package io.tokenledger.app.testing;

import io.tokenledger.engine.workspace.DuckDbWorkspaceStore;
import io.tokenledger.engine.workspace.Workspace;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** In-memory workspaces seeded with a few rows, for the page and view-model tests. */
public final class TestWorkspaces {

  private TestWorkspaces() {}

  /** A new in-memory workspace with {@code statements} run on it, in order. */
  public static Workspace inMemory(String... statements) throws SQLException {
    Workspace workspace = new DuckDbWorkspaceStore("test").inMemory();
    try (Connection c = workspace.newConnection();
        Statement s = c.createStatement()) {
      for (String statement : statements) {
        s.execute(statement);
      }
    } catch (SQLException | RuntimeException e) {
      workspace.close();
      throw e;
    }
    return workspace;
  }
}
