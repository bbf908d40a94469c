package io.tokenledger.engine.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tokenledger.engine.costmodel.CostModelException;
import io.tokenledger.engine.costmodel.PricedUsage;
import io.tokenledger.engine.pricing.TokenBucket;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Each lever on two hand-priced cells. "big" costs 1e-05 per input token, 1e-06 cache read,
 * 1.25e-05 5-minute write, 5e-05 output; its batch prices are half. "small" is a tenth of "big".
 * Cell summarize (acme): 100 requests, 1,000,000 input and 100,000 output tokens = $10 + $5. Cell
 * chat (globex): 50 requests, 200,000 input, 800,000 cache writes, 50,000 output = $2 + $10 +
 * $2.50. Baseline $29.50.
 */
class ScenarioModelTest {

  private static final String[] BIG = {"0.00001", "0.000001", "0.0000125", "0", "0.00005", "0"};

  private static final PricedUsage USAGE =
      new PricedUsage(
          List.of(
              Cells.cell(
                  "big",
                  "acme",
                  "summarize",
                  100,
                  new long[] {1_000_000, 0, 0, 0, 100_000, 0},
                  BIG),
              Cells.cell(
                  "big",
                  "globex",
                  "chat",
                  50,
                  new long[] {200_000, 0, 800_000, 0, 50_000, 0},
                  BIG)),
          0,
          0);

  private static final PriceLookup PRICES =
      new PriceLookup() {
        @Override
        public BigDecimal unitPrice(String model, TokenBucket bucket, String tier, LocalDate day) {
          BigDecimal price = new BigDecimal(BIG[bucket.ordinal()]);
          if (model.equals("small")) {
            price = price.movePointLeft(1);
          } else if (!model.equals("big")) {
            throw new CostModelException("no price for " + model);
          }
          return tier.equals("batch") ? price.divide(BigDecimal.valueOf(2)) : price;
        }

        @Override
        public String provider(String model) {
          return "anthropic";
        }
      };

  @Test
  void growthMultipliesTasksStepsAndTokens() {
    ScenarioResult result = run("grow feature=summarize tasks=10 steps=20 tokens=-50");

    // $15 x 1.1 x 1.2 x 0.5 = $9.90
    assertThat(result.scenarioCost()).isEqualByComparingTo("24.40");
    assertThat(result.savings().get(0).saving()).isEqualByComparingTo("5.10");
    assertThat(result.savings().get(0).requests()).isEqualByComparingTo("132");
  }

  @Test
  void routingPricesTheSameTokensAtTheOtherModel() {
    ScenarioResult result =
        run("route feature=summarize from=big to=small note=fine for short docs");

    // 1,000,000 x 1e-06 + 100,000 x 5e-06 = $1.50 instead of $15
    assertThat(result.saving()).isEqualByComparingTo("13.50");
    GroupCost summarize =
        result.byFeature().stream().filter(g -> g.group().equals("summarize")).findFirst().get();
    assertThat(summarize.baseline()).isEqualByComparingTo("15");
    assertThat(summarize.scenario()).isEqualByComparingTo("1.50");
  }

  @Test
  void routingLeavesOtherScopesAndModelsAlone() {
    assertThat(run("route feature=chat from=small to=big").saving()).isZero();
    assertThat(run("route client=nobody from=big to=small").saving()).isZero();
  }

  @Test
  void aCacheRateMovesInputToCacheReadsAndShrinksTheRestInProportion() {
    ScenarioResult result = run("cache feature=chat rate=80%");

    // 1,000,000 input: 800,000 read ($0.80); 200,000 left, 1:4 as before: 40,000 uncached ($0.40)
    // and 160,000 writes ($2.00); output $2.50: $5.70 instead of $14.50
    assertThat(result.saving()).isEqualByComparingTo("8.80");
  }

