package io.tokenledger.importers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tokenledger.engine.task.Cancellation;
import io.tokenledger.engine.task.CancelledException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentHashTest {

  /** FIPS 180-2, appendix B.1: SHA-256("abc"). */
  private static final String ABC =
      "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

  @TempDir Path dir;

  @Test
  void theHashWorkedOutAsideIsTheFilesSha256() throws Exception {
    Path file = Files.writeString(dir.resolve("abc.txt"), "abc");

    try (ContentHash hash = ContentHash.start(file, Cancellation.none())) {
      assertThat(hash.get()).isEqualTo(ABC);
    }
  }

  @Test
  void aFolderHashesItsFilesInNameOrder() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("parts"));
    Files.writeString(folder.resolve("b.csv"), "bc");
    Files.writeString(folder.resolve("a.csv"), "a");

    try (ContentHash hash = ContentHash.start(folder, Cancellation.none())) {
      assertThat(hash.get()).isEqualTo(ABC);
    }
  }

  @Test
  void aMissingFileIsAnErrorOfGetAndACancelledOneStops() throws Exception {
    try (ContentHash hash = ContentHash.start(dir.resolve("gone.csv"), Cancellation.none())) {
      assertThatThrownBy(hash::get).isInstanceOf(NoSuchFileException.class);
    }
    Cancellation cancelled = new Cancellation();
    cancelled.cancel();
    Path file = Files.writeString(dir.resolve("abc.txt"), "abc");
    try (ContentHash hash = ContentHash.start(file, cancelled)) {
      assertThatThrownBy(hash::get).isInstanceOf(CancelledException.class);
    }
  }
}
