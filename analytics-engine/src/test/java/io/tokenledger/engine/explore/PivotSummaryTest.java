package io.tokenledger.engine.explore;

import static io.tokenledger.engine.testing.LedgerFixture.day;
import static org.assertj.core.api.Assertions.assertThat;

import io.tokenledger.engine.allocation.DuckDbAllocationService;
import io.tokenledger.engine.allocation.SharedCostSplit;
import io.tokenledger.engine.task.Cancellation;
import io.tokenledger.engine.task.ProgressListener;
import io.tokenledger.engine.testing.LedgerFixture;
import io.tokenledger.engine.workspace.DuckDbWorkspaceStore;
import io.tokenledger.engine.workspace.Workspace;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The pivot read from the summary must equal, to the last digit, the pivot read from the detail
 * tables: each request runs both ways on a random ledger (two currencies, credits, shared costs,
 * unmapped usage, usage without a bill) and the results are compared line by line.
 */
class PivotSummaryTest {

  private final Workspace workspace = new DuckDbWorkspaceStore("test").inMemory();
  private final DuckDbExploreService explore = new DuckDbExploreService();
  private final DuckDbAllocationService allocation = new DuckDbAllocationService();
  private LedgerFixture ledger;

  @BeforeEach
  void randomLedger() throws Exception {
    ledger = new LedgerFixture(workspace, 1);
    Random random = new Random(7);
    String[] providers = {"openai", "anthropic"};
    String[] models = {"m1", "m2-2026-01-15", "m3"};
    String[] buckets = {"in_uncached", "out_text", "in_cache_read"};
    for (int i = 0; i < 150; i++) {
      int month = 9 + random.nextInt(2);
      int dayOfMonth = 1 + random.nextInt(28);
      boolean shared = random.nextInt(6) == 0;
      ledger.costLine(
          providers[random.nextInt(providers.length)],
          shared ? null : models[random.nextInt(models.length)],
          shared ? null : buckets[random.nextInt(buckets.length)],
          day(month, dayOfMonth),
          day(month, dayOfMonth).plusDays(1),
          BigDecimal.valueOf(random.nextLong(-2_000_000L, 900_000_000L), 7).toPlainString(),
          random.nextInt(4) == 0 ? "EUR" : "USD",
          shared ? "Platform" : "API");
    }
    for (int i = 0; i < 1500; i++) {
      int month = 9 + random.nextInt(2);
      ledger.event(
          providers[random.nextInt(providers.length)],
          models[random.nextInt(models.length)],
          day(month, 1 + random.nextInt(28)).plusMinutes(random.nextInt(1440)),
          random.nextInt(10) == 0 ? null : "c" + random.nextInt(9),
          "f" + random.nextInt(4),
          random.nextInt(5000),
          random.nextInt(3000),
          random.nextInt(2) == 0 ? 0 : random.nextInt(2000));
    }
    ledger.execute(
        "INSERT INTO fx_rates VALUES (DATE '2026-09-01', 'EUR', 'USD', 1.17),"
            + " (DATE '2026-10-01', 'EUR', 'USD', 1.09),"
            + " (DATE '2026-09-01', 'USD', 'EUR', 0.85),"
            + " (DATE '2026-10-01', 'USD', 'EUR', 0.91)");
    allocation.setSplit(workspace, SharedCostSplit.even("openai/Platform"));
    allocation.run(workspace, ProgressListener.NONE, Cancellation.none());
  }

  @AfterEach
  void close() throws Exception {
    ledger.close();
    workspace.close();
  }

