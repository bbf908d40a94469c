package io.tokenledger.app;

import io.tokenledger.engine.allocation.AllocationService;
import io.tokenledger.engine.allocation.DuckDbAllocationService;
import io.tokenledger.engine.explore.DuckDbExploreService;
import io.tokenledger.engine.explore.ExploreService;
import io.tokenledger.engine.workspace.DuckDbWorkspaceStore;
import io.tokenledger.engine.workspace.WorkspaceStore;
import io.tokenledger.importers.DefaultImportService;
import io.tokenledger.importers.ImportService;
import io.tokenledger.importers.ImporterRegistry;

/**
 * The composition root: the one place that picks the implementation of each service. The desktop
 * app and the command line both take their services from here, so they behave the same.
 */
public final class AppServices {

  private final WorkspaceStore workspaceStore;
  private final ImporterRegistry importers;
  private final ImportService importService;
  private final AllocationService allocationService = new DuckDbAllocationService();
  private final ExploreService exploreService = new DuckDbExploreService();

  public AppServices(WorkspaceStore workspaceStore, ImporterRegistry importers) {
    this.workspaceStore = workspaceStore;
    this.importers = importers;
    this.importService = new DefaultImportService(importers);
  }

  public static AppServices createDefault() {
    return new AppServices(new DuckDbWorkspaceStore(AppVersion.get()), ImporterRegistry.builtIn());
  }

  public WorkspaceStore workspaceStore() {
    return workspaceStore;
  }

  public ImporterRegistry importers() {
    return importers;
  }

  public ImportService importService() {
    return importService;
  }

  public AllocationService allocationService() {
    return allocationService;
  }

  public ExploreService exploreService() {
    return exploreService;
  }
}
