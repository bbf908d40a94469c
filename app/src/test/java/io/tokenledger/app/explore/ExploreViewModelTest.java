package io.tokenledger.app.explore;

import static org.assertj.core.api.Assertions.assertThat;

import io.tokenledger.app.AppServices;
import io.tokenledger.app.context.AnalysisContext;
import io.tokenledger.app.context.Comparison;
import io.tokenledger.app.context.Period;
import io.tokenledger.app.task.Debouncer;
import io.tokenledger.app.task.SynchronousTaskExecutor;
import io.tokenledger.app.testing.ExploreData;
import io.tokenledger.app.testing.StubDialogService;
import io.tokenledger.app.testing.TestServices;
import io.tokenledger.app.workspace.CurrentWorkspace;
import io.tokenledger.engine.explore.AllocationDetail;
import io.tokenledger.engine.explore.Dimension;
import io.tokenledger.engine.explore.DrillPage;
import io.tokenledger.engine.explore.DrillRequest;
import io.tokenledger.engine.explore.ExploreService;
import io.tokenledger.engine.explore.Measure;
import io.tokenledger.engine.explore.PivotRequest;
import io.tokenledger.engine.explore.PivotResult;
import io.tokenledger.engine.explore.UsageDetail;
import io.tokenledger.engine.export.PivotColumn;
import io.tokenledger.engine.export.PivotLine;
import io.tokenledger.engine.export.PivotTable;
import io.tokenledger.engine.task.Cancellation;
import io.tokenledger.engine.task.ProgressListener;
import io.tokenledger.engine.workspace.Workspace;
import io.tokenledger.importers.ImportOptions;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Explore page's view-model with the synchronous executor: no toolkit, answers at once. */
class ExploreViewModelTest {

  @TempDir Path folder;

  private final AppServices services = TestServices.create();
  private final CurrentWorkspace current = new CurrentWorkspace();
  private final SynchronousTaskExecutor executor = new SynchronousTaskExecutor();
  private final StubDialogService dialogs = new StubDialogService();
  private final HookedExplore explore = new HookedExplore(services.exploreService());
  private Workspace workspace;
  private AnalysisContext context;
  private ExploreViewModel viewModel;

  @BeforeEach
  void ledger() throws Exception {
    workspace = services.workspaceStore().inMemory();
    services
        .importService()
        .importFile(
            workspace,
            ExploreData.usageCsv(folder),
            ImportOptions.defaults(),
            ProgressListener.NONE,
            Cancellation.none());
    ExploreData.writeBills(workspace);
    current.replace(workspace);
    context = new AnalysisContext(explore, current, executor);
    viewModel =
        new ExploreViewModel(
            explore,
            services.allocationService(),
            current,
            context,
            executor,
            dialogs,
            Debouncer.immediate(),
            Clock.fixed(Instant.parse("2026-11-02T10:00:00Z"), ZoneOffset.UTC));
  }

  @AfterEach
  void close() {
    workspace.close();
  }

  @Test
  void theFirstViewIsCostPerClientPerMonthAsIndependentSqlComputesIt() throws Exception {
    PivotTable table = viewModel.tableProperty().get();

    assertThat(table.columns())
        .extracting(PivotColumn::header)
        .containsExactly(
            "2026-09 · Allocated cost (USD)",
            "2026-10 · Allocated cost (USD)",
            "Total · Allocated cost (USD)",
            "Total · % of total");
    for (PivotLine line : table.lines()) {
      if (line.kind() != PivotLine.Kind.DETAIL || line.keys().get(0).startsWith("(")) {
        continue;
      }
      String client = line.keys().get(0);
      assertThat(orZero(line.value(0))).isEqualByComparingTo(orZero(independentCost(client, 9)));
      assertThat(orZero(line.value(1))).isEqualByComparingTo(orZero(independentCost(client, 10)));
    }
    assertThat(lines(table)).startsWith("acme=[1.20, 10.25, 11.45, 57.8]");
    // The bills add up to $26.80; $7 of support is not allocated to anyone.
    PivotLine total = table.lines().get(table.lines().size() - 1);
    assertThat(total.value(2)).isEqualByComparingTo("19.80");
    assertThat(viewModel.chartProperty().get().kind()).isEqualTo(ChartKind.STACKED);
    assertThat(viewModel.chartProperty().get().series())
        .extracting(ChartData.Series::name)
        .containsExactly("2026-09", "2026-10");
  }

