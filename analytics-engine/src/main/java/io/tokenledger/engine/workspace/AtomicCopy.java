package io.tokenledger.engine.workspace;

import io.tokenledger.engine.task.Cancellation;
import io.tokenledger.engine.task.ProgressListener;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Copies a file over another so that a reader (or a crash) sees either the old file whole or the
 * new one whole: the bytes go to a hidden temporary file beside the destination, are forced to
 * disk, and the temporary file is renamed over the destination in one atomic step. The copy goes in
 * chunks, reporting progress and checking for a cancel between them.
 */
final class AtomicCopy {

  /** Temporary files are named {@code .<destination name>.saving-<random>}. */
  private static final String TEMP_INFIX = ".saving-";

  static final int DEFAULT_CHUNK_BYTES = 8 << 20;

  private AtomicCopy() {}

  static void copy(
      Path source,
      Path destination,
      int chunkBytes,
      String message,
      ProgressListener progress,
      Cancellation cancellation)
      throws IOException {
    Path temp =
        destination.resolveSibling(
            "."
                + destination.getFileName()
                + TEMP_INFIX
                + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt()));
    boolean moved = false;
    try {
      try (FileChannel in = FileChannel.open(source, StandardOpenOption.READ);
          FileChannel out =
              FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
        long size = in.size();
        long done = 0;
        progress.progress(0, size, message);
        while (done < size) {
          cancellation.throwIfCancelled();
          done += in.transferTo(done, Math.min(chunkBytes, size - done), out);
          progress.progress(done, size, message);
        }
        out.force(true);
      }
      cancellation.throwIfCancelled();
      move(temp, destination);
      moved = true;
      forceFolder(destination.getParent());
    } finally {
      if (!moved) {
        Files.deleteIfExists(temp);
      }
    }
  }

  /**
   * Deletes the temporary files an interrupted copy to {@code destination} left behind. Only call
   * it while holding the destination's lock, when no copy to it can be running.
   */
  static void deleteLeftovers(Path destination) {
    Path folder = destination.getParent();
    String prefix = "." + destination.getFileName() + TEMP_INFIX;
    try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(folder, prefix + "*")) {
      for (Path leftover : leftovers) {
        Files.deleteIfExists(leftover);
      }
    } catch (IOException e) {
      // a leftover only takes space; the next save tries again
    }
  }

  private static void move(Path temp, Path destination) throws IOException {
    try {
      Files.move(
          temp, destination, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      throw new IOException(
          "the file system of "
              + destination.getParent()
              + " cannot replace a file in one step, so saving there could lose the file",
          e);
    }
  }

  /** Makes the rename itself durable (POSIX); Windows cannot open a folder and needs no help. */
  private static void forceFolder(Path folder) {
    if (folder == null) {
      return;
    }
    try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException e) {
      // not supported on this platform
    }
  }
}
