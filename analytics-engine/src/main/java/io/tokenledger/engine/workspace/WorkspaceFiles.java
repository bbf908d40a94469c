package io.tokenledger.engine.workspace;

import io.tokenledger.engine.task.Cancellation;
import io.tokenledger.engine.task.ProgressListener;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Opens workspace files for the desktop app as {@link WorkspaceSession}s: each on a working copy in
 * a session folder under {@code <TokenLedger folder>/work/}, and finds the work of sessions that
 * ended without closing, for the start to offer as a recovery. The command line does not use this:
 * it works on the workspace file itself through the {@link WorkspaceStore}.
 */
public final class WorkspaceFiles {

  static final String WORK_FOLDER = "work";

  private final Path workFolder;
  private final WorkspaceStore store;
  private final int chunkBytes;

  /**
   * @param home the user's TokenLedger folder
   * @param store opens the working copies
   */
  public WorkspaceFiles(Path home, WorkspaceStore store) {
    this(home, store, AtomicCopy.DEFAULT_CHUNK_BYTES);
  }

  /** With a chosen copy chunk; tests use small chunks to stop a save half-way. */
  public WorkspaceFiles(Path home, WorkspaceStore store, int chunkBytes) {
    this.workFolder = home.toAbsolutePath().normalize().resolve(WORK_FOLDER);
    this.store = store;
    this.chunkBytes = chunkBytes;
  }

  /** Where the session folders live. */
  public Path workFolder() {
    return workFolder;
  }

  /**
   * Opens {@code file} in a new session: locks it, copies it to a working copy (reporting progress)
   * and opens that, upgrading an older format in the copy only.
   *
   * @throws WorkspaceInUseException when another window or process holds the file
   * @throws WorkspaceException when it is missing, not a workspace, or from a newer version
   */
  public WorkspaceSession open(Path file, ProgressListener progress, Cancellation cancellation) {
    Path target = file.toAbsolutePath().normalize();
    DuckDbWorkspaceStore.checkIsWorkspaceFile(target);
    WorkspaceLock targetLock = WorkspaceLock.acquire(target);
    try {
      AtomicCopy.deleteLeftovers(target);
      if (Files.exists(SessionFolder.walOf(target))) {
        DuckDbWorkspaceStore.foldWriteAheadLog(target);
      }
      return start(
          target.getFileName().toString(),
          target,
          targetLock,
          folder -> {
            AtomicCopy.copy(
                target,
                folder.workingFile(),
                chunkBytes,
                "Opening " + target.getFileName(),
                progress,
                cancellation);
            return openWorkingCopy(folder, target);
          });
    } catch (RuntimeException e) {
      targetLock.close();
      throw e;
    }
  }

  /** Creates a new workspace at {@code file} (which must not exist) and opens it in a session. */
  public WorkspaceSession create(Path file, ProgressListener progress, Cancellation cancellation) {
    store.create(file, WorkspaceOptions.defaults()).close();
    return open(file, progress, cancellation);
  }

  /** A new workspace that has no file until it is saved. */
  public WorkspaceSession createUntitled() {
    return start(
        WorkspaceSession.UNTITLED,
        null,
        null,
        folder -> store.create(folder.workingFile(), WorkspaceOptions.defaults()));
  }

  /**
   * The work of sessions that ended without closing, newest first: each has a recovery copy that is
   * newer than its workspace file (or has no file). Sessions still running in another window or
   * process are skipped.
   */
  public List<RecoveryCandidate> recoveryCandidates() {
    List<RecoveryCandidate> candidates = new ArrayList<>();
    for (Path folder : abandonedFolders()) {
      SessionFolder.readMarker(folder)
          .filter(WorkspaceFiles::newerThanItsFile)
          .ifPresent(
              marker ->
                  candidates.add(
                      new RecoveryCandidate(
                          folder, marker.target(), marker.name(), marker.savedAt())));
    }
    candidates.sort(Comparator.comparing(RecoveryCandidate::savedAt).reversed());
    return candidates;
  }

