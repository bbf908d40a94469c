package io.tokenledger.engine.workspace;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.duckdb.DuckDBConnection;

/**
 * Keeps workspaces as DuckDB database files. DuckDB is configured for offline use: it never
 * downloads or auto-loads extensions (the JDBC driver bundles parquet, json and icu), so a missing
 * extension fails at once instead of hanging on a network call.
 */
public final class DuckDbWorkspaceStore implements WorkspaceStore {

  private static final byte[] DUCKDB_MAGIC = {'D', 'U', 'C', 'K'};
  private static final int DUCKDB_MAGIC_OFFSET = 8;

  /** Files open in this JVM: DuckDB allows one writer per file, so a second window must not. */
  private static final Set<Path> OPEN_FILES = ConcurrentHashMap.newKeySet();

  private final String appVersion;
  private final Migrations migrations;

  public DuckDbWorkspaceStore(String appVersion) {
    this(appVersion, Migrations.all());
  }

  /** A store with a chosen list of migrations; tests use it to write older workspaces. */
  public DuckDbWorkspaceStore(String appVersion, Migrations migrations) {
    this.appVersion = appVersion;
    this.migrations = migrations;
  }

  @Override
  public Workspace create(Path file, WorkspaceOptions options) {
    Path path = file.toAbsolutePath().normalize();
    if (Files.exists(path)) {
      throw new WorkspaceException(path + " already exists: open it, or choose another name");
    }
    if (path.getParent() != null && !Files.isDirectory(path.getParent())) {
      throw new WorkspaceException("Cannot create " + path + ": folder does not exist");
    }
    claim(path);
    WorkspaceLock lock = null;
    DuckDBConnection connection = null;
    try {
      lock = WorkspaceLock.acquire(path);
      connection = connect(path, options.asWritable());
      migrations.initialise(connection, appVersion);
      return new Workspace(path, connection, false, release(path, lock));
    } catch (SQLException | RuntimeException e) {
      closeQuietly(connection);
      deleteQuietly(path);
      release(path, lock).run();
      throw failure("Cannot create workspace " + path, e);
    }
  }

  @Override
  public Workspace open(Path file, WorkspaceOptions options) {
    Path path = file.toAbsolutePath().normalize();
    checkIsWorkspaceFile(path);
    claim(path);
    WorkspaceLock lock = null;
    DuckDBConnection connection = null;
    try {
      // A window may hold the file while it works on a copy: DuckDB's own lock would not tell.
      if (options.readOnly()) {
        WorkspaceLock.checkNotHeld(path);
      } else {
        lock = WorkspaceLock.acquire(path);
      }
      // Inspect read-only first: a foreign or newer file must be left exactly as it was.
      int version;
      try (DuckDBConnection probe = connect(path, options.asReadOnlyProbe())) {
        version = Migrations.currentVersion(probe);
      }
      if (version < 0) {
        throw new WorkspaceException(
            path + " is a DuckDB database but not a TokenLedger workspace");
      }
      if (version > migrations.latestVersion()) {
        throw new WorkspaceException(
            path
                + " was written by a newer TokenLedger (workspace format "
                + version
                + "; this version reads up to "
                + migrations.latestVersion()
                + "): update TokenLedger to open it");
      }
      if (version < migrations.latestVersion() && options.readOnly()) {
        throw new WorkspaceException(
            path
                + " has an older workspace format ("
                + version
                + "): open it once read-write to upgrade it");
      }
      connection = connect(path, options);
      if (version < migrations.latestVersion()) {
        migrations.upgrade(connection, appVersion);
      }
      return new Workspace(path, connection, options.readOnly(), release(path, lock));
    } catch (SQLException | RuntimeException e) {
      closeQuietly(connection);
      release(path, lock).run();
      throw failure("Cannot open workspace " + path, e);
    }
  }

  @Override
  public Workspace inMemory() {
    try {
      DuckDBConnection connection = connect(null, WorkspaceOptions.defaults());
      migrations.initialise(connection, appVersion);
      return new Workspace(null, connection, false, () -> {});
    } catch (SQLException e) {
      throw new WorkspaceException("Cannot create an in-memory workspace", e);
    }
  }

