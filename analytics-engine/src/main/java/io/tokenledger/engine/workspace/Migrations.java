package io.tokenledger.engine.workspace;

import io.tokenledger.engine.sql.SqlFile;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Applies the workspace schema's numbered migrations in order and records each one in the workspace
 * itself ({@code tl_migrations}), so a file knows which schema it has and an older file is upgraded
 * on open.
 */
public final class Migrations {

  /** Marks a DuckDB file as a TokenLedger workspace, in {@code tl_meta}. */
  public static final String FORMAT = "tokenledger-workspace";

  /** Every migration of this version of TokenLedger, in order. */
  public static final List<Migration> ALL =
      List.of(
          new Migration(1, "workspace"),
          new Migration(2, "analysis_state"),
          new Migration(3, "allocation"),
          new Migration(4, "source_kind"),
          new Migration(5, "providers"),
          new Migration(6, "usage_basis"),
          new Migration(7, "focus"),
          new Migration(8, "traces"),
          new Migration(9, "revenue"),
          new Migration(10, "scenarios"),
          new Migration(11, "gpu"),
          new Migration(12, "ledger_kind"),
          new Migration(13, "pivot_summary"),
          new Migration(14, "allocation_scope"));

  private final List<Migration> migrations;

  public Migrations(List<Migration> migrations) {
    this.migrations = List.copyOf(migrations);
  }

  public static Migrations all() {
    return new Migrations(ALL);
  }

  public int latestVersion() {
    return migrations.isEmpty() ? 0 : migrations.get(migrations.size() - 1).version();
  }

  /**
   * Reads the schema version of an open workspace.
   *
   * @return the highest applied migration, or -1 when the database is not a TokenLedger workspace
   */
  public static int currentVersion(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet tables =
            statement.executeQuery(
                "SELECT count(*) FROM duckdb_tables() WHERE schema_name = 'main'"
                    + " AND table_name IN ('tl_meta', 'tl_migrations')")) {
      tables.next();
      if (tables.getInt(1) < 2) {
        return -1;
      }
    }
    try (Statement statement = connection.createStatement();
        ResultSet format =
            statement.executeQuery("SELECT value FROM tl_meta WHERE key = 'format'")) {
      if (!format.next() || !FORMAT.equals(format.getString(1))) {
        return -1;
      }
    }
    try (Statement statement = connection.createStatement();
        ResultSet version =
            statement.executeQuery("SELECT coalesce(max(version), 0) FROM tl_migrations")) {
      version.next();
      return version.getInt(1);
    }
  }

  /** Creates the bookkeeping tables of a new workspace and applies every migration. */
  public void initialise(Connection connection, String appVersion) throws SQLException {
    inTransaction(
        connection,
        () -> {
          try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE tl_meta (key VARCHAR PRIMARY KEY, value VARCHAR)");
            statement.execute(
                "CREATE TABLE tl_migrations (version INTEGER PRIMARY KEY, name VARCHAR NOT NULL,"
                    + " applied_at TIMESTAMPTZ NOT NULL, app_version VARCHAR)");
          }
          try (PreparedStatement meta =
              connection.prepareStatement("INSERT INTO tl_meta VALUES (?, ?)")) {
            meta.setString(1, "format");
            meta.setString(2, FORMAT);
            meta.executeUpdate();
            meta.setString(1, "created_by");
            meta.setString(2, appVersion);
            meta.executeUpdate();
          }
          applyFrom(connection, 0, appVersion);
        });
  }

  /** Applies the migrations newer than the workspace's version in one transaction. */
  public void upgrade(Connection connection, String appVersion) throws SQLException {
    int current = currentVersion(connection);
    inTransaction(connection, () -> applyFrom(connection, current, appVersion));
  }

  private void applyFrom(Connection connection, int current, String appVersion)
      throws SQLException {
    for (Migration migration : migrations) {
      if (migration.version() <= current) {
        continue;
      }
      try (Statement statement = connection.createStatement()) {
        for (String sql :
            statements(SqlFile.resource(Migrations.class, migration.resourcePath()))) {
          statement.execute(sql);
        }
      }
      try (PreparedStatement record =
          connection.prepareStatement("INSERT INTO tl_migrations VALUES (?, ?, ?, ?)")) {
        record.setInt(1, migration.version());
        record.setString(2, migration.name());
        record.setObject(3, OffsetDateTime.now());
        record.setString(4, appVersion);
        record.executeUpdate();
      }
    }
  }

  /**
   * Splits a migration file on semicolons that end a line; migration files hold no such literal.
   */
  static List<String> statements(String script) {
    return java.util.Arrays.stream(script.split(";\\s*(\\r?\\n|$)"))
        .map(Migrations::withoutLineComments)
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .toList();
  }

  private static String withoutLineComments(String sql) {
    return sql.lines()
        .map(line -> line.strip().startsWith("--") ? "" : line)
        .reduce("", (a, b) -> a + "\n" + b);
  }

  private interface SqlWork {
    void run() throws SQLException;
  }

  private static void inTransaction(Connection connection, SqlWork work) throws SQLException {
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(false);
    try {
      work.run();
      connection.commit();
    } catch (SQLException | RuntimeException e) {
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(autoCommit);
    }
  }
}
