package io.tokenledger.importers;

import io.tokenledger.engine.task.Cancellation;
import io.tokenledger.engine.task.CancelledException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * The SHA-256 of a source's bytes, worked out on a thread of its own so that an import need not
 * wait for it: the hash names content imported before, and only a file the size of one imported
 * before can be that content, so most imports read the file into DuckDB while it is hashed (a 4 GB
 * file takes 3 s from the page cache and 10 s from disk on the build machine). {@link #get()} waits
 * for the value.
 */
final class ContentHash implements AutoCloseable {

  private static final int BUFFER = 1 << 20;

  private final CompletableFuture<String> value = new CompletableFuture<>();
  private volatile boolean abandoned;

  private ContentHash() {}

  /** Starts hashing {@code file} (every file in name order, for a folder). */
  static ContentHash start(Path file, Cancellation cancellation) {
    ContentHash hash = new ContentHash();
    Thread thread =
        new Thread(() -> hash.read(file, cancellation), "tokenledger-hash " + file.getFileName());
    thread.setDaemon(true);
    thread.start();
    return hash;
  }

  private void read(Path file, Cancellation cancellation) {
    try {
      value.complete(sha256(file, cancellation));
    } catch (IOException e) {
      value.completeExceptionally(new UncheckedIOException(e));
    } catch (RuntimeException e) {
      value.completeExceptionally(e);
    }
  }

  /** The hash, once the file has been read to the end. */
  String get() throws IOException {
    try {
      return value.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancelledException();
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof UncheckedIOException io) {
        throw io.getCause();
      }
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(cause);
    }
  }

  /** Stops the reading when the import ended without needing the hash. */
  @Override
  public void close() {
    abandoned = true;
  }

  /** The SHA-256 of the file's bytes (of every file, in name order, for a folder). */
  private String sha256(Path file, Cancellation cancellation) throws IOException {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
    List<Path> files;
    if (Files.isDirectory(file)) {
      try (var walk = Files.walk(file)) {
        files = walk.filter(Files::isRegularFile).sorted().toList();
      }
    } else {
      files = List.of(file);
    }
    byte[] buffer = new byte[BUFFER];
    for (Path part : files) {
      try (InputStream in = Files.newInputStream(part)) {
        int read;
        while ((read = in.read(buffer)) > 0) {
          digest.update(buffer, 0, read);
          cancellation.throwIfCancelled();
          if (abandoned) {
            throw new CancelledException();
          }
        }
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }
}
