package io.tokenledger.engine.workspace;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Marks a workspace file as held by one TokenLedger window or command: an OS file lock on a lock
 * file beside it ({@code acme.tlw.lock}) that names the holder (process id, host, since when). The
 * desktop app works on a copy of the file, so DuckDB's own lock does not protect the file the user
 * chose; this lock does, for as long as a window has the file open, and the command line refuses
 * such a file instead of writing under the window's feet. The OS releases the lock when its process
 * dies, so a crash leaves at most an unlocked, harmless lock file.
 *
 * <p>Within one JVM the lock is tracked in a registry and never probed through a second channel: on
 * POSIX systems closing any channel to a file drops every lock the process holds on it.
 */
public final class WorkspaceLock implements AutoCloseable {

  /**
   * The locked byte range starts far past the content, so that the holder's description stays
   * readable on Windows, where locks are mandatory.
   */
  private static final long LOCK_POSITION = 1L << 32;

  private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

  private final Path workspaceFile;
  private final Path lockFile;
  private final FileChannel channel;
  private final FileLock lock;
  private boolean released;

  private WorkspaceLock(Path workspaceFile, Path lockFile, FileChannel channel, FileLock lock) {
    this.workspaceFile = workspaceFile;
    this.lockFile = lockFile;
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Who holds a workspace file.
   *
   * @param pid the holder's process id, or -1 when unknown
   * @param host the holder's host name, or empty when unknown
   * @param since when the holder took the file, or null when unknown
   * @param thisProcess true when the holder is another window of this very process
   */
  public record Owner(long pid, String host, Instant since, boolean thisProcess) {

    /** "another TokenLedger window" or "... window or process (pid 4711 on laptop)". */
    public String describe() {
      if (thisProcess) {
        return "another TokenLedger window";
      }
      StringBuilder text = new StringBuilder("another TokenLedger window or process");
      if (pid > 0) {
        text.append(" (pid ").append(pid);
        if (!host.isBlank()) {
          text.append(" on ").append(host);
        }
        text.append(')');
      }
      return text.toString();
    }
  }

  /** The lock file of {@code workspaceFile}: {@code <name>.lock} beside it. */
  public static Path lockFileOf(Path workspaceFile) {
    Path path = workspaceFile.toAbsolutePath().normalize();
    return path.resolveSibling(path.getFileName() + ".lock");
  }

  /**
   * Takes the lock of {@code workspaceFile}.
   *
   * @throws WorkspaceInUseException when another window or process holds it
   * @throws WorkspaceException when the lock file cannot be written
   */
  public static WorkspaceLock acquire(Path workspaceFile) {
    Path path = workspaceFile.toAbsolutePath().normalize();
    if (!HELD.add(path)) {
      throw inUse(path, new Owner(ProcessHandle.current().pid(), host(), null, true));
    }
    Path lockFile = lockFileOf(path);
    FileChannel channel = null;
    try {
      channel =
          FileChannel.open(
              lockFile,
              StandardOpenOption.CREATE,
              StandardOpenOption.READ,
              StandardOpenOption.WRITE);
      FileLock lock = channel.tryLock(LOCK_POSITION, 1, false);
      if (lock == null) {
        Owner owner = readOwner(channel);
        channel.close();
        throw inUse(path, owner);
      }
      if (!Files.exists(lockFile)) {
        // The previous holder deleted the file between our open and our lock: we locked an orphan.
        lock.release();
        channel.close();
        HELD.remove(path);
        return acquire(path);
      }
      writeOwner(channel);
      return new WorkspaceLock(path, lockFile, channel, lock);
    } catch (IOException e) {
      closeQuietly(channel);
      HELD.remove(path);
      throw new WorkspaceException(
          "Cannot lock " + path.getFileName() + " (" + lockFile + "): " + e.getMessage(), e);
    } catch (RuntimeException e) {
      HELD.remove(path);
      throw e;
    }
  }

  /**
   * Who holds {@code workspaceFile}, if anyone. A look only: it takes nothing and creates no file.
   */
  public static Optional<Owner> owner(Path workspaceFile) {
    Path path = workspaceFile.toAbsolutePath().normalize();
    if (HELD.contains(path)) {
      return Optional.of(new Owner(ProcessHandle.current().pid(), host(), null, true));
    }
    Path lockFile = lockFileOf(path);
    try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.READ)) {
      FileLock probe = channel.tryLock(LOCK_POSITION, 1, true);
      if (probe != null) {
        probe.release();
        return Optional.empty();
      }
      return Optional.of(readOwner(channel));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      // An unreadable lock file cannot be judged; the open that follows reports what is wrong.
      return Optional.empty();
    }
  }

  /**
   * Fails with the in-use message when another window or process holds {@code workspaceFile}.
   *
   * @throws WorkspaceInUseException when it is held
   */
  public static void checkNotHeld(Path workspaceFile) {
    Path path = workspaceFile.toAbsolutePath().normalize();
    owner(path)
        .ifPresent(
            owner -> {
              throw inUse(path, owner);
            });
  }

  public Path workspaceFile() {
    return workspaceFile;
  }

  /** Releases the lock and deletes the lock file (while still holding it, so no one else can). */
  @Override
  public synchronized void close() {
    if (released) {
      return;
    }
    released = true;
    try {
      Files.deleteIfExists(lockFile);
    } catch (IOException e) {
      // Windows refuses to delete an open file; an unlocked lock file is harmless.
    }
    try {
      lock.release();
    } catch (IOException e) {
      // closing the channel below releases it as well
    }
    closeQuietly(channel);
    HELD.remove(workspaceFile);
  }

  private static WorkspaceInUseException inUse(Path path, Owner owner) {
    return new WorkspaceInUseException(
        path.getFileName()
            + " is in use by "
            + owner.describe()
            + ": close it there first, then try again",
        null);
  }

  private static void writeOwner(FileChannel channel) throws IOException {
    Properties owner = new Properties();
    owner.setProperty("pid", Long.toString(ProcessHandle.current().pid()));
    owner.setProperty("host", host());
    owner.setProperty("since", Instant.now().toString());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    owner.store(bytes, "TokenLedger workspace lock");
    channel.truncate(0);
    channel.write(ByteBuffer.wrap(bytes.toByteArray()), 0);
    channel.force(false);
  }

  private static Owner readOwner(FileChannel channel) {
    try {
      long size = Math.min(channel.size(), 4096);
      ByteBuffer buffer = ByteBuffer.allocate((int) size);
      channel.read(buffer, 0);
      Properties owner = new Properties();
      owner.load(
          new StringReader(
              new String(buffer.array(), 0, buffer.position(), StandardCharsets.ISO_8859_1)));
      String since = owner.getProperty("since");
      return new Owner(
          Long.parseLong(owner.getProperty("pid", "-1").strip()),
          owner.getProperty("host", "").strip(),
          since == null ? null : Instant.parse(since.strip()),
          false);
    } catch (IOException | RuntimeException e) {
      // Only the holder's description is lost; the file is still held.
      return new Owner(-1, "", null, false);
    }
  }

  private static String host() {
    return Host.NAME;
  }

  /** The host name, looked up once: a badly configured resolver can take seconds to answer. */
  private static final class Host {
    static final String NAME = lookUp();

    private static String lookUp() {
      for (String variable : new String[] {"HOSTNAME", "COMPUTERNAME"}) {
        String value = System.getenv(variable);
        if (value != null && !value.isBlank()) {
          return value.strip();
        }
      }
      try {
        return InetAddress.getLocalHost().getHostName();
      } catch (IOException e) {
        return "";
      }
    }
  }

  private static void closeQuietly(FileChannel channel) {
    if (channel != null) {
      try {
        channel.close();
      } catch (IOException ignored) {
        // nothing left to release
      }
    }
  }
}
