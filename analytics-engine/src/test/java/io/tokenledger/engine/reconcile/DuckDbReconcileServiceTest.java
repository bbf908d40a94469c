package io.tokenledger.engine.reconcile;

import static io.tokenledger.engine.testing.LedgerFixture.day;
import static org.assertj.core.api.Assertions.assertThat;

import io.tokenledger.engine.testing.LedgerFixture;
import io.tokenledger.engine.workspace.DuckDbWorkspaceStore;
import io.tokenledger.engine.workspace.Workspace;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DuckDbReconcileServiceTest {

  private final Workspace workspace = new DuckDbWorkspaceStore("test").inMemory();
  private final DuckDbReconcileService reconcile = new DuckDbReconcileService();

  @AfterEach
  void close() {
    workspace.close();
  }

  @Test
  void invoiceUsageAndTracesSitSideBySideWithTheGapAndItsCause() throws Exception {
    try (LedgerFixture bill = new LedgerFixture(workspace, 1, "bill");
        LedgerFixture usage = new LedgerFixture(workspace, 2, "usage");
        LedgerFixture traces = new LedgerFixture(workspace, 3, "trace")) {
      bill.billedTokens("openai", "gpt-4o", "in_uncached", day(10, 1), 1000, "1.00");
      bill.billedTokens("openai", "gpt-4o", "out_text", day(10, 1), 500, "2.00");
      usage.event("openai", "gpt-4o", day(10, 1).plusHours(2), 1000, 0, 500, 0, null);
      traces.event("openai", "gpt-4o", day(10, 1).plusHours(2), 800, 0, 400, 0, "2.40");

      List<ReconciliationLine> lines = reconcile.reconcile(workspace, Grain.DAY, null, null);

      assertThat(lines)
          .singleElement()
          .satisfies(
              line -> {
                assertThat(line.period()).isEqualTo("2026-10-01");
                assertThat(line.invoiceCost()).isEqualByComparingTo("3.00");
                assertThat(line.invoiceTokens()).isEqualTo(1500);
                assertThat(line.usageTokens()).isEqualTo(1500);
                assertThat(line.traceTokens()).isEqualTo(1200);
                assertThat(line.traceTokenGap()).isEqualTo(300);
                assertThat(line.costGap()).isEqualByComparingTo("0.60");
                assertThat(line.costGapShare()).isEqualByComparingTo("0.2");
                assertThat(line.causes())
                    .containsExactly("missing traces: traces cover 80.0% of the billed tokens");
              });
    }
  }

  @Test
  void oppositeGapsOnNeighbouringDaysPointAtTheDayBoundary() throws Exception {
    try (LedgerFixture bill = new LedgerFixture(workspace, 1, "bill");
        LedgerFixture traces = new LedgerFixture(workspace, 3, "trace")) {
      bill.billedTokens("anthropic", "claude-sonnet-4-5", "in_uncached", day(10, 3), 1000, "3.00");
      bill.billedTokens("anthropic", "claude-sonnet-4-5", "in_uncached", day(10, 4), 1000, "3.00");
      traces.event("anthropic", "claude-sonnet-4-5", day(10, 3).plusHours(1), 900, 0, 0, 0, "2.70");
      traces.event(
          "anthropic", "claude-sonnet-4-5", day(10, 4).plusHours(1), 1100, 0, 0, 0, "3.30");

      List<ReconciliationLine> daily = reconcile.reconcile(workspace, Grain.DAY, null, null);
      List<ReconciliationLine> monthly = reconcile.reconcile(workspace, Grain.MONTH, null, null);

      assertThat(daily)
          .extracting(ReconciliationLine::causes)
          .containsOnly(
              List.of(
                  "day boundary: the neighbouring day has the opposite gap (time zone of the traces)"));
      assertThat(monthly)
          .singleElement()
          .satisfies(
              line -> {
                assertThat(line.period()).isEqualTo("2026-10");
                assertThat(line.traceTokenGap()).isZero();
                assertThat(line.costGap()).isEqualByComparingTo("0");
                assertThat(line.causes()).isEmpty();
              });
    }
  }

  @Test
  void oneSidedLinesSayWhatIsMissing() throws Exception {
    try (LedgerFixture bill = new LedgerFixture(workspace, 1, "bill");
        LedgerFixture traces = new LedgerFixture(workspace, 3, "trace")) {
      bill.billedTokens("openai", "o3", "out_reasoning", day(10, 5), 700, "5.60");
      traces.event("openai", "gpt-4o-mini", day(10, 5).plusHours(1), 10, 0, 5, 0, "0.01");

      List<ReconciliationLine> lines = reconcile.reconcile(workspace, Grain.DAY, null, null);

      assertThat(lines)
          .extracting(ReconciliationLine::model, l -> l.causes().get(0))
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(
                  "gpt-4o-mini",
                  "usage with no invoice line (not billed yet, or billed under another model name)"),
              org.assertj.core.groups.Tuple.tuple(
                  "o3", "no usage recorded for this model and period"));
    }
  }

  @Test
  void cacheAndReasoningTokensTheTracesMissAreNamed() throws Exception {
    try (LedgerFixture bill = new LedgerFixture(workspace, 1, "bill");
        LedgerFixture traces = new LedgerFixture(workspace, 3, "trace")) {
      bill.billedTokens("openai", "o3", "in_uncached", day(10, 6), 1000, "2.00");
      bill.billedTokens("openai", "o3", "in_cache_read", day(10, 6), 4000, "2.00");
      bill.billedTokens("openai", "o3", "out_reasoning", day(10, 6), 2000, "16.00");
      traces.event("openai", "o3", day(10, 6).plusHours(1), 5000, 0, 2000, 0, "12.00");

      ReconciliationLine line = reconcile.reconcile(workspace, Grain.DAY, null, null).get(0);

      assertThat(line.traceTokenGap()).isZero();
      assertThat(line.causes())
          .containsExactly(
              "cache tokens: the bill prices cache reads and writes the traces do not show",
              "reasoning tokens: billed as output but absent from the traces");
    }
  }
}
