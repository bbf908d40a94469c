package io.tokenledger.app;

import io.tokenledger.app.demo.DemoWorkspace;
import io.tokenledger.engine.allocation.AllocationService;
import io.tokenledger.engine.allocation.DuckDbAllocationService;
import io.tokenledger.engine.explain.DefaultExplainService;
import io.tokenledger.engine.explain.ExplainService;
import io.tokenledger.engine.explore.DuckDbExploreService;
import io.tokenledger.engine.explore.ExploreService;
import io.tokenledger.engine.reconcile.DuckDbReconcileService;
import io.tokenledger.engine.reconcile.ReconcileService;
import io.tokenledger.engine.scenarios.DuckDbScenarioService;
import io.tokenledger.engine.scenarios.ScenarioService;
import io.tokenledger.engine.state.AnalysisExport;
import io.tokenledger.engine.state.AnalysisStateStore;
import io.tokenledger.engine.workspace.DuckDbWorkspaceStore;
import io.tokenledger.engine.workspace.WorkspaceFiles;
import io.tokenledger.engine.workspace.WorkspaceStore;
import io.tokenledger.importers.DefaultImportService;
import io.tokenledger.importers.ImportService;
import io.tokenledger.importers.ImporterRegistry;
import io.tokenledger.importers.invoice.DefaultInvoiceTemplateService;
import io.tokenledger.importers.invoice.InvoiceTemplateService;
import java.nio.file.Path;

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
  private final ReconcileService reconcileService = new DuckDbReconcileService();
  private final ScenarioService scenarioService = new DuckDbScenarioService();
  private final ExplainService explainService = new DefaultExplainService();
  private final InvoiceTemplateService invoiceTemplates = new DefaultInvoiceTemplateService();
  private final Path home;
  private final WorkspaceFiles workspaceFiles;
  private final AnalysisStateStore analysisStates = new AnalysisStateStore();
  private final AnalysisExport analysisExport = new AnalysisExport();

  public AppServices(WorkspaceStore workspaceStore, ImporterRegistry importers) {
    this(workspaceStore, importers, DemoWorkspace.home());
  }

  /**
   * @param home the user's TokenLedger folder: working copies, recovery copies, the recent list
   */
  public AppServices(WorkspaceStore workspaceStore, ImporterRegistry importers, Path home) {
    this.workspaceStore = workspaceStore;
    this.importers = importers;
    this.importService = new DefaultImportService(importers);
    this.home = home;
    this.workspaceFiles = new WorkspaceFiles(home, workspaceStore);
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

  public ScenarioService scenarioService() {
    return scenarioService;
  }

  public ExplainService explainService() {
    return explainService;
  }

  public InvoiceTemplateService invoiceTemplates() {
    return invoiceTemplates;
  }

  public ReconcileService reconcileService() {
    return reconcileService;
  }

  /** The user's TokenLedger folder. */
  public Path home() {
    return home;
  }

  /** Working copies, atomic saves and recovery for the desktop app's windows. */
  public WorkspaceFiles workspaceFiles() {
    return workspaceFiles;
  }

  public AnalysisStateStore analysisStates() {
    return analysisStates;
  }

  public AnalysisExport analysisExport() {
    return analysisExport;
  }
}
