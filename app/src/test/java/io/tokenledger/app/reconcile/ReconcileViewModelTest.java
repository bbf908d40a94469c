package io.tokenledger.app.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import io.tokenledger.app.AppServices;
import io.tokenledger.app.context.AnalysisContext;
import io.tokenledger.app.context.Period;
import io.tokenledger.app.task.SynchronousTaskExecutor;
import io.tokenledger.app.testing.TestServices;
import io.tokenledger.app.workspace.CurrentWorkspace;
import io.tokenledger.engine.reconcile.Grain;
import io.tokenledger.engine.reconcile.ReconciliationLine;
import io.tokenledger.engine.task.Cancellation;
import io.tokenledger.engine.task.ProgressListener;
import io.tokenledger.engine.workspace.Workspace;
import io.tokenledger.importers.ImportOptions;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReconcileViewModelTest {

  @TempDir Path dir;

  private final AppServices services = TestServices.create();
  private final CurrentWorkspace current = new CurrentWorkspace();
  private final Workspace workspace = services.workspaceStore().inMemory();
  private final SynchronousTaskExecutor executor = new SynchronousTaskExecutor();
  private final AnalysisContext context =
      new AnalysisContext(services.exploreService(), current, executor);

  @AfterEach
  void close() {
    workspace.close();
  }

  @Test
  void linesShowTheInvoiceBesideTheRequestsAndTheGapsCause() throws Exception {
    Path ledger =
        Files.writeString(
            dir.resolve("ledger.csv"),
            "timestamp,provider,model,in_uncached,out_text,cost\n"
                + "2026-10-01T10:00:00Z,openai,gpt-4o,600,200,0.003\n"
                + "2026-10-02T10:00:00Z,openai,gpt-4o,100,100,0.001\n");
    importUsage(ledger);
    try (Connection c = workspace.newConnection();
        Statement s = c.createStatement()) {
      s.execute(
          "INSERT INTO import_log VALUES (2, 'bill.json', 'bill.json', 1, 'h', 'openai-costs-json',"
              + " NULL, now(), 1, 0, 'cost_lines', '[]', 'bill')");
      s.execute(
          "INSERT INTO cost_lines (import_id, source_line, provider, model, token_bucket, tokens,"
              + " ChargePeriodStart, BilledCost, BillingCurrency) VALUES"
              + " (2, 2, 'openai', 'gpt-4o', 'in_uncached', 1000, TIMESTAMPTZ '2026-10-01 00:00:00+00', 0.005, 'USD')");
    }
    current.replace(workspace);

    ReconcileViewModel viewModel =
        new ReconcileViewModel(services.reconcileService(), current, context, executor);

    assertThat(viewModel.lines())
        .singleElement()
        .satisfies(
            line -> {
              assertThat(line.period()).isEqualTo("2026-10");
              assertThat(line.invoiceCost()).isEqualByComparingTo("0.005");
              assertThat(line.traceTokens()).isEqualTo(1000);
              assertThat(line.costGap()).isEqualByComparingTo("0.001");
            });
    assertThat(viewModel.summaryProperty().get())
        .isEqualTo("Invoice 0.01 · trace-reported 0.00 · 1 of 1 lines have a gap to explain");

    viewModel.grainProperty().set(Grain.DAY);

    assertThat(viewModel.lines())
        .extracting(ReconciliationLine::period)
        .containsExactly("2026-10-01", "2026-10-02");
    assertThat(viewModel.lines().get(1).causes())
        .containsExactly(
            "usage with no invoice line (not billed yet, or billed under another model name)");
  }

  @Test
  void linesFollowThePeriodChosenInTheTopBar() throws Exception {
    Path ledger =
        Files.writeString(
            dir.resolve("two-months.csv"),
            "timestamp,provider,model,in_uncached,out_text,cost\n"
                + "2026-09-30T23:30:00Z,openai,gpt-4o,600,200,0.004\n"
                + "2026-10-01T00:10:00Z,openai,gpt-4o,100,100,0.001\n"
                + "2026-10-20T10:00:00Z,anthropic,claude-sonnet-4-5,300,300,0.002\n"
                + "2026-11-02T10:00:00Z,openai,gpt-4o,100,100,0.007\n");
    importUsage(ledger);
    current.replace(workspace);
    ReconcileViewModel viewModel =
        new ReconcileViewModel(services.reconcileService(), current, context, executor);
    assertThat(viewModel.lines())
        .extracting(ReconciliationLine::period)
        .contains("2026-09", "2026-10", "2026-11");

    context.periodProperty().set(Period.month(YearMonth.of(2026, 10)));

    assertThat(viewModel.lines()).extracting(ReconciliationLine::period).containsOnly("2026-10");
    // The trace-reported cost of October, summed apart in SQL over the imported rows.
    assertThat(sum(viewModel, ReconciliationLine::traceCost))
        .isEqualByComparingTo(tracedCost("2026-10-01", "2026-11-01"));
    assertThat(sum(viewModel, ReconciliationLine::traceCost)).isEqualByComparingTo("0.003");
    assertThat(viewModel.summaryProperty().get()).startsWith("Oct 2026 · Invoice");

    viewModel.grainProperty().set(Grain.DAY);
    context.chooseDays(LocalDate.of(2026, 9, 30), LocalDate.of(2026, 10, 1));

    assertThat(viewModel.lines())
        .extracting(ReconciliationLine::period)
        .containsExactly("2026-09-30", "2026-10-01");

    context.periodProperty().set(Period.month(YearMonth.of(2026, 12)));

    assertThat(viewModel.lines()).isEmpty();
    assertThat(viewModel.summaryProperty().get())
        .isEqualTo("Nothing to reconcile in Dec 2026: choose another period.");

    context.periodProperty().set(Period.allTime());

    assertThat(viewModel.lines()).extracting(ReconciliationLine::period).hasSize(4);
  }

  private void importUsage(Path ledger) {
    services
        .importService()
        .importFile(
            workspace,
            ledger,
            ImportOptions.defaults(),
            ProgressListener.NONE,
            Cancellation.none());
  }

  private static BigDecimal sum(
      ReconcileViewModel viewModel,
      java.util.function.Function<ReconciliationLine, BigDecimal> value) {
    return viewModel.lines().stream()
        .map(value)
        .filter(java.util.Objects::nonNull)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private BigDecimal tracedCost(String from, String until) throws Exception {
    try (Connection c = workspace.newConnection();
        var query =
            c.prepareStatement(
                "SELECT coalesce(sum(source_cost), 0) FROM usage_events"
                    + " WHERE event_time >= CAST(? AS TIMESTAMPTZ)"
                    + " AND event_time < CAST(? AS TIMESTAMPTZ)")) {
      query.setString(1, from + " 00:00:00+00");
      query.setString(2, until + " 00:00:00+00");
      try (ResultSet rows = query.executeQuery()) {
        rows.next();
        return rows.getBigDecimal(1);
      }
    }
  }

  @Test
  void withoutAWorkspaceItSaysSo() {
    ReconcileViewModel viewModel =
        new ReconcileViewModel(services.reconcileService(), current, context, executor);

    assertThat(viewModel.lines()).isEmpty();
    assertThat(viewModel.summaryProperty().get()).isEqualTo("No workspace open");
  }
}