  @Test
  void batchMovesAShareOfTheTokensToBatchPrices() {
    assertThat(run("batch feature=chat share=1").saving()).isEqualByComparingTo("7.25");
    assertThat(run("batch feature=chat share=0.5").saving()).isEqualByComparingTo("3.625");
  }

  @Test
  void aPriceChangeScalesTheCostOfTheProvidersCells() {
    assertThat(run("price provider=anthropic percent=-10").saving()).isEqualByComparingTo("2.95");
    assertThat(run("price model=small percent=-10").saving()).isZero();
  }

  @Test
  void leversApplyInKindOrderAndTheirSavingsAddUpToTheTotal() {
    ScenarioResult result =
        run(
            "price model=small percent=-10",
            "batch feature=chat share=0.5",
            "cache feature=chat rate=0.8",
            "route feature=summarize from=big to=small",
            "grow tasks=10");

    assertThat(result.savings().stream().map(s -> s.lever().kind()).toList())
        .containsExactly(
            LeverKind.GROWTH, LeverKind.ROUTE, LeverKind.CACHE, LeverKind.BATCH, LeverKind.PRICE);
    assertThat(result.savings().stream().map(LeverSaving::saving).toList())
        .usingElementComparator(BigDecimal::compareTo)
        .containsExactly(
            new BigDecimal("-2.95"),
            new BigDecimal("14.85"),
            new BigDecimal("9.68"),
            new BigDecimal("1.5675"),
            new BigDecimal("0.165"));
    assertThat(result.scenarioCost()).isEqualByComparingTo("6.1875");
    BigDecimal sum =
        result.savings().stream().map(LeverSaving::saving).reduce(BigDecimal.ZERO, BigDecimal::add);
    assertThat(sum).isEqualByComparingTo(result.saving());
    ScenarioResult cents = result.toCents();
    assertThat(
            cents.savings().stream()
                .map(LeverSaving::saving)
                .reduce(BigDecimal.ZERO, BigDecimal::add))
        .isEqualByComparingTo(cents.baselineCost().subtract(cents.scenarioCost()));
  }

  @Test
  void inCentsGroupsAddUpAndAGroupNoLeverTouchedSavesNothing() {
    ScenarioResult cents =
        run("route feature=summarize from=big to=small", "grow tasks=0.001").toCents();

    BigDecimal saved =
        cents.byFeature().stream().map(GroupCost::saving).reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal scenario =
        cents.byClient().stream().map(GroupCost::scenario).reduce(BigDecimal.ZERO, BigDecimal::add);
    assertThat(saved).isEqualByComparingTo(cents.saving());
    assertThat(scenario).isEqualByComparingTo(cents.scenarioCost());
    assertThat(cents.byFeature())
        .filteredOn(g -> g.group().equals("chat"))
        .singleElement()
        .satisfies(g -> assertThat(g.saving()).isEqualByComparingTo("0"));
  }

  @Test
  void marginsUseTheClientsRevenue() {
    ScenarioResult result =
        new ScenarioModel(PRICES)
            .run(
                scenario("route from=big to=small"),
                USAGE,
                "USD",
                Map.of("acme", new BigDecimal("100")));

    assertThat(result.margins()).hasSize(1);
    ClientMargin acme = result.margins().get(0);
    assertThat(acme.baselineMargin()).isEqualByComparingTo("85");
    assertThat(acme.scenarioMargin()).isEqualByComparingTo("98.50");
  }

  @Test
  void aLeverNeedingAPriceTheBookLacksSaysWhichModel() {
    assertThatThrownBy(() -> run("route from=big to=unknown"))
        .isInstanceOf(CostModelException.class)
        .hasMessageContaining("unknown");
  }

  private static ScenarioResult run(String... levers) {
    return new ScenarioModel(PRICES).run(scenario(levers), USAGE, "USD", Map.of());
  }

  private static SavedScenario scenario(String... levers) {
    return new SavedScenario(
        "test",
        YearMonth.of(2026, 10),
        "",
        java.util.Arrays.stream(levers).map(LeverSpec::parse).toList());
  }
}
