package io.tokenledger.app.shell;

import io.tokenledger.app.AppServices;
import io.tokenledger.app.clients.ClientsViewModel;
import io.tokenledger.app.context.AnalysisContext;
import io.tokenledger.app.dialog.DialogService;
import io.tokenledger.app.explore.ExploreViewModel;
import io.tokenledger.app.prices.PricesViewModel;
import io.tokenledger.app.reconcile.ReconcileViewModel;
import io.tokenledger.app.rules.RulesViewModel;
import io.tokenledger.app.scenarios.ScenariosViewModel;
import io.tokenledger.app.showback.DesktopFileOpener;
import io.tokenledger.app.showback.ShowbackViewModel;
import io.tokenledger.app.sources.SourcesViewModel;
import io.tokenledger.app.status.StatusBarViewModel;
import io.tokenledger.app.task.Debouncer;
import io.tokenledger.app.task.FxDebouncer;
import io.tokenledger.app.task.SynchronousTaskExecutor;
import io.tokenledger.app.task.TaskExecutor;
import io.tokenledger.app.workspace.CurrentWorkspace;

/**
 * The view-models of one main window, wired to the same workspace, executor and dialogs. The
 * desktop app and the UI tests build the window from this, so both run the same wiring.
 */
public record ShellViewModels(
    CurrentWorkspace workspace,
    TaskExecutor executor,
    DialogService dialogs,
    MainWindowViewModel main,
    StatusBarViewModel status,
    SourcesViewModel sources,
    AnalysisContext context,
    ExploreViewModel explore,
    ReconcileViewModel reconcile,
    ShowbackViewModel showback,
    PricesViewModel prices,
    RulesViewModel rules,
    ScenariosViewModel scenarios,
    ClientsViewModel clients) {

  public static ShellViewModels create(
      AppServices services, TaskExecutor executor, DialogService dialogs) {
    // Tests that run tasks synchronously have no toolkit to pause on: re-query at once there.
    Debouncer debouncer =
        executor instanceof SynchronousTaskExecutor
            ? Debouncer.immediate()
            : new FxDebouncer(FxDebouncer.DEFAULT_QUIET);
    CurrentWorkspace workspace = new CurrentWorkspace();
    AnalysisContext context = new AnalysisContext(services.exploreService(), workspace, executor);
    return new ShellViewModels(
        workspace,
        executor,
        dialogs,
        new MainWindowViewModel(services, workspace, executor, dialogs),
        new StatusBarViewModel(workspace, executor),
        new SourcesViewModel(
            services.importService(), services.invoiceTemplates(), workspace, executor, dialogs),
        context,
        new ExploreViewModel(
            services.exploreService(),
            services.allocationService(),
            workspace,
            context,
            executor,
            dialogs,
            debouncer,
            java.time.Clock.systemUTC()),
        new ReconcileViewModel(services.reconcileService(), workspace, context, executor),
        new ShowbackViewModel(
            new io.tokenledger.engine.showback.PoiShowbackService(),
            services.allocationService(),
            workspace,
            executor,
            dialogs,
            new DesktopFileOpener(),
            "TokenLedger " + io.tokenledger.app.AppVersion.get()),
        new PricesViewModel(
            new io.tokenledger.engine.pricing.DefaultPricingService(),
            () -> workspace.get().orElse(null),
            java.util.concurrent.ForkJoinPool.commonPool(),
            javafx.application.Platform::runLater),
        new RulesViewModel(
            new io.tokenledger.engine.mapping.DefaultMappingService(),
            () -> workspace.get().orElse(null),
            java.util.concurrent.ForkJoinPool.commonPool(),
            javafx.application.Platform::runLater),
        new ScenariosViewModel(
            services.scenarioService(),
            services.explainService(),
            workspace,
            context,
            executor,
            dialogs),
        new ClientsViewModel(
            new io.tokenledger.engine.clients.DuckDbClientsService(),
            new io.tokenledger.engine.clients.DuckDbFxRatesService(),
            services.allocationService(),
            workspace,
            context,
            executor,
            dialogs));
  }
}
