package io.tokenledger.engine.allocation;

import static io.tokenledger.engine.testing.LedgerFixture.day;
import static org.assertj.core.api.Assertions.assertThat;

import io.tokenledger.engine.explore.PivotSummary;
import io.tokenledger.engine.task.Cancellation;
import io.tokenledger.engine.task.ProgressListener;
import io.tokenledger.engine.testing.LedgerFixture;
import io.tokenledger.engine.workspace.DuckDbWorkspaceStore;
import io.tokenledger.engine.workspace.Workspace;
import java.math.BigDecimal;
import java.sql.Connection;
import java.time.YearMonth;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A run after new imports rebuilds only the months they touched; what it leaves must be exactly
 * what a run over every month writes: the same allocated rows, the same pivot summary.
 */
class IncrementalAllocationTest {

  private static final String[] PROVIDERS = {"openai", "anthropic"};
  private static final String[] MODELS = {"m1", "m2"};
  private static final String[] BUCKETS = {"in_uncached", "out_text"};

  private final Workspace workspace = new DuckDbWorkspaceStore("test").inMemory();
  private final DuckDbAllocationService allocation = new DuckDbAllocationService();

  @AfterEach
  void close() {
    workspace.close();
  }

  @Test
  void aRunAfterAnImportRebuildsOnlyItsMonthsAndEqualsARunOverEveryMonth() throws Exception {
    Random random = new Random(20261122);
    try (LedgerFixture first = new LedgerFixture(workspace, 1)) {
      randomLedger(first, random, List.of(9, 10, 11), 300, 2000);
      first.costLine("aws", null, null, day(9, 1), day(10, 1), "90.00", "USD", "Platform");
      first.costLine("aws", null, null, day(10, 1), day(11, 1), "60.00", "USD", "Platform");
      // A charge period from mid-October to mid-November: its pool starts in October but
      // spreads over November's usage too.
      first.costLine("openai", "m1", "in_uncached", day(10, 15), day(11, 15), "500", "USD", "API");
    }
    allocation.setSplit(workspace, SharedCostSplit.even("aws/Platform"));
    AllocationRun full = allocation.run(workspace, ProgressListener.NONE, Cancellation.none());
    assertThat(full.scope().isAll()).isTrue();

    try (LedgerFixture second = new LedgerFixture(workspace, 2)) {
      randomLedger(second, random, List.of(11), 20, 300);
    }
    assertThat(allocation.isStale(workspace)).isTrue();
    AllocationRun incremental =
        allocation.run(workspace, ProgressListener.NONE, Cancellation.none());

    // November was imported into; October's spanning pool reaches November.
    assertThat(incremental.scope())
        .isEqualTo(AllocationScope.months(List.of(YearMonth.of(2026, 10), YearMonth.of(2026, 11))));
    assertThat(allocation.isStale(workspace)).isFalse();
    try (Connection connection = workspace.newConnection();
        var statement = connection.createStatement()) {
      statement.execute("CREATE TEMP TABLE incremental_allocations AS FROM allocations");
      statement.execute("CREATE TEMP TABLE incremental_facts AS FROM pivot_facts");
      statement.execute("CREATE TEMP TABLE incremental_pools AS FROM allocation_pools");
      AllocationRun everything =
          allocation.run(
              workspace, AllocationScope.all(), ProgressListener.NONE, Cancellation.none());
      assertThat(incremental.billed()).isEqualByComparingTo(everything.billed());
      assertThat(incremental.unallocated()).isEqualByComparingTo(everything.unallocated());
      assertThat(difference(statement, "incremental_allocations", "allocations")).isZero();
      assertThat(difference(statement, "incremental_facts", "pivot_facts")).isZero();
      assertThat(difference(statement, "incremental_pools", "allocation_pools")).isZero();
    }
  }

