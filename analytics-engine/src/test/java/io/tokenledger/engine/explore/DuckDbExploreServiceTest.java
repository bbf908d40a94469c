package io.tokenledger.engine.explore;

import static io.tokenledger.engine.testing.LedgerFixture.day;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tokenledger.engine.allocation.DuckDbAllocationService;
import io.tokenledger.engine.task.Cancellation;
import io.tokenledger.engine.task.ProgressListener;
import io.tokenledger.engine.testing.LedgerFixture;
import io.tokenledger.engine.workspace.DuckDbWorkspaceStore;
import io.tokenledger.engine.workspace.Workspace;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DuckDbExploreServiceTest {

  private final Workspace workspace = new DuckDbWorkspaceStore("test").inMemory();
  private final DuckDbExploreService explore = new DuckDbExploreService();
  private LedgerFixture ledger;

  @BeforeEach
  void ledger() throws Exception {
    ledger = new LedgerFixture(workspace, 1);
    // Hand-computed shares: September gpt-4o input $12 over acme 1000 / globex 3000 tokens = 3 / 9,
    // output $30 over 100 / 500 = 5 / 25. October input $40 over 4000 / 4000 (one unmapped) = 20 /
    // 20;
    // EUR 10 at 1.1 = USD 11 to globex; the support line stays unallocated.
    // September and October bills for two models, one EUR line, one shared cost.
    ledger.costLine(
        "openai", "gpt-4o", "in_uncached", day(9, 10), day(9, 11), "12.00", "USD", "API");
    ledger.costLine("openai", "gpt-4o", "out_text", day(9, 10), day(9, 11), "30.00", "USD", "API");
    ledger.costLine(
        "openai", "gpt-4o", "in_uncached", day(10, 5), day(10, 6), "40.00", "USD", "API");
    ledger.costLine(
        "anthropic", "claude-haiku-4-5", "out_text", day(10, 5), day(10, 6), "10.00", "EUR", "API");
    ledger.costLine("aws", null, null, day(10, 1), day(11, 1), "7.00", "USD", "Support");
    ledger.event("openai", "gpt-4o", day(9, 10).plusHours(1), "acme", "chat", 1000, 100, 0);
    ledger.event("openai", "gpt-4o", day(9, 10).plusHours(2), "globex", "chat", 3000, 500, 0);
    ledger.event("openai", "gpt-4o", day(10, 5).plusHours(1), "acme", "rag", 4000, 0, 0);
    ledger.event("openai", "gpt-4o", day(10, 5).plusHours(2), null, "rag", 4000, 0, 0);
    ledger.event(
        "anthropic", "claude-haiku-4-5", day(10, 5).plusHours(3), "globex", "chat", 0, 2000, 0);
    ledger.execute("INSERT INTO fx_rates VALUES (DATE '2026-10-01', 'EUR', 'USD', 1.1)");
    new DuckDbAllocationService().run(workspace, ProgressListener.NONE, Cancellation.none());
  }

  @AfterEach
  void close() throws Exception {
    ledger.close();
    workspace.close();
  }

  @Test
  void costPerClientPerMonthMatchesIndependentSqlAndTotalsEqualTheBills() throws Exception {
    PivotResult result =
        explore.pivot(
            workspace,
            PivotRequest.of(List.of(Dimension.CLIENT), List.of(Measure.BILLED_COST))
                .withColumn(Dimension.MONTH),
            Cancellation.none());

    assertThat(result.columnValues()).containsExactly("2026-09", "2026-10");
    assertThat(lines(result, Measure.BILLED_COST, "2026-10"))
        .isEqualTo(
            "globex=11.0000000000|acme=20.0000000000|(unmapped)=20.0000000000|(unallocated)=7.0000000000");
    assertThat(lines(result, Measure.BILLED_COST, "2026-09"))
        .isEqualTo("globex=34.0000000000|acme=8.0000000000");
    for (PivotRow line : result.detailRows()) {
      for (String month : result.columnValues()) {
        BigDecimal shown = line.cell(month).get(Measure.BILLED_COST);
        BigDecimal independent =
            ledger.decimal(
                "SELECT sum(billed * CASE currency WHEN 'EUR' THEN 1.1 ELSE 1 END) FROM allocations"
                    + " WHERE strftime(day, '%Y-%m') = '"
                    + month
                    + "' AND coalesce(client, CASE WHEN method = 'unallocated' THEN '(unallocated)'"
                    + " ELSE '(unmapped)' END) = '"
                    + line.keys().get(0)
                    + "'");
        if (independent == null) {
          assertThat(shown).isNull();
        } else {
          assertThat(shown).as(line.keys() + " " + month).isEqualByComparingTo(independent);
        }
      }
    }
    // Independent: the bills in USD (EUR at 1.1) = 12 + 30 + 40 + 11 + 7.
    assertThat(result.grandTotal().total().get(Measure.BILLED_COST)).isEqualByComparingTo("100.00");
    BigDecimal sumOfDetail =
        result.detailRows().stream()
            .map(r -> r.total().get(Measure.BILLED_COST))
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    assertThat(sumOfDetail)
        .isEqualByComparingTo(result.grandTotal().total().get(Measure.BILLED_COST));
  }

  @Test
  void subtotalsFollowTheirGroupsAndAddUp() {
    PivotResult result =
        explore.pivot(
            workspace,
            PivotRequest.of(
                List.of(Dimension.PROVIDER, Dimension.MODEL),
                List.of(Measure.ALLOCATED_COST, Measure.UNALLOCATED_COST)),
            Cancellation.none());

    assertThat(
            result.rows().stream()
                .map(
                    r ->
                        String.join("/", r.keys())
                            + "="
                            + r.total()
                                .get(Measure.ALLOCATED_COST)
                                .stripTrailingZeros()
                                .toPlainString())
                .collect(Collectors.joining(" ")))
        .isEqualTo(
            "openai/gpt-4o=82 openai=82 anthropic/claude-haiku-4-5=11 anthropic=11 aws/(none)=0 aws=0");
    assertThat(result.grandTotal().total().get(Measure.UNALLOCATED_COST)).isEqualByComparingTo("7");
  }

  @Test
  void unitCostsAreRatiosOfTheSums() {
    PivotResult result =
        explore.pivot(
            workspace,
            PivotRequest.of(
                List.of(Dimension.MODEL),
                List.of(
                    Measure.ALLOCATED_COST,
                    Measure.TOKENS,
                    Measure.REQUESTS,
                    Measure.TASKS,
                    Measure.COST_PER_1M_TOKENS,
                    Measure.COST_PER_REQUEST,
                    Measure.COST_PER_TASK)),
            Cancellation.none());

    PivotRow gpt4o = row(result, "gpt-4o");
    assertThat(gpt4o.total().get(Measure.TOKENS)).isEqualByComparingTo("12600");
    assertThat(gpt4o.total().get(Measure.REQUESTS)).isEqualByComparingTo("4");
    assertThat(gpt4o.total().get(Measure.TASKS)).isEqualByComparingTo("4");
    assertThat(gpt4o.total().get(Measure.COST_PER_1M_TOKENS))
        .isEqualByComparingTo(
            new BigDecimal("82")
                .multiply(BigDecimal.valueOf(1_000_000))
                .divide(new BigDecimal("12600"), MathContext.DECIMAL128));
    assertThat(gpt4o.total().get(Measure.COST_PER_REQUEST)).isEqualByComparingTo("20.5");
    assertThat(gpt4o.total().get(Measure.COST_PER_TASK)).isEqualByComparingTo("20.5");
  }

  @Test
  void tokensSplitByBucketAddUpToTheEvents() {
    PivotResult result =
        explore.pivot(
            workspace,
            PivotRequest.of(
                List.of(Dimension.TOKEN_BUCKET), List.of(Measure.TOKENS, Measure.ALLOCATED_COST)),
            Cancellation.none());

    assertThat(lines(result, Measure.TOKENS, null)).isEqualTo("in_uncached=12000|out_text=2600");
    assertThat(row(result, "in_uncached").total().get(Measure.ALLOCATED_COST))
        .isEqualByComparingTo("52");
  }

  @Test
  void filterValuesAreDataNotSql() throws Exception {
    PivotResult result =
        explore.pivot(
            workspace,
            PivotRequest.of(List.of(Dimension.CLIENT), List.of(Measure.BILLED_COST))
                .withFilter(
                    Dimension.CLIENT, Set.of("acme' OR '1'='1", "x'); DROP TABLE allocations; --")),
            Cancellation.none());

    assertThat(result.detailRows()).isEmpty();
    assertThat(ledger.text("SELECT count(*) FROM allocations")).isNotEqualTo("0");
  }

  @Test
  void filtersAndPeriodNarrowBothCostAndUsage() {
    PivotResult result =
        explore.pivot(
            workspace,
            PivotRequest.of(
                    List.of(Dimension.FEATURE), List.of(Measure.ALLOCATED_COST, Measure.TOKENS))
                .withFilter(Dimension.PROVIDER, Set.of("openai"))
                .withPeriod(
                    java.time.LocalDate.of(2026, 10, 1), java.time.LocalDate.of(2026, 11, 1)),
            Cancellation.none());

    assertThat(lines(result, Measure.ALLOCATED_COST, null)).isEqualTo("rag=40.0000000000");
    assertThat(row(result, "rag").total().get(Measure.TOKENS)).isEqualByComparingTo("8000");
  }

  @Test
  void topNFoldsTheRestIntoOther() {
    PivotResult result =
        explore.pivot(
            workspace,
            PivotRequest.of(List.of(Dimension.CLIENT), List.of(Measure.BILLED_COST)).withTopN(2),
            Cancellation.none());

    assertThat(lines(result, Measure.BILLED_COST, null))
        .isEqualTo("globex=45.0000000000|acme=28.0000000000|Other=27.0000000000");
  }

  @Test
  void aMissingFxRateIsAnErrorNamingCurrencyAndMonth() throws Exception {
    ledger.execute("DELETE FROM fx_rates");

    assertThatThrownBy(
            () ->
                explore.pivot(
                    workspace,
                    PivotRequest.of(List.of(Dimension.CLIENT), List.of(Measure.BILLED_COST)),
                    Cancellation.none()))
        .isInstanceOf(MissingFxRateException.class)
        .hasMessage(
            "No FX rate to USD for EUR 2026-10: add the rates (FX table) or report in another currency");
  }

  @Test
  void drillThroughReturnsTheRowsBehindACell() {
    PivotRequest pivot =
        PivotRequest.of(List.of(Dimension.CLIENT), List.of(Measure.BILLED_COST))
            .withColumn(Dimension.MONTH);
    DrillRequest cell =
        new DrillRequest(
            pivot, Map.of(Dimension.CLIENT, "acme", Dimension.MONTH, "2026-09"), 0, 50);

    DrillPage<AllocationDetail> amounts = explore.drillAllocations(workspace, cell);
    DrillPage<UsageDetail> events = explore.drillUsage(workspace, cell);

    assertThat(amounts.total()).isEqualTo(2);
    assertThat(
            amounts.rows().stream()
                .map(AllocationDetail::billed)
                .reduce(BigDecimal.ZERO, BigDecimal::add))
        .isEqualByComparingTo("8");
    assertThat(amounts.rows()).allSatisfy(a -> assertThat(a.usageSourceLine()).isNotNull());
    assertThat(events.total()).isEqualTo(1);
    assertThat(events.rows().get(0).tokens()).isEqualTo(1100);
    assertThat(
            explore
                .drillAllocations(
                    workspace, new DrillRequest(pivot, Map.of(Dimension.CLIENT, "acme"), 1, 1))
                .rows())
        .hasSize(1);
  }

  @Test
  void roundedForDisplaySubtotalsStillEqualTheLinesUnderThem() {
    PivotResult exact =
        explore.pivot(
            workspace,
            PivotRequest.of(
                    List.of(Dimension.PROVIDER, Dimension.CLIENT), List.of(Measure.BILLED_COST))
                .withColumn(Dimension.MONTH),
            Cancellation.none());

    PivotResult shown = PivotRounding.toCents(exact);

    for (PivotRow subtotal : shown.rows().stream().filter(r -> r.depth() == 1).toList()) {
      BigDecimal lines =
          shown.detailRows().stream()
              .filter(r -> r.keys().get(0).equals(subtotal.keys().get(0)))
              .map(r -> r.total().get(Measure.BILLED_COST))
              .reduce(BigDecimal.ZERO, BigDecimal::add);
      assertThat(lines).isEqualByComparingTo(subtotal.total().get(Measure.BILLED_COST));
      assertThat(subtotal.total().get(Measure.BILLED_COST).scale()).isEqualTo(2);
    }
    assertThat(shown.grandTotal().total().get(Measure.BILLED_COST))
        .isEqualTo(new BigDecimal("100.00"));
  }

  private static PivotRow row(PivotResult result, String key) {
    return result.detailRows().stream()
        .filter(r -> r.keys().get(r.keys().size() - 1).equals(key))
        .findFirst()
        .orElseThrow();
  }

  private static String lines(PivotResult result, Measure measure, String column) {
    return result.detailRows().stream()
        .filter(r -> (column == null ? r.total() : r.cell(column)).get(measure) != null)
        .map(
            r ->
                String.join("/", r.keys())
                    + "="
                    + (column == null ? r.total() : r.cell(column)).get(measure).toPlainString())
        .collect(Collectors.joining("|"));
  }
}
