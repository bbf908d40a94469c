package io.tokenledger.engine.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tokenledger.engine.costmodel.CostModelException;
import io.tokenledger.engine.explain.CostChange;
import io.tokenledger.engine.explain.DefaultExplainService;
import io.tokenledger.engine.explain.Effect;
import io.tokenledger.engine.explain.ExplainGrouping;
import io.tokenledger.engine.explain.ExplainResult;
import io.tokenledger.engine.pricing.DefaultPricingService;
import io.tokenledger.engine.pricing.PriceCatalogFormat;
import io.tokenledger.engine.testing.LedgerFixture;
import io.tokenledger.engine.workspace.DuckDbWorkspaceStore;
import io.tokenledger.engine.workspace.Workspace;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Scenarios and Explain on a workspace priced with the shipped LiteLLM catalog: saving and reading
 * scenarios, a routing saving against the same tokens priced by hand in SQL over the price book,
 * margins with revenue in another currency, and Explain against the priced cost of each month.
 */
class DuckDbScenarioServiceTest {

  private static final YearMonth OCTOBER = YearMonth.of(2026, 10);

  private Workspace workspace;
  private LedgerFixture ledger;
  private final ScenarioService scenarios = new DuckDbScenarioService();

  @BeforeEach
  void seed() throws Exception {
    workspace = new DuckDbWorkspaceStore("test").inMemory();
    new DefaultPricingService().importShippedCatalog(workspace, PriceCatalogFormat.LITELLM, null);
    ledger = new LedgerFixture(workspace, 1, "trace");
    for (int day = 1; day <= 3; day++) {
      ledger.event(
          "anthropic",
          "claude-opus-4-6",
          LedgerFixture.day(10, day),
          "Acme",
          "doc-summarizer",
          2_890 + day,
          339,
          0);
      ledger.event(
          "anthropic",
          "claude-opus-4-6",
          LedgerFixture.day(10, day),
          "Globex",
          "chat",
          5_000,
          800,
          0);
      ledger.event(
          "openai",
          "gpt-5.4-mini-2026-03-17",
          LedgerFixture.day(10, day),
          "Globex",
          "ticket-triage",
          900,
          120,
          0);
      ledger.event(
          "anthropic",
          "claude-opus-4-6",
          LedgerFixture.day(9, day),
          "Acme",
          "doc-summarizer",
          2_000,
          300,
          0);
    }
    ledger.execute(
        "INSERT INTO usage_events (import_id, source_line, event_time, provider, model_raw, model,"
            + " client, feature, in_uncached, in_cache_read, in_cache_write_5m, out_text) VALUES"
            + " (1, 900, TIMESTAMPTZ '2026-10-04 00:00:00+00', 'aws', 'claude-sonnet-4-6',"
            + " 'claude-sonnet-4-6', 'Acme', 'rag-search', 1000, 100, 7200, 400)");
    new DefaultPricingService().apply(workspace);
  }

  @AfterEach
  void close() throws Exception {
    ledger.close();
    workspace.close();
  }

  @Test
  void scenariosAreSavedReplacedAndDeletedInTheWorkspace() {
    SavedScenario route =
        new SavedScenario(
            "Haiku for summaries",
            OCTOBER,
            "short documents",
            List.of(
                LeverSpec.parse(
                    "route feature=doc-summarizer from=claude-opus-4-6 to=claude-haiku-4-5-20251001 note=ok for short docs"),
                LeverSpec.parse("grow tasks=10")));
    scenarios.save(workspace, route);
    scenarios.save(workspace, new SavedScenario("Batch triage", OCTOBER, "", List.of()));

    assertThat(scenarios.list(workspace))
        .containsExactly(new SavedScenario("Batch triage", OCTOBER, "", List.of()), route);

    SavedScenario renamed = new SavedScenario("Haiku", OCTOBER, "", route.levers().subList(0, 1));
    scenarios.replace(workspace, "Haiku for summaries", renamed);
    assertThat(scenarios.list(workspace))
        .extracting(SavedScenario::name)
        .containsExactly("Batch triage", "Haiku");
    assertThat(scenarios.find(workspace, "Haiku")).contains(renamed);
    assertThat(scenarios.delete(workspace, "Haiku")).isTrue();
    assertThat(scenarios.delete(workspace, "Haiku")).isFalse();
    assertThat(scenarios.list(workspace))
        .extracting(SavedScenario::name)
        .containsExactly("Batch triage");
  }

  @Test
  void routingSavesWhatTheSameTokensCostLessOnTheOtherModel() throws Exception {
    SavedScenario scenario =
        new SavedScenario(
            "route",
            OCTOBER,
            "",
            List.of(
                LeverSpec.parse(
                    "route feature=doc-summarizer from=claude-opus-4-6 to=claude-haiku-4-5-20251001")));

    ScenarioResult result = scenarios.run(workspace, scenario, "USD");

    BigDecimal onOpus =
        ledger.decimal(
            "SELECT sum(cost) FROM usage_events WHERE feature = 'doc-summarizer'"
                + " AND event_time >= '2026-10-01' AND event_time < '2026-11-01'");
    BigDecimal onHaiku =
        ledger.decimal(
            "SELECT sum(u.in_uncached * i.unit_price + u.out_text * o.unit_price) FROM usage_events u,"
                + " price_book i, price_book o WHERE u.feature = 'doc-summarizer'"
                + " AND u.event_time >= '2026-10-01' AND u.event_time < '2026-11-01'"
                + " AND i.model = 'claude-haiku-4-5-20251001' AND i.token_bucket = 'in_uncached'"
                + " AND o.model = 'claude-haiku-4-5-20251001' AND o.token_bucket = 'out_text'"
                + " AND i.service_tier = 'standard' AND o.service_tier = 'standard'"
                + " AND i.above_prompt_tokens = 0 AND o.above_prompt_tokens = 0");
    BigDecimal october =
        ledger.decimal(
            "SELECT sum(cost) FROM usage_events WHERE event_time >= '2026-10-01' AND event_time < '2026-11-01'");
    assertThat(onOpus).isPositive();
    assertThat(result.baselineCost()).isEqualByComparingTo(october);
    assertThat(result.saving()).isEqualByComparingTo(onOpus.subtract(onHaiku));
    assertThat(result.savings())
        .singleElement()
        .satisfies(s -> assertThat(s.requests()).isEqualByComparingTo("3"));
  }

