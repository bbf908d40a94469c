package io.tokenledger.engine.workspace;

import io.tokenledger.engine.task.Cancellation;
import io.tokenledger.engine.task.ProgressListener;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One workspace file open in a window. DuckDB writes every change to its file at once, so the
 * window works on a copy (the working copy, in the user's TokenLedger folder) and the file the user
 * chose changes only when they save: the working copy is checkpointed and copied over the file in
 * one atomic step ({@link AtomicCopy}). The chosen file is locked ({@link WorkspaceLock}) for as
 * long as the session lives, so another window or a command refuses it with a clear message.
 * Autosave writes a recovery copy beside the working copy, which the next start offers back if this
 * session ends without closing (a crash).
 *
 * <p>Thread-safe: the methods that touch the files run one at a time, so a close waits for a save
 * or autosave that is under way.
 */
public final class WorkspaceSession implements AutoCloseable {

  /** The name shown for a workspace that was never saved. */
  public static final String UNTITLED = "Untitled";

  private static final Duration POLL = Duration.ofMillis(100);

  private final SessionFolder folder;
  private final WorkspaceLock folderLock;
  private final Workspace workspace;
  private final int chunkBytes;
  private final boolean recovered;
  private Path target;
  private WorkspaceLock targetLock;
  private boolean closed;

  WorkspaceSession(
      SessionFolder folder,
      WorkspaceLock folderLock,
      Workspace workspace,
      Path target,
      WorkspaceLock targetLock,
      int chunkBytes,
      boolean recovered) {
    this.folder = folder;
    this.folderLock = folderLock;
    this.workspace = workspace;
    this.target = target;
    this.targetLock = targetLock;
    this.chunkBytes = chunkBytes;
    this.recovered = recovered;
  }

  /** The open working copy: what every page reads and every import writes. */
  public Workspace workspace() {
    return workspace;
  }

  /** The file the user chose, or empty for a workspace never saved. */
  public synchronized Optional<Path> target() {
    return Optional.ofNullable(target);
  }

  /** The target's file name, or {@value #UNTITLED}. */
  public synchronized String displayName() {
    return target == null ? UNTITLED : target.getFileName().toString();
  }

  /** True when this session continues work recovered after a crash: it has unsaved changes. */
  public boolean isRecovered() {
    return recovered;
  }

  /** The working copy's file; for tests and diagnostics. */
  public Path workingFile() {
    return folder.workingFile();
  }

  /**
   * Writes the working copy over the target file, atomically. Waits for running writes (an import)
   * to commit first, reporting that it waits, until cancelled.
   *
   * @throws WorkspaceException for an untitled workspace (use {@link #saveAs}) or a failed write;
   *     the target is then as it was before
   */
  public synchronized void save(ProgressListener progress, Cancellation cancellation) {
    ensureOpen();
    if (target == null) {
      throw new WorkspaceException("This workspace has no file yet: choose where to save it");
    }
    writeTo(target, progress, cancellation);
    folder.deleteRecovery();
  }

  /**
   * Writes the working copy to {@code file} (replacing it if it exists) and makes that file the
   * target: the previous target is released unchanged.
   *
   * @throws WorkspaceInUseException when another window or process holds {@code file}
   */
  public synchronized void saveAs(Path file, ProgressListener progress, Cancellation cancellation) {
    ensureOpen();
    Path destination = file.toAbsolutePath().normalize();
    if (destination.equals(target)) {
      save(progress, cancellation);
      return;
    }
    if (Files.isDirectory(destination)) {
      throw new WorkspaceException(destination + " is a folder: choose a file name");
    }
    if (destination.getParent() == null || !Files.isDirectory(destination.getParent())) {
      throw new WorkspaceException("Cannot save to " + destination + ": folder does not exist");
    }
    WorkspaceLock newLock = WorkspaceLock.acquire(destination);
    try {
      writeTo(destination, progress, cancellation);
    } catch (RuntimeException e) {
      newLock.close();
      throw e;
    }
    if (targetLock != null) {
      targetLock.close();
    }
    targetLock = newLock;
    target = destination;
    folder.deleteRecovery();
  }

  /**
   * Writes a recovery copy of the working copy, with a marker naming the target and the time. Does
   * not wait for running writes: returns false (and writes nothing) while one is under way, so the
   * next autosave tries again.
   */
  public synchronized boolean autosave(ProgressListener progress, Cancellation cancellation) {
    ensureOpen();
    if (!snapshot(folder.recoveryFile(), Duration.ZERO, progress, cancellation)) {
      return false;
    }
    folder.writeMarker(new RecoveryMarker(target, displayName(), Instant.now()));
    return true;
  }

  /**
   * Ends the session and throws its working copy and recovery copy away: what was not saved is
   * gone. The target file is released unchanged.
   */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      workspace.close();
    } finally {
      folder.deleteContents();
      release();
      folder.deleteFolder();
    }
  }

  /**
   * Ends the session but keeps its work for the next start to offer as a recovery: for an exit that
   * cannot ask (a logout or kill signal) while changes are unsaved. The working copy, complete once
   * closed, becomes the recovery copy.
   */
  public synchronized void closeKeepingRecovery() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      workspace.close();
      folder.keepWorkingCopyAsRecovery(new RecoveryMarker(target, displayName(), Instant.now()));
    } finally {
      release();
    }
  }

  public synchronized boolean isClosed() {
    return closed;
  }

  private void writeTo(Path destination, ProgressListener progress, Cancellation cancellation) {
    AtomicCopy.deleteLeftovers(destination);
    try {
      // A write-ahead log beside the file we replace would be replayed onto the new file.
      Files.deleteIfExists(SessionFolder.walOf(destination));
    } catch (IOException e) {
      throw new WorkspaceException(
          "Cannot save " + destination.getFileName() + ": " + e.getMessage(), e);
    }
    snapshot(destination, null, progress, cancellation);
  }

  /**
   * Checkpoints the working copy and copies it to {@code destination}. Automatic checkpoints are
   * off during the copy: a write that commits meanwhile stays in the write-ahead log, so the bytes
   * copied are exactly the state of the checkpoint.
   *
   * @param maxWait how long to wait for running writes, or null to wait until cancelled
   * @return false when writes were still running after {@code maxWait}
   */
  private boolean snapshot(
      Path destination, Duration maxWait, ProgressListener progress, Cancellation cancellation) {
    String message = "Saving " + destination.getFileName();
    try (Connection connection = workspace.newConnection()) {
      String autoCheckpoint = setting(connection, "wal_autocheckpoint");
      execute(connection, "SET GLOBAL wal_autocheckpoint = '1TB'");
      try {
        if (!checkpoint(connection, maxWait, progress, cancellation)) {
          return false;
        }
        AtomicCopy.copy(
            folder.workingFile(), destination, chunkBytes, message, progress, cancellation);
        return true;
      } finally {
        // The value came from DuckDB itself a moment ago; nothing here comes from a user.
        execute(connection, "SET GLOBAL wal_autocheckpoint = '" + autoCheckpoint + "'");
      }
    } catch (SQLException | IOException e) {
      throw new WorkspaceException(
          "Cannot save " + destination.getFileName() + ": " + firstLine(e.getMessage()), e);
    }
  }

  private static boolean checkpoint(
      Connection connection, Duration maxWait, ProgressListener progress, Cancellation cancellation)
      throws SQLException {
    Instant deadline = maxWait == null ? null : Instant.now().plus(maxWait);
    while (true) {
      try {
        execute(connection, "CHECKPOINT");
        return true;
      } catch (SQLException e) {
        if (!String.valueOf(e.getMessage()).contains("write transactions active")) {
          throw e;
        }
        if (deadline != null && !Instant.now().isBefore(deadline)) {
          return false;
        }
        progress.progress(-1, -1, "Waiting for the running import to finish");
        cancellation.throwIfCancelled();
        sleep();
      }
    }
  }

  private void release() {
    try {
      if (targetLock != null) {
        targetLock.close();
      }
    } finally {
      folderLock.close();
    }
  }

  private void ensureOpen() {
    if (closed) {
      throw new WorkspaceException("The workspace " + displayName() + " is closed");
    }
  }

  private static String setting(Connection connection, String name) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet value =
            statement.executeQuery("SELECT current_setting('" + name + "')::VARCHAR")) {
      value.next();
      return value.getString(1);
    }
  }

  /** One statement per call: after an error a DuckDB statement is closed. */
  private static void execute(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  private static void sleep() {
    try {
      Thread.sleep(POLL.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new WorkspaceException("Interrupted while waiting to save", e);
    }
  }

  private static String firstLine(String message) {
    String text = String.valueOf(message);
    int newline = text.indexOf('\n');
    return newline < 0 ? text : text.substring(0, newline);
  }
}
