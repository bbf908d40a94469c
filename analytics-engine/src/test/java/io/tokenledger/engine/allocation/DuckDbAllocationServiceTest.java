package io.tokenledger.engine.allocation;

import static io.tokenledger.engine.testing.LedgerFixture.day;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tokenledger.engine.task.Cancellation;
import io.tokenledger.engine.task.CancelledException;
import io.tokenledger.engine.task.ProgressListener;
import io.tokenledger.engine.testing.LedgerFixture;
import io.tokenledger.engine.workspace.DuckDbWorkspaceStore;
import io.tokenledger.engine.workspace.Workspace;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DuckDbAllocationServiceTest {

  private final Workspace workspace = new DuckDbWorkspaceStore("test").inMemory();
  private final DuckDbAllocationService allocation = new DuckDbAllocationService();

  @AfterEach
  void close() {
    workspace.close();
  }

  @Test
  void anInvoicedAmountIsSpreadOverTheDaysUsageByTokens() throws Exception {
    try (LedgerFixture ledger = new LedgerFixture(workspace, 1)) {
      ledger.costLine(
          "openai", "gpt-4o", "in_uncached", day(10, 1), day(10, 2), "100.00", "USD", "OpenAI API");
      ledger.event("openai", "gpt-4o", day(10, 1).plusHours(3), "acme", "chat", 300, 0, 0);
      ledger.event("openai", "gpt-4o", day(10, 1).plusHours(9), "globex", "rag", 100, 0, 0);
      ledger.event("openai", "gpt-4o", day(10, 2).plusHours(1), "globex", "rag", 5000, 0, 0);

      AllocationRun run = allocation.run(workspace, ProgressListener.NONE, Cancellation.none());

      assertThat(run.billed()).isEqualByComparingTo("100");
      assertThat(run.allocated()).isEqualByComparingTo("100");
      assertThat(run.unallocated()).isEqualByComparingTo("0");
      assertThat(ledger.text(clientTotals())).isEqualTo("acme=75.0000000000;globex=25.0000000000");
    }
  }

  @Test
  void roundingRemaindersAreCarriedSoThePartsAddUpExactly() throws Exception {
    try (LedgerFixture ledger = new LedgerFixture(workspace, 1)) {
      ledger.costLine(
          "anthropic",
          "claude-haiku-4-5",
          "out_text",
          day(10, 1),
          day(10, 2),
          "10.00",
          "USD",
          "API");
      for (String client : new String[] {"a", "b", "c"}) {
        ledger.event(
            "anthropic", "claude-haiku-4-5", day(10, 1).plusHours(1), client, "f", 0, 7, 0);
      }

      allocation.run(workspace, ProgressListener.NONE, Cancellation.none());

      assertThat(ledger.text(clientTotals()))
          .isEqualTo("a=3.3333333334;b=3.3333333333;c=3.3333333333");
      assertThat(ledger.decimal("SELECT sum(billed) FROM allocations")).isEqualByComparingTo("10");
    }
  }

  @Test
  void reasoningTokensShareTheOutputLineWhenTheBillDoesNotSplitThem() throws Exception {
    try (LedgerFixture ledger = new LedgerFixture(workspace, 1)) {
      ledger.costLine("openai", "o3", "out_text", day(10, 1), day(10, 2), "9.00", "USD", "API");
      ledger.event("openai", "o3", day(10, 1).plusHours(1), "acme", "agent", 0, 100, 800);
      ledger.event("openai", "o3", day(10, 1).plusHours(2), "globex", "chat", 0, 100, 0);

      allocation.run(workspace, ProgressListener.NONE, Cancellation.none());

      assertThat(ledger.text(clientTotals())).isEqualTo("acme=8.1000000000;globex=0.9000000000");
    }
  }

  @Test
  void costWithoutUsageStaysUnallocatedWithItsReason() throws Exception {
    try (LedgerFixture ledger = new LedgerFixture(workspace, 1)) {
      ledger.costLine(
          "openai", "gpt-4o", "in_uncached", day(10, 1), day(10, 2), "4.20", "USD", "API");
      ledger.event("openai", "gpt-4o-mini", day(10, 1).plusHours(1), "acme", "chat", 10, 0, 0);

      AllocationRun run = allocation.run(workspace, ProgressListener.NONE, Cancellation.none());

      assertThat(run.unallocated()).isEqualByComparingTo("4.20");
      assertThat(ledger.text("SELECT reason FROM allocations"))
          .isEqualTo("no usage of gpt-4o (in_uncached) in the charge period");
    }
  }

  @Test
  void creditsAreSpreadWithTheirSign() throws Exception {
    try (LedgerFixture ledger = new LedgerFixture(workspace, 1)) {
      ledger.costLine(
          "openai", "gpt-4o", "in_uncached", day(10, 1), day(10, 2), "-1.00", "USD", "API");
      ledger.event("openai", "gpt-4o", day(10, 1).plusHours(1), "a", "f", 1, 0, 0);
      ledger.event("openai", "gpt-4o", day(10, 1).plusHours(2), "b", "f", 2, 0, 0);

      allocation.run(workspace, ProgressListener.NONE, Cancellation.none());

      assertThat(ledger.text(clientTotals())).isEqualTo("a=-0.3333333333;b=-0.6666666667");
    }
  }

  @Test
  void sharedCostsAreUnallocatedUntilASplitIsChosenThenSplitEvenProportionalOrFixed()
      throws Exception {
    try (LedgerFixture ledger = new LedgerFixture(workspace, 1)) {
      ledger.costLine(
          "openai", "gpt-4o", "in_uncached", day(10, 1), day(10, 2), "30.00", "USD", "API");
      ledger.costLine("aws", null, null, day(10, 1), day(11, 1), "90.00", "USD", "Amazon EC2");
      ledger.event("openai", "gpt-4o", day(10, 1).plusHours(1), "acme", "chat", 200, 0, 0);
      ledger.event("openai", "gpt-4o", day(10, 1).plusHours(2), "globex", "chat", 100, 0, 0);

      allocation.run(workspace, ProgressListener.NONE, Cancellation.none());
      assertThat(allocation.sharedPools(workspace))
          .singleElement()
          .satisfies(
              pool -> {
                assertThat(pool.poolKey()).isEqualTo("aws/Amazon EC2");
                assertThat(pool.method()).isEqualTo("unallocated");
                assertThat(pool.billed()).isEqualByComparingTo("90");
              });
      assertThat(ledger.text(clientTotals())).isEqualTo("acme=20.0000000000;globex=10.0000000000");

      allocation.setSplit(workspace, SharedCostSplit.even("aws/Amazon EC2"));
      allocation.run(workspace, ProgressListener.NONE, Cancellation.none());
      assertThat(ledger.text(clientTotals())).isEqualTo("acme=65.0000000000;globex=55.0000000000");

      allocation.setSplit(
          workspace,
          SharedCostSplit.proportional("aws/Amazon EC2", SharedCostSplit.Basis.ALLOCATED_COST));
      allocation.run(workspace, ProgressListener.NONE, Cancellation.none());
      assertThat(ledger.text(clientTotals())).isEqualTo("acme=80.0000000000;globex=40.0000000000");

      allocation.setSplit(
          workspace,
          SharedCostSplit.fixed(
              "aws/Amazon EC2",
              Map.of("acme", new BigDecimal("0.1"), "initech", new BigDecimal("0.9"))));
      AllocationRun run = allocation.run(workspace, ProgressListener.NONE, Cancellation.none());
      assertThat(ledger.text(clientTotals()))
          .isEqualTo("acme=29.0000000000;globex=10.0000000000;initech=81.0000000000");
      assertThat(run.unallocated()).isEqualByComparingTo("0");
    }
  }

  @Test
  void aProvidersUsageExportCountsOnlyWhereNoRequestLevelSourceCoversTheDay() throws Exception {
    try (LedgerFixture bill = new LedgerFixture(workspace, 1, "bill");
        LedgerFixture usageExport = new LedgerFixture(workspace, 2, "usage");
        LedgerFixture traces = new LedgerFixture(workspace, 3, "trace")) {
      bill.costLine(
          "openai", "gpt-4o", "in_uncached", day(10, 1), day(10, 2), "10.00", "USD", "API");
      bill.costLine(
          "openai", "gpt-4o", "in_uncached", day(10, 2), day(10, 3), "6.00", "USD", "API");
      // Day 1 has traces (request-level) and the provider's daily total for the same requests.
      traces.event("openai", "gpt-4o", day(10, 1).plusHours(1), "acme", "chat", 300, 0, 0);
      traces.event("openai", "gpt-4o", day(10, 1).plusHours(2), "globex", "chat", 100, 0, 0);
      usageExport.event("openai", "gpt-4o", day(10, 1), null, null, 400, 0, 0);
      // Day 2 has only the provider's export.
      usageExport.event("openai", "gpt-4o", day(10, 2), null, null, 50, 0, 0);

      allocation.run(workspace, ProgressListener.NONE, Cancellation.none());

      assertThat(bill.text(clientTotals())).isEqualTo("acme=7.5000000000;globex=2.5000000000");
      assertThat(bill.decimal("SELECT sum(billed) FROM allocations WHERE client IS NULL"))
          .isEqualByComparingTo("6.00");
      assertThat(
              bill.text(
                  "SELECT string_agg(import_id || ':' || in_basis, ',' ORDER BY import_id, source_line) FROM usage_events"))
          .isEqualTo("2:false,2:true,3:true,3:true");
    }
  }

  @Test
  void allocationIsStaleAfterAnImportUntilItRunsAgain() throws Exception {
    assertThat(allocation.isStale(workspace)).isTrue();
    allocation.run(workspace, ProgressListener.NONE, Cancellation.none());
    assertThat(allocation.isStale(workspace)).isFalse();
    try (LedgerFixture ignored = new LedgerFixture(workspace, 7)) {
      assertThat(allocation.isStale(workspace)).isTrue();
      assertThat(allocation.refresh(workspace)).isTrue();
      assertThat(allocation.refresh(workspace)).isFalse();
    }
  }

  @Test
  void aCancelledRunLeavesThePreviousAllocation() throws Exception {
    try (LedgerFixture ledger = new LedgerFixture(workspace, 1)) {
      ledger.costLine(
          "openai", "gpt-4o", "in_uncached", day(10, 1), day(10, 2), "1.00", "USD", "API");
      ledger.event("openai", "gpt-4o", day(10, 1).plusHours(1), "acme", "chat", 1, 0, 0);
      allocation.run(workspace, ProgressListener.NONE, Cancellation.none());
      Cancellation cancellation = new Cancellation();

      assertThatThrownBy(
              () ->
                  allocation.run(
                      workspace,
                      (done, total, message) -> {
                        if (done >= 3) {
                          cancellation.cancel();
                        }
                      },
                      cancellation))
          .isInstanceOf(CancelledException.class);
      assertThat(ledger.text(clientTotals())).isEqualTo("acme=1.0000000000");
    }
  }

  @Test
  void randomLedgersAlwaysConserveEveryDollarPerProviderCurrencyAndMonth() throws Exception {
    Random random = new Random(20261122);
    String[] providers = {"openai", "anthropic"};
    String[] models = {"m1", "m2", "m3"};
    String[] buckets = {"in_uncached", "out_text"};
    String[] currencies = {"USD", "EUR"};
    try (LedgerFixture ledger = new LedgerFixture(workspace, 1)) {
      Map<String, BigDecimal> expected = new HashMap<>();
      for (int i = 0; i < 400; i++) {
        String provider = providers[random.nextInt(providers.length)];
        String currency = currencies[random.nextInt(currencies.length)];
        int month = 9 + random.nextInt(2);
        int dayOfMonth = 1 + random.nextInt(28);
        BigDecimal amount =
            BigDecimal.valueOf(random.nextLong(-50_000_000L, 9_000_000_000L), 8)
                .setScale(10, RoundingMode.UNNECESSARY);
        boolean shared = random.nextInt(5) == 0;
        ledger.costLine(
            provider,
            shared ? null : models[random.nextInt(models.length)],
            shared ? null : buckets[random.nextInt(buckets.length)],
            day(month, dayOfMonth),
            day(month, dayOfMonth).plusDays(1),
            amount.toPlainString(),
            currency,
            shared ? "Platform" : "API");
        expected.merge(provider + " " + currency + " " + month, amount, BigDecimal::add);
      }
      for (int i = 0; i < 3000; i++) {
        int month = 9 + random.nextInt(2);
        ledger.event(
            providers[random.nextInt(providers.length)],
            models[random.nextInt(models.length)],
            day(month, 1 + random.nextInt(28)).plusMinutes(random.nextInt(1440)),
            "c" + random.nextInt(12),
            "f" + random.nextInt(4),
            random.nextInt(5000),
            random.nextInt(3000),
            random.nextInt(2) == 0 ? 0 : random.nextInt(2000));
      }
      allocation.setSplit(workspace, SharedCostSplit.even("openai/Platform"));
      allocation.setSplit(
          workspace,
          SharedCostSplit.proportional("anthropic/Platform", SharedCostSplit.Basis.TOKENS));

      allocation.run(workspace, ProgressListener.NONE, Cancellation.none());

      for (Map.Entry<String, BigDecimal> group : expected.entrySet()) {
        String[] key = group.getKey().split(" ");
        BigDecimal allocated =
            ledger.decimal(
                "SELECT sum(a.billed) FROM allocations a JOIN allocation_pools p USING (pool_id)"
                    + " WHERE a.provider = '"
                    + key[0]
                    + "' AND a.currency = '"
                    + key[1]
                    + "' AND month(p.period_start) = "
                    + key[2]);
        assertThat(allocated).as(group.getKey()).isEqualByComparingTo(group.getValue());
      }
      assertThat(ledger.decimal("SELECT count(*) FROM allocations WHERE method = 'tokens'"))
          .isGreaterThan(BigDecimal.valueOf(1000));
    }
  }

  private static String clientTotals() {
    return "SELECT string_agg(client || '=' || total, ';' ORDER BY client) FROM"
        + " (SELECT client, sum(billed)::VARCHAR AS total FROM allocations"
        + " WHERE client IS NOT NULL GROUP BY client)";
  }
}