  @Test
  void batchAndCacheLeversUseTheModelsOwnPrices() throws Exception {
    ScenarioResult batch =
        scenarios.run(
            workspace,
            new SavedScenario(
                "b", OCTOBER, "", List.of(LeverSpec.parse("batch feature=ticket-triage share=1"))),
            "USD");
    BigDecimal triage =
        ledger.decimal("SELECT sum(cost) FROM usage_events WHERE feature = 'ticket-triage'");
    // The batch API halves gpt-5.4-mini's prices (3.75e-07 and 2.25e-06 per token).
    assertThat(batch.saving()).isEqualByComparingTo(triage.divide(BigDecimal.valueOf(2)));

    ScenarioResult cache =
        scenarios.run(
            workspace,
            new SavedScenario(
                "c", OCTOBER, "", List.of(LeverSpec.parse("cache feature=rag-search rate=0.9"))),
            "USD");
    // 8,300 input tokens: 7,470 read at 3e-07; 830 left split 1000:7200 between uncached (3e-06)
    // and 5-minute writes (3.75e-06); output 400 at 1.5e-05 unchanged.
    BigDecimal before =
        new BigDecimal("0.003").add(new BigDecimal("0.00003")).add(new BigDecimal("0.027"));
    BigDecimal uncached =
        new BigDecimal("830")
            .multiply(new BigDecimal("1000"))
            .divide(new BigDecimal("8200"), java.math.MathContext.DECIMAL128);
    BigDecimal writes = new BigDecimal("830").subtract(uncached);
    BigDecimal after =
        new BigDecimal("7470")
            .multiply(new BigDecimal("0.0000003"))
            .add(uncached.multiply(new BigDecimal("0.000003")))
            .add(writes.multiply(new BigDecimal("0.00000375")));
    assertThat(cache.saving().subtract(before.subtract(after)).abs())
        .isLessThan(new BigDecimal("1e-20"));
  }

  @Test
  void marginsConvertRevenueWithTheFxRateOfItsMonth() throws Exception {
    ledger.execute(
        "INSERT INTO revenue (client, period_start, period_end, amount, currency)"
            + " VALUES ('Acme', DATE '2026-10-01', DATE '2026-10-31', 100, 'EUR'),"
            + " ('Globex', DATE '2026-10-01', DATE '2026-10-31', 50, 'USD')");
    SavedScenario scenario = new SavedScenario("none", OCTOBER, "", List.of());
    assertThatThrownBy(() -> scenarios.run(workspace, scenario, "USD"))
        .isInstanceOf(CostModelException.class)
        .hasMessageContaining("EUR 2026-10");

    ledger.execute("INSERT INTO fx_rates VALUES (DATE '2026-10-01', 'EUR', 'USD', 1.1312)");
    ScenarioResult result = scenarios.run(workspace, scenario, "USD");

    BigDecimal acmeCost =
        ledger.decimal(
            "SELECT sum(cost) FROM usage_events WHERE client = 'Acme' AND event_time >= '2026-10-01'");
    assertThat(result.margins())
        .extracting(ClientMargin::client)
        .containsExactlyInAnyOrder("Acme", "Globex");
    ClientMargin acme =
        result.margins().stream().filter(m -> m.client().equals("Acme")).findFirst().get();
    assertThat(acme.revenue()).isEqualByComparingTo("113.12");
    assertThat(acme.baselineMargin())
        .isEqualByComparingTo(new BigDecimal("113.12").subtract(acmeCost));
  }

  @Test
  void explainStartsAndEndsAtEachMonthsPricedCostAndItsPartsAddUp() throws Exception {
    ExplainResult result =
        new DefaultExplainService()
            .explain(workspace, YearMonth.of(2026, 9), OCTOBER, ExplainGrouping.FEATURE, "USD");

    BigDecimal september =
        ledger.decimal("SELECT sum(cost) FROM usage_events WHERE event_time < '2026-10-01'");
    BigDecimal october =
        ledger.decimal("SELECT sum(cost) FROM usage_events WHERE event_time >= '2026-10-01'");
    CostChange total = result.total();
    assertThat(total.before()).isEqualByComparingTo(september);
    assertThat(total.after()).isEqualByComparingTo(october);
    assertThat(total.effects().stream().reduce(BigDecimal.ZERO, BigDecimal::add))
        .isEqualByComparingTo(october.subtract(september));
    CostChange summaries =
        result.changes().stream().filter(c -> c.group().equals("doc-summarizer")).findFirst().get();
    // Same three requests a month on the same model: no volume or mix, longer prompts.
    assertThat(summaries.toCents().effect(Effect.VOLUME)).isZero();
    assertThat(summaries.toCents().effect(Effect.MIX)).isZero();
    assertThat(summaries.effect(Effect.TOKENS_PER_REQUEST)).isPositive();
  }
}