  @Test
  void aPoolReachingIntoTheNextMonthCountsThatMonthsUsageBasis() throws Exception {
    try (LedgerFixture bill = new LedgerFixture(workspace, 1, "bill");
        LedgerFixture usageExport = new LedgerFixture(workspace, 2, "usage");
        LedgerFixture traces = new LedgerFixture(workspace, 3, "trace")) {
      bill.costLine("openai", "m1", "in_uncached", day(10, 15), day(11, 15), "10.00", "USD", "API");
      // November 2nd has traces and the provider's daily total of the same requests: only the
      // traces count, though the pool is October's and every month is spread one by one.
      usageExport.event("openai", "m1", day(11, 2), null, null, 400, 0, 0);
      traces.event("openai", "m1", day(11, 2).plusHours(1), "acme", "chat", 300, 0, 0);
      traces.event("openai", "m1", day(11, 2).plusHours(2), "globex", "chat", 100, 0, 0);

      AllocationRun run =
          allocation.run(
              workspace, AllocationScope.all(), ProgressListener.NONE, Cancellation.none());

      assertThat(run.unallocated()).isEqualByComparingTo("0");
      assertThat(
              bill.text(
                  "SELECT string_agg(coalesce(client, '-') || '=' || billed::VARCHAR, ';'"
                      + " ORDER BY client) FROM allocations"))
          .isEqualTo("acme=7.5000000000;globex=2.5000000000");
    }
  }

  @Test
  void anImportWithoutCostOrUsageRebuildsNothing() throws Exception {
    try (LedgerFixture bill = new LedgerFixture(workspace, 1)) {
      bill.costLine("openai", "m1", "in_uncached", day(10, 1), day(10, 2), "5.00", "USD", "API");
      bill.event("openai", "m1", day(10, 1).plusHours(1), "acme", "chat", 10, 0, 0);
    }
    allocation.run(workspace, ProgressListener.NONE, Cancellation.none());
    try (LedgerFixture revenue = new LedgerFixture(workspace, 2)) {
      // an import of revenue or FX rates: no cost line, no usage event
      assertThat(allocation.isStale(workspace)).isTrue();
      AllocationRun run = allocation.run(workspace, ProgressListener.NONE, Cancellation.none());

      assertThat(run.scope()).isEqualTo(AllocationScope.months(List.of()));
      assertThat(run.allocated()).isEqualByComparingTo("5.00");
      assertThat(allocation.isStale(workspace)).isFalse();
      // The summary is still there and still current, with the whole allocation in it.
      assertThat(
              revenue.decimal(
                  "SELECT sum(allocated) FROM pivot_facts WHERE grain = 'month' AND kind = 'cost'"))
          .isEqualByComparingTo("5.00");
      assertThat(
              revenue.decimal(
                  "SELECT count(*) FROM pivot_summary_state s JOIN allocation_runs r USING (run_id)"
                      + " WHERE r.run_id = (SELECT max(run_id) FROM allocation_runs)"))
          .isEqualByComparingTo("1");
    }
  }

  @Test
  void removingAnImportRebuildsEveryMonth() throws Exception {
    try (LedgerFixture bill = new LedgerFixture(workspace, 1);
        LedgerFixture extra = new LedgerFixture(workspace, 2)) {
      bill.costLine("openai", "m1", "in_uncached", day(10, 1), day(10, 2), "5.00", "USD", "API");
      extra.costLine("openai", "m1", "in_uncached", day(9, 1), day(9, 2), "7.00", "USD", "API");
      allocation.run(workspace, ProgressListener.NONE, Cancellation.none());
      bill.execute("DELETE FROM cost_lines WHERE import_id = 2");
      bill.execute("DELETE FROM import_log WHERE import_id = 2");

      assertThat(allocation.isStale(workspace)).isTrue();
      AllocationRun run = allocation.run(workspace, ProgressListener.NONE, Cancellation.none());

      assertThat(run.scope().isAll()).isTrue();
      assertThat(run.billed()).isEqualByComparingTo("5.00");
    }
  }

