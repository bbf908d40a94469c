package io.tokenledger.engine.workspace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The folder of one window's session under {@code <TokenLedger folder>/work/<id>/}: the working
 * copy (named like the workspace file, so DuckDB's messages name it right), the last autosave
 * ({@code recovery.tlw}) with its marker ({@code recovery.json}), and the session's lock, held
 * while the session lives: an unlocked folder belongs to a session that is gone.
 */
final class SessionFolder {

  static final String RECOVERY_FILE = "recovery.tlw";
  static final String MARKER_FILE = "recovery.json";
  private static final String LOCK_KEY = "session";

  private final Path path;
  private final String workingName;

  SessionFolder(Path path, String displayName) {
    this.path = path;
    this.workingName =
        displayName.endsWith(WorkspaceStore.EXTENSION)
            ? displayName
            : displayName + WorkspaceStore.EXTENSION;
  }

  Path path() {
    return path;
  }

  Path workingFile() {
    return path.resolve(workingName);
  }

  Path recoveryFile() {
    return path.resolve(RECOVERY_FILE);
  }

  /** The path whose {@link WorkspaceLock} marks the session as alive. */
  static Path lockKey(Path folder) {
    return folder.resolve(LOCK_KEY);
  }

  static Path walOf(Path file) {
    return file.resolveSibling(file.getFileName() + ".wal");
  }

  static Optional<RecoveryMarker> readMarker(Path folder) {
    Path marker = folder.resolve(MARKER_FILE);
    if (!Files.isRegularFile(marker) || !Files.isRegularFile(folder.resolve(RECOVERY_FILE))) {
      return Optional.empty();
    }
    try {
      return Optional.of(RecoveryMarker.fromJson(Files.readString(marker, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** Writes the marker atomically: a crash leaves the old marker or the new one. */
  void writeMarker(RecoveryMarker marker) {
    Path file = path.resolve(MARKER_FILE);
    Path temp = path.resolve(MARKER_FILE + ".tmp");
    try {
      Files.writeString(temp, marker.toJson(), StandardCharsets.UTF_8);
      Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new WorkspaceException("Cannot write the recovery marker " + file + ": " + e, e);
    }
  }

  /** Drops the recovery copy: the marker first, so no marker ever names a missing copy. */
  void deleteRecovery() {
    try {
      Files.deleteIfExists(path.resolve(MARKER_FILE));
      Files.deleteIfExists(recoveryFile());
    } catch (IOException e) {
      // a stale recovery copy is older than the saved file and will not be offered
    }
  }

  /** Turns the closed working copy into the recovery copy, for an exit that cannot ask. */
  void keepWorkingCopyAsRecovery(RecoveryMarker marker) {
    try {
      Files.move(workingFile(), recoveryFile(), StandardCopyOption.REPLACE_EXISTING);
      Files.deleteIfExists(walOf(workingFile()));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot keep " + workingFile() + " for recovery", e);
    }
    writeMarker(marker);
  }

  /** Makes the recovery copy the working copy again, for a session that recovers it. */
  void restoreRecoveryAsWorkingCopy() throws IOException {
    Files.deleteIfExists(walOf(workingFile()));
    Files.move(recoveryFile(), workingFile(), StandardCopyOption.REPLACE_EXISTING);
    Files.deleteIfExists(path.resolve(MARKER_FILE));
  }

  /** Deletes everything in the folder but the session's own lock file. */
  void deleteContents() {
    Path lockFile = WorkspaceLock.lockFileOf(lockKey(path));
    try (DirectoryStream<Path> files = Files.newDirectoryStream(path)) {
      for (Path file : files) {
        if (!file.equals(lockFile)) {
          deleteRecursively(file);
        }
      }
    } catch (IOException e) {
      // what is left is cleaned up at the next start, once the lock is gone
    }
  }

  void deleteFolder() {
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      // not empty (a file still open on Windows): the next start removes it
    }
  }

  static void deleteRecursively(Path root) {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path file : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      // left for the next clean-up
    }
  }
}
