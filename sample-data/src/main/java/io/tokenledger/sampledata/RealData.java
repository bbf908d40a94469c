package io.tokenledger.sampledata;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the real public reference files ({@code shared/realdata}, see its SOURCES.md for provenance
 * and licences) that tests and benchmarks read. They sit beside the project checkout; the system
 * property {@code tokenledger.realdata} overrides the search.
 */
public final class RealData {

  private RealData() {}

  /** The realdata folder, searched upwards from the working directory. */
  public static Optional<Path> root() {
    String configured = System.getProperty("tokenledger.realdata");
    if (configured != null && Files.isDirectory(Path.of(configured))) {
      return Optional.of(Path.of(configured).toAbsolutePath().normalize());
    }
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("shared").resolve("realdata");
      if (Files.isDirectory(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /**
   * A file under the realdata folder, such as {@code focus/validator/model-1.2.json}.
   *
   * @throws IllegalStateException when the folder or the file is missing
   */
  public static Path file(String relativePath) {
    Path root =
        root()
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "shared/realdata not found above " + Path.of("").toAbsolutePath()));
    Path file = root.resolve(relativePath);
    if (!Files.exists(file)) {
      throw new IllegalStateException("Missing reference file " + file);
    }
    return file;
  }
}