  @Test
  void everyPivotTheSummaryAnswersEqualsThePivotOfTheDetailTables() throws Exception {
    List<PivotRequest> requests =
        List.of(
            PivotRequest.of(
                List.of(Dimension.CLIENT, Dimension.FEATURE, Dimension.MODEL),
                List.of(Measure.ALLOCATED_COST, Measure.TOKENS, Measure.REQUESTS)),
            PivotRequest.of(
                    List.of(Dimension.PROVIDER),
                    List.of(
                        Measure.BILLED_COST,
                        Measure.EFFECTIVE_COST,
                        Measure.UNALLOCATED_COST,
                        Measure.COST_PER_1M_TOKENS,
                        Measure.COST_PER_REQUEST))
                .withColumn(Dimension.MONTH),
            PivotRequest.of(List.of(Dimension.CLIENT), List.of(Measure.ALLOCATED_COST))
                .withColumn(Dimension.DAY)
                .withPeriod(LocalDate.of(2026, 9, 15), LocalDate.of(2026, 10, 10)),
            PivotRequest.of(
                List.of(Dimension.MODEL, Dimension.TOKEN_BUCKET), List.of(Measure.BILLED_COST)),
            PivotRequest.of(
                    List.of(Dimension.TEAM, Dimension.CLIENT),
                    List.of(Measure.ALLOCATED_COST, Measure.TOKENS))
                .withFilter(Dimension.FEATURE, Set.of("f1", "f2"))
                .withTopN(3),
            PivotRequest.of(List.of(Dimension.CLIENT), List.of(Measure.BILLED_COST))
                .withCurrency("EUR")
                .withPeriod(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 1)),
            PivotRequest.of(
                    List.of(Dimension.SERVICE_TIER, Dimension.ENV), List.of(Measure.REQUESTS))
                .withColumn(Dimension.WEEK),
            PivotRequest.of(List.of(Dimension.CLIENT), List.of(Measure.TOKENS))
                .withColumn(Dimension.PROVIDER)
                .withFilter(Dimension.DAY, Set.of("2026-09-03", "2026-10-04")));

