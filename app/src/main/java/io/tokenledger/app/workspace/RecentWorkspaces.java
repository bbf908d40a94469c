package io.tokenledger.app.workspace;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The workspace files opened or saved lately, newest first, kept in {@code recent.json} in the
 * user's TokenLedger folder so that File › Open Recent survives a restart. Reads and writes touch
 * the disk: call them from a background task.
 */
public final class RecentWorkspaces {

  /** How many files the list keeps. */
  public static final int MAX = 10;

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path file;

  public RecentWorkspaces(Path home) {
    this.file = home.resolve("recent.json");
  }

  /** The list, newest first; empty when there is none or it cannot be read. */
  public synchronized List<Path> load() {
    if (!Files.isRegularFile(file)) {
      return List.of();
    }
    try {
      List<String> paths =
          JSON.readValue(
              Files.readString(file, StandardCharsets.UTF_8), new TypeReference<List<String>>() {});
      return paths.stream().map(Path::of).distinct().limit(MAX).toList();
    } catch (IOException | RuntimeException e) {
      // A damaged list only costs the menu its entries.
      return List.of();
    }
  }

  /** Puts {@code workspace} first and returns the new list. */
  public synchronized List<Path> add(Path workspace) {
    Path path = workspace.toAbsolutePath().normalize();
    List<Path> paths = new ArrayList<>(load());
    paths.remove(path);
    paths.add(0, path);
    return store(paths.subList(0, Math.min(MAX, paths.size())));
  }

  /** Drops {@code workspace} (it is gone) and returns the new list. */
  public synchronized List<Path> remove(Path workspace) {
    List<Path> paths = new ArrayList<>(load());
    paths.remove(workspace.toAbsolutePath().normalize());
    return store(paths);
  }

  private List<Path> store(List<Path> paths) {
    List<Path> kept = List.copyOf(paths);
    try {
      Files.createDirectories(file.getParent());
      Path temp = file.resolveSibling(file.getFileName() + ".tmp");
      Files.writeString(
          temp,
          JSON.writerWithDefaultPrettyPrinter()
              .writeValueAsString(kept.stream().map(Path::toString).toList()),
          StandardCharsets.UTF_8);
      Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      // The menu still shows the list for this run; it is only not remembered.
    }
    return kept;
  }
}
