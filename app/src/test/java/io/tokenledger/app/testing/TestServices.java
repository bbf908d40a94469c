package io.tokenledger.app.testing;

import io.tokenledger.app.AppServices;
import io.tokenledger.engine.workspace.DuckDbWorkspaceStore;
import io.tokenledger.importers.ImporterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The app's real services with a test version string, as the desktop app wires them. The user's
 * TokenLedger folder is a fresh temporary folder, so tests never touch {@code ~/.tokenledger}.
 */
public final class TestServices {

  private TestServices() {}

  public static AppServices create() {
    try {
      Path home = Files.createTempDirectory("tokenledger-home-");
      Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(home)));
      return create(home);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Services whose TokenLedger folder is {@code home}: a second "start" shares it. */
  public static AppServices create(Path home) {
    return new AppServices(new DuckDbWorkspaceStore("test"), ImporterRegistry.builtIn(), home);
  }

  private static void deleteQuietly(Path root) {
    try (var walk = Files.walk(root)) {
      for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException ignored) {
      // a temporary folder left behind is harmless
    }
  }
}
