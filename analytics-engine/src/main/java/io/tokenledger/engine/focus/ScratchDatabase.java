package io.tokenledger.engine.focus;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * A private in-memory DuckDB database for work that must not touch a workspace (checking a file
 * against the FOCUS rules, looking at a file's columns). Offline like the workspace store: it never
 * downloads or auto-loads extensions.
 */
public final class ScratchDatabase {

  private ScratchDatabase() {}

  /** A new in-memory database; the caller closes it. */
  public static Connection open() throws SQLException {
    Properties config = new Properties();
    config.setProperty("autoinstall_known_extensions", "false");
    config.setProperty("autoload_known_extensions", "false");
    return DriverManager.getConnection("jdbc:duckdb:", config);
  }
}