  @Test
  void pickingRowDimensionsAddsSubtotalsThatEqualTheirLines() {
    viewModel.setColumn(null);
    viewModel.addRow(Dimension.FEATURE);
    viewModel.setMeasures(List.of(Measure.ALLOCATED_COST, Measure.TOKENS));

    PivotTable table = viewModel.tableProperty().get();

    assertThat(table.rowHeaders()).containsExactly("Client", "Feature");
    assertThat(lines(table))
        .containsExactly(
            "acme/chat=[8.70, 3850, 43.9]",
            "acme/search=[2.75, 1100, 13.9]",
            "acme Total=[11.45, 4950, 57.8]",
            "globex/search=[3.60, 3300, 18.2]",
            "globex/chat=[2.75, 1100, 13.9]",
            "globex Total=[6.35, 4400, 32.1]",
            "initech/chat=[2.00, 550, 10.1]",
            "initech Total=[2.00, 550, 10.1]",
            "(unallocated)/(unallocated)=[0.00, null, 0.0]",
            "(unallocated) Total=[0.00, null, 0.0]",
            "Grand total=[19.80, 9900, 100.0]");

    viewModel.moveRow(Dimension.FEATURE, -1);

    assertThat(viewModel.tableProperty().get().rowHeaders()).containsExactly("Feature", "Client");
  }

  @Test
  void aFilterKeepsTheValuesPickedFromThoseTheWorkspaceHas() {
    viewModel.addFilter(Dimension.PROVIDER);
    FilterChoice provider = viewModel.filters().get(0);
    assertThat(provider.values()).containsExactly("anthropic", "aws", "openai");

    viewModel.setFilterValues(Dimension.PROVIDER, List.of("anthropic"));

    assertThat(lines(viewModel.tableProperty().get()))
        .containsExactly(
            "acme=[2.00, 2.00, 50.0]",
            "initech=[2.00, 2.00, 50.0]",
            "Grand total=[4.00, 4.00, 100.0]");

    viewModel.removeFilter(Dimension.PROVIDER);

    assertThat(viewModel.tableProperty().get().lines()).hasSize(5);
  }

  @Test
  void theViewIsPartOfTheWorkspaceAndComesBackWithIt() {
    viewModel.setRows(List.of(Dimension.PROVIDER, Dimension.MODEL));
    viewModel.setColumn(null);
    viewModel.setFilterValues(Dimension.PROVIDER, List.of("anthropic"));
    viewModel.topNProperty().set(3);

    io.tokenledger.engine.state.ExploreViewState saved = current.state().pages().explore();
    assertThat(saved)
        .isEqualTo(
            new io.tokenledger.engine.state.ExploreViewState(
                List.of("provider", "model"),
                null,
                List.of("allocated_cost"),
                java.util.Map.of("provider", List.of("anthropic")),
                3,
                "stacked"));
    assertThat(current.isModified()).isTrue();

    viewModel.setRows(List.of(Dimension.FEATURE));
    viewModel.removeFilter(Dimension.PROVIDER);
    current.restoreState(current.state().withExplore(saved));

    assertThat(viewModel.rows()).containsExactly(Dimension.PROVIDER, Dimension.MODEL);
    assertThat(viewModel.filters())
        .singleElement()
        .satisfies(f -> assertThat(f.selected()).containsExactly("anthropic"));
    assertThat(viewModel.topNProperty().get()).isEqualTo(3);
    assertThat(lines(viewModel.tableProperty().get())).first().asString().startsWith("anthropic");
  }

