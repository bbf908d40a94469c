package io.tokenledger.importers;

import io.tokenledger.engine.workspace.Workspace;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The observable content of a workspace for "nothing changed" assertions: every table's row count
 * and a fingerprint of its rows.
 */
public record WorkspaceSnapshot(Map<String, String> tables) {

  public static WorkspaceSnapshot of(Workspace workspace) throws SQLException {
    Map<String, String> tables = new LinkedHashMap<>();
    try (Connection c = workspace.newConnection();
        Statement s = c.createStatement();
        ResultSet names =
            s.executeQuery(
                "SELECT table_name FROM duckdb_tables() WHERE schema_name = 'main' ORDER BY 1")) {
      while (names.next()) {
        String table = names.getString(1);
        try (Statement count = c.createStatement();
            ResultSet rows =
                count.executeQuery(
                    "SELECT count(*) || ':' || coalesce(sum(hash(t::VARCHAR)), 0) FROM \""
                        + table
                        + "\" t")) {
          rows.next();
          tables.put(table, rows.getString(1));
        }
      }
    }
    return new WorkspaceSnapshot(tables);
  }
}