  @Test
  void changedSplitsAndMappingRulesMakeTheAllocationStaleAndRebuildEveryMonth() throws Exception {
    try (LedgerFixture bill = new LedgerFixture(workspace, 1)) {
      bill.costLine("aws", null, null, day(10, 1), day(11, 1), "8.00", "USD", "Platform");
      bill.costLine("openai", "m1", "in_uncached", day(10, 1), day(10, 2), "2.00", "USD", "API");
      bill.event("openai", "m1", day(10, 1).plusHours(1), "acme", "chat", 10, 0, 0);
      allocation.run(workspace, ProgressListener.NONE, Cancellation.none());
      assertThat(allocation.isStale(workspace)).isFalse();

      allocation.setSplit(workspace, SharedCostSplit.even("aws/Platform"));
      assertThat(allocation.isStale(workspace)).isTrue();
      AllocationRun run = allocation.run(workspace, ProgressListener.NONE, Cancellation.none());
      assertThat(run.scope().isAll()).isTrue();
      assertThat(run.unallocated()).isEqualByComparingTo("0");

      try (Connection connection = workspace.newConnection()) {
        PivotSummary.invalidate(connection); // what re-applying mapping rules does
      }
      assertThat(allocation.isStale(workspace)).isTrue();
      assertThat(allocation.run(workspace, ProgressListener.NONE, Cancellation.none()).scope())
          .isEqualTo(AllocationScope.all());
    }
  }

  @Test
  void aRunOfChosenMonthsLeavesTheOthersAsTheyWere() throws Exception {
    try (LedgerFixture bill = new LedgerFixture(workspace, 1)) {
      bill.costLine("openai", "m1", "in_uncached", day(9, 1), day(9, 2), "3.00", "USD", "API");
      bill.costLine("openai", "m1", "in_uncached", day(10, 1), day(10, 2), "4.00", "USD", "API");
      bill.event("openai", "m1", day(9, 1).plusHours(1), "acme", "chat", 10, 0, 0);
      bill.event("openai", "m1", day(10, 1).plusHours(1), "acme", "chat", 10, 0, 0);
      allocation.run(workspace, ProgressListener.NONE, Cancellation.none());
      bill.execute("UPDATE allocations SET reason = 'kept' WHERE day = DATE '2026-09-01'");

      AllocationRun october =
          allocation.run(
              workspace,
              AllocationScope.months(List.of(YearMonth.of(2026, 10))),
              ProgressListener.NONE,
              Cancellation.none());

      assertThat(october.billed()).isEqualByComparingTo("7.00");
      assertThat(
              bill.text(
                  "SELECT string_agg(DISTINCT coalesce(reason, '-'), ',') FROM allocations"
                      + " WHERE day = DATE '2026-09-01'"))
          .isEqualTo("kept");
      assertThat(bill.decimal("SELECT sum(billed) FROM allocations WHERE day = DATE '2026-10-01'"))
          .isEqualByComparingTo("4.00");
    }
  }

  private static void randomLedger(
      LedgerFixture ledger, Random random, List<Integer> months, int lines, int events)
      throws Exception {
    for (int i = 0; i < lines; i++) {
      int month = months.get(random.nextInt(months.size()));
      int dayOfMonth = 1 + random.nextInt(28);
      ledger.costLine(
          PROVIDERS[random.nextInt(PROVIDERS.length)],
          MODELS[random.nextInt(MODELS.length)],
          BUCKETS[random.nextInt(BUCKETS.length)],
          day(month, dayOfMonth),
          day(month, dayOfMonth).plusDays(1),
          BigDecimal.valueOf(random.nextLong(1, 900_000_000L), 6).toPlainString(),
          "USD",
          "API");
    }
    for (int i = 0; i < events; i++) {
      int month = months.get(random.nextInt(months.size()));
      ledger.event(
          PROVIDERS[random.nextInt(PROVIDERS.length)],
          MODELS[random.nextInt(MODELS.length)],
          day(month, 1 + random.nextInt(28)).plusMinutes(random.nextInt(1440)),
          "c" + random.nextInt(8),
          "f" + random.nextInt(3),
          random.nextInt(5000),
          random.nextInt(3000),
          0);
    }
  }

  /** Rows in one table and not the other, either way (duplicates counted). */
  private static long difference(java.sql.Statement statement, String left, String right)
      throws Exception {
    try (var rows =
        statement.executeQuery(
            "SELECT (SELECT count(*) FROM (FROM "
                + left
                + " EXCEPT ALL FROM "
                + right
                + ")) + (SELECT count(*) FROM (FROM "
                + right
                + " EXCEPT ALL FROM "
                + left
                + "))")) {
      rows.next();
      return rows.getLong(1);
    }
  }
}
