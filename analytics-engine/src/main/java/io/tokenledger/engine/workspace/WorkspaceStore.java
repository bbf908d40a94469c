package io.tokenledger.engine.workspace;

import java.nio.file.Path;

/** Creates and opens workspace files. */
public interface WorkspaceStore {

  /** File name extension of workspace files. */
  String EXTENSION = ".tlw";

  /**
   * Creates a new workspace file with the current schema.
   *
   * @throws WorkspaceException when the file exists or cannot be written
   */
  Workspace create(Path file, WorkspaceOptions options);

  /**
   * Opens an existing workspace, upgrading an older schema unless opened read-only.
   *
   * @throws WorkspaceInUseException when another window or process holds it
   * @throws WorkspaceException when the file is missing, foreign, or newer than this version
   */
  Workspace open(Path file, WorkspaceOptions options);

  /** Opens {@code file} if it exists, else creates it. */
  default Workspace openOrCreate(Path file, WorkspaceOptions options) {
    return java.nio.file.Files.exists(file) ? open(file, options) : create(file, options);
  }

  /** A throw-away workspace in memory, for tests and previews. */
  Workspace inMemory();
}