    for (PivotRequest request : requests) {
      assertThat(PivotSql.summaryAnswers(request)).as(request.toString()).isTrue();
      String fromSummary = render(explore.pivot(workspace, request, Cancellation.none()));
      try (Connection connection = workspace.newConnection()) {
        PivotSummary.invalidate(connection);
      }
      String fromDetail = render(explore.pivot(workspace, request, Cancellation.none()));
      allocation.run(workspace, ProgressListener.NONE, Cancellation.none());

      assertThat(fromSummary).as(request.toString()).isEqualTo(fromDetail).contains("=");
    }
  }

  @Test
  void inOneCurrencyTheSummaryIsReadWithoutConversionAndGivesTheSameNumbers() throws Exception {
    ledger.execute("DELETE FROM cost_lines WHERE BillingCurrency = 'EUR'");
    allocation.run(workspace, ProgressListener.NONE, Cancellation.none());
    PivotRequest request =
        PivotRequest.of(
                List.of(Dimension.CLIENT, Dimension.MODEL),
                List.of(Measure.ALLOCATED_COST, Measure.UNALLOCATED_COST, Measure.REQUESTS))
            .withColumn(Dimension.MONTH);
    PivotSql sql = new PivotSql(request, true);
    try (Connection connection = workspace.newConnection();
        java.sql.PreparedStatement statement = connection.prepareStatement(sql.otherCurrencies())) {
      sql.bind(statement);
      try (java.sql.ResultSet rows = statement.executeQuery()) {
        rows.next();
        assertThat(rows.getBoolean(1)).isFalse();
      }
    }

    String fromSummary = render(explore.pivot(workspace, request, Cancellation.none()));
    try (Connection connection = workspace.newConnection()) {
      PivotSummary.invalidate(connection);
    }
    String fromDetail = render(explore.pivot(workspace, request, Cancellation.none()));

    assertThat(fromSummary).isEqualTo(fromDetail).contains("allocated_cost=");
  }

  @Test
  void drillPagesReadWithTheSummaryEqualThePagesReadWithoutIt() throws Exception {
    PivotRequest pivot =
        PivotRequest.of(List.of(Dimension.CLIENT), List.of(Measure.ALLOCATED_COST))
            .withPeriod(LocalDate.of(2026, 9, 5), LocalDate.of(2026, 10, 20));
    List<DrillRequest> drills =
        List.of(
            new DrillRequest(pivot, Map.of(Dimension.CLIENT, "c3"), 0, 40),
            new DrillRequest(pivot, Map.of(Dimension.CLIENT, "c3"), 40, 40),
            new DrillRequest(pivot, Map.of(Dimension.CLIENT, "c3"), 77, 40),
            new DrillRequest(pivot, Map.of(Dimension.CLIENT, "(unallocated)"), 0, 1000),
            new DrillRequest(pivot, Map.of(Dimension.CLIENT, "c3"), 100_000, 40));
    assertDrillPagesEqualWithAndWithoutSummary(drills);
  }

  @Test
  void drillPagesOfWholeMonthsFindTheirMonthThenTheirDaysAndEqualThePagesReadWithoutIt()
      throws Exception {
    PivotRequest pivot =
        PivotRequest.of(List.of(Dimension.CLIENT), List.of(Measure.ALLOCATED_COST));
    long total =
        explore
            .drillAllocations(
                workspace, new DrillRequest(pivot, Map.of(Dimension.CLIENT, "c3"), 0, 1))
            .total();
    List<DrillRequest> drills = new ArrayList<>();
    for (long offset : new long[] {0, total / 3, total / 2 - 7, total - 5, total + 1}) {
      drills.add(new DrillRequest(pivot, Map.of(Dimension.CLIENT, "c3"), (int) offset, 40));
    }
    assertDrillPagesEqualWithAndWithoutSummary(drills);
  }

  private void assertDrillPagesEqualWithAndWithoutSummary(List<DrillRequest> drills)
      throws Exception {
    for (DrillRequest drill : drills) {
      DrillPage<AllocationDetail> withSummary = explore.drillAllocations(workspace, drill);
      try (Connection connection = workspace.newConnection()) {
        PivotSummary.invalidate(connection);
      }
      DrillPage<AllocationDetail> withoutSummary = explore.drillAllocations(workspace, drill);
      allocation.run(workspace, ProgressListener.NONE, Cancellation.none());

      assertThat(withSummary).as(drill.toString()).isEqualTo(withoutSummary);
      assertThat(withSummary.total()).isPositive();
      assertThat(withSummary.rows())
          .hasSize(
              (int) Math.max(0, Math.min(drill.limit(), withSummary.total() - drill.offset())));
    }
  }

  @Test
  void theSummaryIsReadOnlyWhileItIsCurrent() throws Exception {
    try (Connection connection = workspace.newConnection()) {
      assertThat(PivotSummary.isCurrent(connection)).isTrue();

      ledger.execute(
          "INSERT INTO import_log VALUES (2, 'later', 'later', 0, 'sha2', 'fixture', NULL, now(),"
              + " 0, 0, 'test', '[]', 'other')");
      assertThat(PivotSummary.isCurrent(connection)).isFalse();

      allocation.run(workspace, ProgressListener.NONE, Cancellation.none());
      assertThat(PivotSummary.isCurrent(connection)).isTrue();

      ledger.execute("DELETE FROM usage_events WHERE source_line = 200");
      assertThat(PivotSummary.isCurrent(connection)).isFalse();

      allocation.run(workspace, ProgressListener.NONE, Cancellation.none());
      PivotSummary.invalidate(connection);
      assertThat(PivotSummary.isCurrent(connection)).isFalse();
    }
  }

  @Test
  void tasksAndUsagePerTokenBucketAreLeftToTheDetailTables() {
    assertThat(
            PivotSql.summaryAnswers(
                PivotRequest.of(List.of(Dimension.CLIENT), List.of(Measure.COST_PER_TASK))))
        .isFalse();
    assertThat(
            PivotSql.summaryAnswers(
                PivotRequest.of(List.of(Dimension.TOKEN_BUCKET), List.of(Measure.TOKENS))))
        .isFalse();
    PivotRequest tasksByBucket =
        PivotRequest.of(List.of(Dimension.CLIENT), List.of(Measure.TASKS, Measure.TOKENS))
            .withColumn(Dimension.TOKEN_BUCKET);

    PivotResult result = explore.pivot(workspace, tasksByBucket, Cancellation.none());

    assertThat(result.grandTotal().total().get(Measure.TASKS))
        .isEqualByComparingTo(BigDecimal.valueOf(1500));
  }

  private static String render(PivotResult result) {
    return result.rows().stream()
            .map(r -> String.join("/", r.keys()) + " " + cells(r))
            .collect(Collectors.joining("\n"))
        + "\ntotal "
        + cells(result.grandTotal())
        + "\ncolumns "
        + result.columnValues();
  }

  private static String cells(PivotRow row) {
    StringBuilder out = new StringBuilder(values(row.total().values()));
    row.byColumn().entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(e -> out.append(" [").append(e.getKey()).append(values(e.getValue().values())));
    return out.toString();
  }

  private static String values(Map<Measure, BigDecimal> values) {
    return values.entrySet().stream()
        .filter(e -> e.getValue() != null)
        .map(e -> e.getKey().id() + "=" + e.getValue().setScale(10, RoundingMode.HALF_EVEN))
        .collect(Collectors.joining(" ", " ", ""));
  }
}
