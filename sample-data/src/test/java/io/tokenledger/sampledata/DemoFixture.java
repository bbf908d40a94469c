package io.tokenledger.sampledata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The default demo (default seed, scale 1), generated once per test JVM into a temporary folder and
 * shared by the test classes that read it.
 */
final class DemoFixture {

  private static DemoManifest manifest;
  private static Path dir;

  private DemoFixture() {}

  static synchronized DemoManifest manifest() {
    if (manifest == null) {
      try {
        dir = Files.createTempDirectory("tokenledger-demo-");
        manifest = DemoCompany.generate(dir, DemoOptions.defaults());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return manifest;
  }

  static Path dir() {
    manifest();
    return dir;
  }

  static Path file(String relative) {
    return dir().resolve(relative);
  }
}
