package io.tokenledger.engine.workspace;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import org.duckdb.DuckDBConnection;

/**
 * An open workspace: one DuckDB database file (or an in-memory one in tests) with TokenLedger's
 * schema. The workspace owns one connection; each worker thread takes its own through {@link
 * #newConnection()} (DuckDB's {@code duplicate()}), and closes it when done.
 */
public final class Workspace implements AutoCloseable {

  private final Path file;
  private final DuckDBConnection connection;
  private final boolean readOnly;
  private final Runnable onClose;
  private volatile boolean closed;

  Workspace(Path file, DuckDBConnection connection, boolean readOnly, Runnable onClose) {
    this.file = file;
    this.connection = connection;
    this.readOnly = readOnly;
    this.onClose = onClose;
  }

  /** The workspace file, or empty for an in-memory workspace. */
  public Optional<Path> file() {
    return Optional.ofNullable(file);
  }

  /** The file name for titles and messages. */
  public String displayName() {
    return file == null ? "(in memory)" : file.getFileName().toString();
  }

  public boolean isReadOnly() {
    return readOnly;
  }

  /** A new connection to this workspace for one thread; the caller closes it. */
  public Connection newConnection() {
    ensureOpen();
    try {
      return connection.duplicate();
    } catch (SQLException e) {
      throw new WorkspaceException("Cannot open a connection to " + displayName(), e);
    }
  }

  /** The schema version recorded in the workspace. */
  public int schemaVersion() {
    try (Connection c = newConnection()) {
      return Migrations.currentVersion(c);
    } catch (SQLException e) {
      throw new WorkspaceException("Cannot read the schema version of " + displayName(), e);
    }
  }

  /** Writes everything to the file so that it alone holds the workspace (no WAL beside it). */
  public void checkpoint() {
    if (readOnly || file == null) {
      return;
    }
    try (Connection c = newConnection();
        Statement statement = c.createStatement()) {
      statement.execute("CHECKPOINT");
    } catch (SQLException e) {
      throw new WorkspaceException("Cannot write " + displayName() + " to disk", e);
    }
  }

  public boolean isClosed() {
    return closed;
  }

  private void ensureOpen() {
    if (closed) {
      throw new WorkspaceException("The workspace " + displayName() + " is closed");
    }
  }

  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    try {
      checkpoint();
    } finally {
      closed = true;
      try {
        connection.close();
      } catch (SQLException e) {
        throw new WorkspaceException("Cannot close " + displayName(), e);
      } finally {
        onClose.run();
      }
    }
  }
}
