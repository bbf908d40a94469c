package io.tokenledger.engine.sql;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Loads the SQL a class owns from {@code .sql} files beside it: the statements of {@code
 * io.tokenledger.engine.sources.ImportLogQueries} live in {@code
 * io/tokenledger/engine/sources/ImportLogQueries/<name>.sql}. Each file is read once. Reading goes
 * through the owner class so that it works inside named modules too.
 */
public final class SqlFile {

  private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

  private SqlFile() {}

  /** Returns the text of {@code <owner package>/<owner simple name>/<name>.sql}. */
  public static String load(Class<?> owner, String name) {
    String path =
        "/"
            + owner.getPackageName().replace('.', '/')
            + "/"
            + owner.getSimpleName()
            + "/"
            + name
            + ".sql";
    return resource(owner, path);
  }

  /** Returns the text of a resource of {@code owner}'s module, given by its absolute path. */
  public static String resource(Class<?> owner, String absolutePath) {
    return CACHE.computeIfAbsent(absolutePath, path -> read(owner, path));
  }

  private static String read(Class<?> owner, String path) {
    try (InputStream in = owner.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("SQL resource not found: " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read SQL resource " + path, e);
    }
  }
}
