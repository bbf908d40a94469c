package io.tokenledger.app.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import io.tokenledger.app.AppServices;
import io.tokenledger.app.context.AnalysisContext;
import io.tokenledger.app.task.SynchronousTaskExecutor;
import io.tokenledger.app.testing.HandPricing;
import io.tokenledger.app.testing.StubDialogService;
import io.tokenledger.app.testing.TestServices;
import io.tokenledger.app.workspace.CurrentWorkspace;
import io.tokenledger.engine.explain.ExplainGrouping;
import io.tokenledger.engine.pricing.DefaultPricingService;
import io.tokenledger.engine.pricing.PriceCatalogFormat;
import io.tokenledger.engine.workspace.Workspace;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Statement;
import java.time.YearMonth;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Scenarios page's view-model with the synchronous executor over a priced workspace: ticket
 * triage on gpt-5.4-mini (whose batch prices are half) in September and October.
 */
class ScenariosViewModelTest {

  private final AppServices services = TestServices.create();
  private final CurrentWorkspace current = new CurrentWorkspace();
  private final SynchronousTaskExecutor executor = new SynchronousTaskExecutor();
  private final StubDialogService dialogs = new StubDialogService();
  private Workspace workspace;
  private ScenariosViewModel viewModel;

  @BeforeEach
  void workspace() throws Exception {
    workspace = services.workspaceStore().inMemory();
    new DefaultPricingService().importShippedCatalog(workspace, PriceCatalogFormat.LITELLM, null);
    try (Connection connection = workspace.newConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(
          "INSERT INTO usage_events (import_id, source_line, event_time, provider, model_raw, model,"
              + " client, feature, in_uncached, out_text) SELECT 1, i, TIMESTAMPTZ '2026-09-20"
              + " 02:00:00+00' + INTERVAL (i) HOUR, 'openai', 'gpt-5.4-mini-2026-03-17',"
              + " 'gpt-5.4-mini-2026-03-17', 'Acme', 'ticket-triage', 900, 100 + i FROM range(1, 600) t(i)");
    }
    current.replace(workspace);
    AnalysisContext context = new AnalysisContext(services.exploreService(), current, executor);
    viewModel =
        new ScenariosViewModel(
            services.scenarioService(),
            services.explainService(),
            current,
            context,
            executor,
            dialogs);
  }

  @AfterEach
  void close() {
    workspace.close();
  }

  @Test
  void aNewScenarioNeedsANameAndStartsOnTheLatestMonth() {
    viewModel.createScenario();
    assertThat(dialogs.errors()).containsExactly("New scenario: Give the scenario a name.");

    viewModel.newNameProperty().set("Batch triage");
    viewModel.createScenario();

    assertThat(viewModel.scenarios()).extracting(s -> s.name()).containsExactly("Batch triage");
    assertThat(viewModel.selectedProperty().get().baseline()).isEqualTo(YearMonth.of(2026, 10));
    assertThat(viewModel.summaryProperty().get()).startsWith("Baseline 2026-10 ");
    assertThat(current.isModified()).isTrue();
  }

  @Test
  void aBatchLeverHalvesTheTriageCostAndABadLeverIsExplainedWhileTyped() throws Exception {
    viewModel.newNameProperty().set("Batch triage");
    viewModel.createScenario();

    viewModel.leverTextProperty().set("batch feature=ticket-triage share=150%");
    assertThat(viewModel.leverProblemProperty().get()).contains("between 0 and 1");
    viewModel.addLever();
    assertThat(viewModel.selectedProperty().get().levers()).isEmpty();

    viewModel.leverTextProperty().set("batch feature=ticket-triage share=100%");
    viewModel.addLever();

    BigDecimal october = pricedCost();
    assertThat(viewModel.resultProperty().get().baselineCost())
        .isEqualByComparingTo(october.setScale(2, java.math.RoundingMode.HALF_UP));
    assertThat(viewModel.resultProperty().get().saving())
        .isEqualByComparingTo(
            october.divide(BigDecimal.valueOf(2)).setScale(2, java.math.RoundingMode.HALF_UP));
    assertThat(viewModel.leverTextProperty().get()).isEmpty();

    viewModel.removeLever(viewModel.selectedProperty().get().levers().get(0));
    assertThat(viewModel.resultProperty().get().saving()).isZero();
  }

  @Test
  void aScenarioWithAMissingPriceSaysSoAndTheOthersStillCompare() {
    viewModel.newNameProperty().set("Good");
    viewModel.createScenario();
    viewModel.newNameProperty().set("Bad");
    viewModel.createScenario();
    viewModel.leverTextProperty().set("route from=gpt-5.4-mini-2026-03-17 to=no-such-model");
    viewModel.addLever();

    assertThat(viewModel.summaryProperty().get())
        .startsWith("Cannot compute Bad: ")
        .contains("no-such-model");
    assertThat(viewModel.comparison()).extracting(r -> r.scenario().name()).containsExactly("Good");

    viewModel.deleteSelected();
    assertThat(viewModel.scenarios()).extracting(s -> s.name()).containsExactly("Good");
  }

  @Test
  void explainComparesThePreviousMonthWithTheLatest() {
    assertThat(viewModel.explainFromProperty().get()).isEqualTo(YearMonth.of(2026, 9));
    assertThat(viewModel.explainToProperty().get()).isEqualTo(YearMonth.of(2026, 10));

    viewModel.explainByProperty().set(ExplainGrouping.FEATURE);

    var explanation = viewModel.explanationProperty().get();
    assertThat(explanation.changes()).extracting(c -> c.group()).containsExactly("ticket-triage");
    assertThat(explanation.total().effects().stream().reduce(BigDecimal.ZERO, BigDecimal::add))
        .isEqualByComparingTo(explanation.total().change());
    assertThat(viewModel.explainSummaryProperty().get()).startsWith("2026-09 ");
  }

  private BigDecimal pricedCost() throws Exception {
    try (Connection connection = workspace.newConnection()) {
      return HandPricing.cost(connection, "gpt-5.4-mini-2026-03-17", "2026-10-01", "2026-11-01");
    }
  }
}
