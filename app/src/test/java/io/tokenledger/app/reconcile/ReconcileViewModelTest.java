package io.tokenledger.app.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import io.tokenledger.app.AppServices;
import io.tokenledger.app.task.SynchronousTaskExecutor;
import io.tokenledger.app.testing.TestServices;
import io.tokenledger.app.workspace.CurrentWorkspace;
import io.tokenledger.engine.reconcile.Grain;
import io.tokenledger.engine.reconcile.ReconciliationLine;
import io.tokenledger.engine.task.Cancellation;
import io.tokenledger.engine.task.ProgressListener;
import io.tokenledger.engine.workspace.Workspace;
import io.tokenledger.importers.ImportOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReconcileViewModelTest {

  @TempDir Path dir;

  private final AppServices services = TestServices.create();
  private final CurrentWorkspace current = new CurrentWorkspace();
  private final Workspace workspace = services.workspaceStore().inMemory();

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
    services
        .importService()
        .importFile(
            workspace,
            ledger,
            ImportOptions.defaults(),
            ProgressListener.NONE,
            Cancellation.none());
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
        new ReconcileViewModel(services.reconcileService(), current, new SynchronousTaskExecutor());

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
  void withoutAWorkspaceItSaysSo() {
    ReconcileViewModel viewModel =
        new ReconcileViewModel(services.reconcileService(), current, new SynchronousTaskExecutor());

    assertThat(viewModel.lines()).isEmpty();
    assertThat(viewModel.summaryProperty().get()).isEqualTo("No workspace open");
  }
}
