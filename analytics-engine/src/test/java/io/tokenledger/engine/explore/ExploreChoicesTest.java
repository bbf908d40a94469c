package io.tokenledger.engine.explore;

import static io.tokenledger.engine.testing.LedgerFixture.day;
import static org.assertj.core.api.Assertions.assertThat;

import io.tokenledger.engine.allocation.DuckDbAllocationService;
import io.tokenledger.engine.task.Cancellation;
import io.tokenledger.engine.task.ProgressListener;
import io.tokenledger.engine.testing.LedgerFixture;
import io.tokenledger.engine.workspace.DuckDbWorkspaceStore;
import io.tokenledger.engine.workspace.Workspace;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The choices the Explore page offers: months, currencies and each dimension's values. */
class ExploreChoicesTest {

  private final Workspace workspace = new DuckDbWorkspaceStore("test").inMemory();
  private final DuckDbExploreService explore = new DuckDbExploreService();
  private LedgerFixture ledger;

  @BeforeEach
  void ledger() throws Exception {
    ledger = new LedgerFixture(workspace, 1);
    ledger.costLine(
        "openai", "gpt-4o", "in_uncached", day(9, 10), day(9, 11), "12.00", "USD", "API");
    ledger.costLine(
        "anthropic", "claude-haiku-4-5", "out_text", day(10, 5), day(10, 6), "10.00", "EUR", "API");
    ledger.event("openai", "gpt-4o", day(9, 10).plusHours(1), "acme", "chat", 1000, 100, 0);
    ledger.event("openai", "gpt-4o", day(10, 5).plusHours(2), null, "rag", 4000, 0, 0);
    ledger.event(
        "anthropic", "claude-haiku-4-5", day(10, 5).plusHours(3), "globex", "chat", 0, 2000, 0);
    // December has usage only: no bill yet, but the month is still there to pick.
    ledger.event("openai", "gpt-4o", day(12, 1), "initech", "search", 10, 10, 0);
    ledger.execute("INSERT INTO fx_rates VALUES (DATE '2026-10-01', 'EUR', 'GBP', 0.9)");
    new DuckDbAllocationService().run(workspace, ProgressListener.NONE, Cancellation.none());
  }

  @AfterEach
  void close() throws Exception {
    ledger.close();
    workspace.close();
  }

  @Test
  void periodsAreTheMonthsWithCostOrUsageOldestFirst() {
    assertThat(explore.periods(workspace))
        .containsExactly(YearMonth.of(2026, 9), YearMonth.of(2026, 10), YearMonth.of(2026, 12));
  }

  @Test
  void anEmptyWorkspaceHasNoPeriodsAndReportsInUsd() {
    try (Workspace empty = new DuckDbWorkspaceStore("test").inMemory()) {
      assertThat(explore.periods(empty)).isEmpty();
      assertThat(explore.currencies(empty)).containsExactly("USD");
    }
  }

  @Test
  void currenciesAreUsdTheBillingCurrenciesAndTheFxTargets() {
    assertThat(explore.currencies(workspace)).containsExactly("EUR", "GBP", "USD");
  }

  @Test
  void valuesCoverCostAndUsageWithTheLabelsThePivotShows() {
    PivotRequest context = PivotRequest.of(List.of(Dimension.FEATURE), List.of(Measure.TOKENS));

    assertThat(explore.values(workspace, Dimension.CLIENT, context))
        .containsExactly("(unmapped)", "acme", "globex", "initech");
    assertThat(explore.values(workspace, Dimension.MONTH, context))
        .containsExactly("2026-09", "2026-10", "2026-12");
    assertThat(explore.values(workspace, Dimension.TOKEN_BUCKET, context))
        .containsExactly("in_uncached", "out_text");
  }

  @Test
  void valuesFollowTheOtherFiltersAndThePeriodButNotTheirOwnFilter() {
    PivotRequest context =
        PivotRequest.of(List.of(Dimension.CLIENT), List.of(Measure.ALLOCATED_COST))
            .withFilter(Dimension.PROVIDER, Set.of("openai"))
            .withFilter(Dimension.CLIENT, Set.of("acme"))
            .withPeriod(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 11, 1));

    assertThat(explore.values(workspace, Dimension.CLIENT, context))
        .containsExactly("(unmapped)", "acme");
    assertThat(explore.values(workspace, Dimension.PROVIDER, context)).containsExactly("openai");
  }

  @Test
  void hostileFilterValuesAreDataNotSql() throws Exception {
    PivotRequest context =
        PivotRequest.of(List.of(Dimension.CLIENT), List.of(Measure.ALLOCATED_COST))
            .withFilter(Dimension.PROVIDER, Set.of("x') OR 1=1; DROP TABLE usage_events; --"));

    assertThat(explore.values(workspace, Dimension.CLIENT, context)).isEmpty();
    assertThat(ledger.text("SELECT count(*) FROM usage_events")).isEqualTo("4");
  }
}
