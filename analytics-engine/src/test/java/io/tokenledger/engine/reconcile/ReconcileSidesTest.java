package io.tokenledger.engine.reconcile;

import static io.tokenledger.engine.testing.LedgerFixture.day;
import static org.assertj.core.api.Assertions.assertThat;

import io.tokenledger.engine.testing.LedgerFixture;
import io.tokenledger.engine.workspace.DuckDbWorkspaceStore;
import io.tokenledger.engine.workspace.Workspace;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Which rows stand on the trace side of reconciliation when a workspace holds the company's ledger,
 * several trace formats and the provider's usage export of the same requests: traces stay the
 * trace-estimated side (one format per line, never their sum), so missing traces still show; the
 * ledger stands in only for a provider without any trace.
 */
class ReconcileSidesTest {

  private final Workspace workspace = new DuckDbWorkspaceStore("test").inMemory();
  private final DuckDbReconcileService reconcile = new DuckDbReconcileService();

  @AfterEach
  void close() {
    workspace.close();
  }

  @Test
  void tracesStayTheTraceSideAndTheLedgerStandsInOnlyWhereThereAreNone() throws Exception {
    try (LedgerFixture bill = new LedgerFixture(workspace, 1, "bill");
        LedgerFixture ledger = new LedgerFixture(workspace, 2, "ledger");
        LedgerFixture spendLog = new LedgerFixture(workspace, 3, "trace", "litellm-spend-logs");
        LedgerFixture otel = new LedgerFixture(workspace, 4, "trace", "otel-otlp-json");
        LedgerFixture usage = new LedgerFixture(workspace, 5, "usage")) {
      bill.billedTokens("openai", "gpt-4o", "in_uncached", day(10, 1), 600, "1.50");
      bill.billedTokens("anthropic", "claude-haiku-4-5", "in_uncached", day(10, 1), 1000, "1.00");
      ledger.event("openai", "gpt-4o", day(10, 1).plusHours(1), 300, 0, 0, 0, "0.75");
      ledger.event("openai", "gpt-4o", day(10, 1).plusHours(2), 100, 0, 0, 0, "0.25");
      ledger.event("openai", "gpt-4o", day(10, 1).plusHours(3), 200, 0, 0, 0, "0.50");
      ledger.event("anthropic", "claude-haiku-4-5", day(10, 1).plusHours(4), 1000, 0, 0, 0, "1");
      spendLog.event("openai", "gpt-4o", day(10, 1).plusHours(1), 300, 0, 0, 0, "0.75");
      spendLog.event("openai", "gpt-4o", day(10, 1).plusHours(2), 100, 0, 0, 0, "0.25");
      otel.event("openai", "gpt-4o", day(10, 1).plusHours(1), 300, 0, 0, 0, null);
      usage.event("openai", "gpt-4o", day(10, 1), 600, 0, 0, 0, null);

      Map<String, ReconciliationLine> byProvider =
          reconcile.reconcile(workspace, Grain.DAY, null, null).stream()
              .collect(Collectors.toMap(ReconciliationLine::provider, Function.identity()));

      ReconciliationLine openai = byProvider.get("openai");
      assertThat(openai.usageTokens()).isEqualTo(600L);
      assertThat(openai.traceTokens())
          .as("the spend log alone: not + OTel, not the ledger")
          .isEqualTo(400L);
      assertThat(openai.traceRequests()).isEqualTo(2L);
      assertThat(openai.traceCost()).isEqualByComparingTo("1.00");
      assertThat(openai.causes()).anyMatch(c -> c.startsWith("missing traces"));
      ReconciliationLine anthropic = byProvider.get("anthropic");
      assertThat(anthropic.usageTokens()).isNull();
      assertThat(anthropic.traceTokens()).as("no trace for anthropic: the ledger").isEqualTo(1000L);
      assertThat(anthropic.causes()).isEqualTo(List.of());
    }
  }

  @Test
  void aDatedSnapshotAndItsAliasReconcileOnOneLineAndTheCostedTraceWinsATie() throws Exception {
    try (LedgerFixture bill = new LedgerFixture(workspace, 1, "bill");
        LedgerFixture spendLog = new LedgerFixture(workspace, 2, "trace", "litellm-spend-logs");
        LedgerFixture otel = new LedgerFixture(workspace, 3, "trace", "otel-otlp-json")) {
      bill.billedTokens("openai", "gpt-4o-2024-08-06", "in_uncached", day(10, 1), 500, "1.25");
      spendLog.event("openai", "gpt-4o", day(10, 1).plusHours(1), 500, 0, 0, 0, "1.20");
      otel.event("openai", "gpt-4o-2024-08-06", day(10, 1).plusHours(1), 500, 0, 0, 0, null);

      List<ReconciliationLine> lines = reconcile.reconcile(workspace, Grain.DAY, null, null);

      assertThat(lines).hasSize(1);
      assertThat(lines.get(0).model()).isEqualTo("gpt-4o");
      assertThat(lines.get(0).invoiceCost()).isEqualByComparingTo("1.25");
      assertThat(lines.get(0).traceTokens()).isEqualTo(500L);
      assertThat(lines.get(0).traceCost()).isEqualByComparingTo("1.20");
    }
  }

  @Test
  void theLedgerStandsInOnlyBeforeOrAfterTheTracedPeriods() throws Exception {
    try (LedgerFixture bill = new LedgerFixture(workspace, 1, "bill");
        LedgerFixture ledger = new LedgerFixture(workspace, 2, "ledger");
        LedgerFixture traces = new LedgerFixture(workspace, 3, "trace", "otel-otlp-json")) {
      for (int day = 1; day <= 4; day++) {
        bill.billedTokens("openai", "gpt-4o", "in_uncached", day(10, day), 100, "0.25");
        ledger.event("openai", "gpt-4o", day(10, day).plusHours(1), 100, 0, 0, 0, "0.25");
      }
      // Traces were collected from day 2 to day 3, and day 3 lost half of them.
      traces.event("openai", "gpt-4o", day(10, 2).plusHours(1), 100, 0, 0, 0, null);
      traces.event("openai", "gpt-4o", day(10, 3).plusHours(1), 50, 0, 0, 0, null);

      Map<String, ReconciliationLine> byDay =
          reconcile.reconcile(workspace, Grain.DAY, null, null).stream()
              .collect(Collectors.toMap(ReconciliationLine::period, Function.identity()));

      assertThat(byDay.get("2026-10-01").traceTokens())
          .as("before the traces: ledger")
          .isEqualTo(100L);
      assertThat(byDay.get("2026-10-02").traceTokens()).isEqualTo(100L);
      assertThat(byDay.get("2026-10-03").traceTokens())
          .as("a trace gap, not the ledger")
          .isEqualTo(50L);
      assertThat(byDay.get("2026-10-03").causes()).anyMatch(c -> c.startsWith("missing traces"));
      assertThat(byDay.get("2026-10-04").traceTokens())
          .as("after the traces: ledger")
          .isEqualTo(100L);
    }
  }
}