  /** What closing the workspace gives back: its lock (if it took one) and its place in this JVM. */
  private static Runnable release(Path path, WorkspaceLock lock) {
    return () -> {
      if (lock != null) {
        lock.close();
      }
      OPEN_FILES.remove(path);
    };
  }

  private static void claim(Path path) {
    if (!OPEN_FILES.add(path)) {
      throw new WorkspaceInUseException(
          path.getFileName() + " is in use by another TokenLedger window", null);
    }
  }

  static void checkIsWorkspaceFile(Path path) {
    if (!Files.exists(path)) {
      throw new WorkspaceException(path + " does not exist");
    }
    if (Files.isDirectory(path)) {
      throw new WorkspaceException(path + " is a folder, not a workspace file");
    }
    byte[] header = new byte[DUCKDB_MAGIC_OFFSET + DUCKDB_MAGIC.length];
    int read;
    try (InputStream in = Files.newInputStream(path)) {
      read = in.readNBytes(header, 0, header.length);
    } catch (IOException e) {
      throw new WorkspaceException("Cannot read " + path + ": " + e.getMessage(), e);
    }
    byte[] magic =
        Arrays.copyOfRange(header, DUCKDB_MAGIC_OFFSET, DUCKDB_MAGIC_OFFSET + DUCKDB_MAGIC.length);
    if (read < header.length || !Arrays.equals(magic, DUCKDB_MAGIC)) {
      throw new WorkspaceException(
          path + " is not a TokenLedger workspace (not a DuckDB database)");
    }
  }

  /**
   * Replays the write-ahead log a killed writer left beside {@code path} into the file itself, so
   * that the file alone holds everything committed. The caller holds the file's {@link
   * WorkspaceLock}; this opens it directly, without a second lock.
   */
  static void foldWriteAheadLog(Path path) {
    try (DuckDBConnection connection = connect(path, WorkspaceOptions.defaults());
        java.sql.Statement statement = connection.createStatement()) {
      statement.execute("CHECKPOINT");
    } catch (SQLException e) {
      throw failure("Cannot open workspace " + path, e);
    }
  }

  private static DuckDBConnection connect(Path path, WorkspaceOptions options) throws SQLException {
    Properties config = new Properties();
    config.setProperty("autoinstall_known_extensions", "false");
    config.setProperty("autoload_known_extensions", "false");
    if (options.readOnly()) {
      config.setProperty("access_mode", "READ_ONLY");
    }
    if (options.memoryLimit() != null) {
      config.setProperty("memory_limit", options.memoryLimit());
    }
    if (options.threads() > 0) {
      config.setProperty("threads", Integer.toString(options.threads()));
    }
    String url = path == null ? "jdbc:duckdb:" : "jdbc:duckdb:" + path;
    return (DuckDBConnection) DriverManager.getConnection(url, config);
  }

  private static RuntimeException failure(String context, Exception e) {
    if (e instanceof WorkspaceException workspaceException) {
      return workspaceException;
    }
    String message = String.valueOf(e.getMessage());
    if (message.contains("Could not set lock") || message.contains("Conflicting lock")) {
      return new WorkspaceInUseException(
          context + ": it is in use by another TokenLedger window or process", e);
    }
    return new WorkspaceException(context + ": " + firstLine(message), e);
  }

  private static String firstLine(String message) {
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }

  private static void closeQuietly(DuckDBConnection connection) {
    if (connection != null) {
      try {
        connection.close();
      } catch (SQLException ignored) {
        // the original failure is what the user needs to see
      }
    }
  }

  private static void deleteQuietly(Path path) {
    try {
      Files.deleteIfExists(path);
      Files.deleteIfExists(path.resolveSibling(path.getFileName() + ".wal"));
    } catch (IOException ignored) {
      // a half-created file is harmless: opening it reports it as not a workspace
    }
  }
}