  @Test
  void aCellDrillsToTheAmountsAndEventsBehindItAndTheBreadcrumbsLeadBack() throws Exception {
    PivotTable table = viewModel.tableProperty().get();
    PivotLine acme = table.lines().get(0);
    PivotColumn october = table.columns().get(1);

    viewModel.drill(acme, october);

    assertThat(viewModel.drillPath())
        .extracting(DrillStep::label)
        .containsExactly("Client: acme", "Month: 2026-10");
    BigDecimal billed =
        viewModel.drillAllocations().stream()
            .map(AllocationDetail::billed)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    assertThat(billed).isEqualByComparingTo(independentCost("acme", 10));
    assertThat(viewModel.allocationCountProperty().get())
        .isEqualTo(viewModel.drillAllocations().size());
    assertThat(viewModel.drillUsage())
        .extracting(UsageDetail::sourceLine)
        .containsExactly(4L, 5L, 8L);

    viewModel.drillTo(1);

    assertThat(viewModel.drillPath()).extracting(DrillStep::value).containsExactly("acme");
    assertThat(viewModel.usageCountProperty().get()).isEqualTo(4);

    viewModel.drillTo(0);

    assertThat(viewModel.drillingProperty().get()).isFalse();
    assertThat(viewModel.drillUsage()).isEmpty();
  }

  @Test
  void otherCannotBeDrilledIntoAndSaysWhy() {
    viewModel.topNProperty().set(1);
    PivotTable table = viewModel.tableProperty().get();
    PivotLine other =
        table.lines().stream().filter(l -> l.keys().equals(List.of("Other"))).findFirst().get();

    viewModel.drill(other, table.columns().get(2));

    assertThat(viewModel.drillingProperty().get()).isFalse();
    assertThat(viewModel.drillProblemProperty().get()).contains("“Other” stands for many client");
  }

  @Test
  void theSharedPeriodAndComparisonNarrowThePivotAndAddTheChange() {
    viewModel.setColumn(null);
    context.periodProperty().set(Period.month(YearMonth.of(2026, 10)));
    context.comparisonProperty().set(Comparison.PREVIOUS_PERIOD);

    PivotTable table = viewModel.tableProperty().get();

    assertThat(table.comparison()).isEqualTo("Sep 2026");
    assertThat(table.columns().get(2).header()).isEqualTo("Change vs Sep 2026 (USD)");
    // Independent: October minus September, and that in percent of September.
    PivotLine acme = table.lines().get(0);
    assertThat(acme.keys()).containsExactly("acme");
    assertThat(List.of(acme.value(0), acme.value(2), acme.value(3)))
        .extracting(BigDecimal::toPlainString)
        .containsExactly("10.25", "9.05", "754.2");
    PivotLine globex = table.lines().get(1);
    assertThat(List.of(globex.value(0), globex.value(2), globex.value(3)))
        .extracting(BigDecimal::toPlainString)
        .containsExactly("2.75", "-0.85", "-23.6");
  }

  @Test
  void aMissingFxRateIsAMessageInThePageNotACrash() {
    context.currencyProperty().set("EUR");

    assertThat(viewModel.tableProperty().get()).isNull();
    assertThat(viewModel.noticeProperty().get().kind()).isEqualTo(Notice.Kind.MISSING_RATE);
    assertThat(viewModel.noticeProperty().get().text())
        .isEqualTo(
            "No FX rate to EUR for USD 2026-09, USD 2026-10: add the rates (FX table) or report in"
                + " another currency.");
    assertThat(viewModel.runningProperty().get()).isFalse();
  }