  /**
   * Continues the work of {@code candidate} in a new session: its recovery copy becomes the working
   * copy, and it saves to the same file as before.
   *
   * @throws WorkspaceInUseException when the file is open elsewhere meanwhile
   */
  public WorkspaceSession recover(RecoveryCandidate candidate) {
    WorkspaceLock targetLock =
        candidate.target() == null ? null : WorkspaceLock.acquire(candidate.target());
    WorkspaceLock folderLock = null;
    try {
      folderLock = WorkspaceLock.acquire(SessionFolder.lockKey(candidate.folder()));
      SessionFolder folder = new SessionFolder(candidate.folder(), candidate.name());
      if (!Files.isRegularFile(folder.recoveryFile())) {
        throw new WorkspaceException(
            "The recovered work of " + candidate.name() + " is no longer there");
      }
      folder.restoreRecoveryAsWorkingCopy();
      Workspace workspace = openWorkingCopy(folder, candidate.target());
      return new WorkspaceSession(
          folder, folderLock, workspace, candidate.target(), targetLock, chunkBytes, true);
    } catch (IOException | RuntimeException e) {
      if (folderLock != null) {
        folderLock.close();
      }
      if (targetLock != null) {
        targetLock.close();
      }
      if (e instanceof WorkspaceException workspaceException) {
        throw workspaceException;
      }
      throw new WorkspaceException("Cannot recover " + candidate.name() + ": " + e.getMessage(), e);
    }
  }

  /** Throws the recovered work of {@code candidate} away. */
  public void discard(RecoveryCandidate candidate) {
    if (WorkspaceLock.owner(SessionFolder.lockKey(candidate.folder())).isEmpty()) {
      SessionFolder.deleteRecursively(candidate.folder());
    }
  }

  /**
   * Deletes the folders of ended sessions that hold nothing to recover (closed normally, or
   * superseded by a later save). Recovery candidates stay until recovered or discarded.
   */
  public void deleteAbandonedFolders() {
    for (Path folder : abandonedFolders()) {
      boolean keep =
          SessionFolder.readMarker(folder).filter(WorkspaceFiles::newerThanItsFile).isPresent();
      if (!keep) {
        SessionFolder.deleteRecursively(folder);
      }
    }
  }

  private interface WorkingCopyOpener {
    Workspace open(SessionFolder folder) throws IOException;
  }

  private WorkspaceSession start(
      String name, Path target, WorkspaceLock targetLock, WorkingCopyOpener opener) {
    Path path = newFolderPath();
    WorkspaceLock folderLock = null;
    try {
      Files.createDirectories(path);
      // Locked before the copy starts, so another start never takes a half-made copy for debris.
      folderLock = WorkspaceLock.acquire(SessionFolder.lockKey(path));
      SessionFolder folder = new SessionFolder(path, name);
      Workspace workspace = opener.open(folder);
      return new WorkspaceSession(
          folder, folderLock, workspace, target, targetLock, chunkBytes, false);
    } catch (IOException | RuntimeException e) {
      if (folderLock != null) {
        folderLock.close();
      }
      SessionFolder.deleteRecursively(path);
      if (e instanceof WorkspaceException workspaceException) {
        throw workspaceException;
      }
      if (e instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new WorkspaceException(
          "Cannot open " + name + ": " + e.getMessage() + " (working folder " + path + ")", e);
    }
  }

  private Workspace openWorkingCopy(SessionFolder folder, Path target) {
    try {
      return store.open(folder.workingFile(), WorkspaceOptions.defaults());
    } catch (WorkspaceException e) {
      if (target == null) {
        throw e;
      }
      // The user knows the file they chose, not its working copy: name that file.
      String message =
          String.valueOf(e.getMessage())
              .replace(folder.workingFile().toString(), target.toString());
      throw e instanceof WorkspaceInUseException
          ? new WorkspaceInUseException(message, e)
          : new WorkspaceException(message, e);
    }
  }

  private Path newFolderPath() {
    while (true) {
      Path path =
          workFolder.resolve(HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong()));
      if (!Files.exists(path)) {
        return path;
      }
    }
  }

  /** Session folders whose session is gone (nobody holds their lock). */
  private List<Path> abandonedFolders() {
    List<Path> folders = new ArrayList<>();
    if (!Files.isDirectory(workFolder)) {
      return folders;
    }
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(workFolder)) {
      for (Path entry : entries) {
        if (Files.isDirectory(entry)
            && WorkspaceLock.owner(SessionFolder.lockKey(entry)).isEmpty()) {
          folders.add(entry);
        }
      }
    } catch (IOException e) {
      // an unreadable work folder hides old sessions; it must not stop the app from starting
    }
    return folders;
  }

  private static boolean newerThanItsFile(RecoveryMarker marker) {
    if (marker.target() == null || !Files.exists(marker.target())) {
      return true;
    }
    try {
      Instant saved = Files.getLastModifiedTime(marker.target()).toInstant();
      return marker.savedAt().isAfter(saved);
    } catch (IOException e) {
      return true;
    }
  }
}
