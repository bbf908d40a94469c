package io.tokenledger.app.testing;

import io.tokenledger.app.AppServices;
import io.tokenledger.engine.workspace.DuckDbWorkspaceStore;
import io.tokenledger.importers.ImporterRegistry;

/** The app's real services with a test version string, as the desktop app wires them. */
public final class TestServices {

  private TestServices() {}

  public static AppServices create() {
    return new AppServices(new DuckDbWorkspaceStore("test"), ImporterRegistry.builtIn());
  }
}