  @Test
  void anEmptyWorkspaceSaysHowToFillIt() {
    try (Workspace empty = services.workspaceStore().inMemory()) {
      current.replace(empty);

      assertThat(viewModel.tableProperty().get()).isNull();
      assertThat(viewModel.noticeProperty().get().kind()).isEqualTo(Notice.Kind.EMPTY_WORKSPACE);
      assertThat(viewModel.noticeProperty().get().text()).contains("Sources page");
      current.replace(workspace);
    }
  }

  @Test
  void noMeasureAsksForOneInsteadOfQuerying() {
    viewModel.setMeasures(List.of());

    assertThat(viewModel.noticeProperty().get().kind()).isEqualTo(Notice.Kind.CHOOSE);
    assertThat(viewModel.tableProperty().get()).isNull();
  }

  @Test
  void theLatestQueryWinsAndAStaleAnswerIsDropped() {
    // The PROVIDER pivot finishes its query, but before its answer is handed back the user picks
    // FEATURE, whose query runs to the end first. The PROVIDER answer comes back stale.
    explore.afterNextPivot(() -> viewModel.setRows(List.of(Dimension.FEATURE)));
    int before = explore.pivotsRun();

    viewModel.setRows(List.of(Dimension.PROVIDER));

    assertThat(explore.pivotsRun() - before).isEqualTo(2);
    assertThat(viewModel.tableProperty().get().request().rows()).containsExactly(Dimension.FEATURE);
    assertThat(viewModel.runningProperty().get()).isFalse();
  }

  @Test
  void exportWritesWhatIsShown() throws Exception {
    Path file = folder.resolve("view.csv");

    viewModel.exportTo(file);

    assertThat(viewModel.exportStatusProperty().get()).isEqualTo("Exported to " + file);
    List<String> lines = Files.readAllLines(file);
    assertThat(lines).contains("Exported at,2026-11-02T10:00:00Z");
    assertThat(lines).contains("acme,1.20,10.25,11.45,57.8");
  }

  private BigDecimal independentCost(String client, int month) throws Exception {
    return ExploreData.allocatedCost(
        workspace, "w.client = '" + client + "' AND month(w.m) = " + month);
  }

  private static BigDecimal orZero(BigDecimal value) {
    return value == null ? BigDecimal.ZERO : value;
  }

  private static List<String> lines(PivotTable table) {
    return table.lines().stream()
        .map(
            l ->
                (l.kind() == PivotLine.Kind.DETAIL ? String.join("/", l.keys()) : l.labels().get(0))
                    + "="
                    + l.values())
        .collect(Collectors.toList());
  }

  /** The real explore service, with a hook that runs once right after a pivot finished. */
  private static final class HookedExplore implements ExploreService {
    private final ExploreService delegate;
    private Runnable afterNextPivot;
    private int pivots;

    HookedExplore(ExploreService delegate) {
      this.delegate = delegate;
    }

    void afterNextPivot(Runnable hook) {
      this.afterNextPivot = hook;
    }

    int pivotsRun() {
      return pivots;
    }

    @Override
    public PivotResult pivot(Workspace workspace, PivotRequest request, Cancellation cancellation) {
      PivotResult result = delegate.pivot(workspace, request, cancellation);
      pivots++;
      Runnable hook = afterNextPivot;
      afterNextPivot = null;
      if (hook != null) {
        hook.run();
      }
      return result;
    }

    @Override
    public DrillPage<AllocationDetail> drillAllocations(Workspace workspace, DrillRequest drill) {
      return delegate.drillAllocations(workspace, drill);
    }

    @Override
    public DrillPage<UsageDetail> drillUsage(Workspace workspace, DrillRequest drill) {
      return delegate.drillUsage(workspace, drill);
    }

    @Override
    public List<YearMonth> periods(Workspace workspace) {
      return delegate.periods(workspace);
    }

    @Override
    public List<String> currencies(Workspace workspace) {
      return delegate.currencies(workspace);
    }

    @Override
    public List<String> values(Workspace workspace, Dimension dimension, PivotRequest context) {
      return delegate.values(workspace, dimension, context);
    }
  }
}
