package io.tokenledger.sampledata;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The planted answers hold on the generated files, recomputed here from the raw rows (not from the
 * generator's own totals), and the manifest reports the same numbers.
 */
class PlantedAnswersTest {

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  /** The ledger columns the answers need. */
  private static final List<String> COLUMNS =
      List.of(
          "timestamp",
          "model",
          "status",
          "cost",
          "client",
          "feature",
          "service_tier",
          "in_uncached",
          "in_cache_read",
          "in_cache_write_5m",
          "out_text",
          "out_reasoning");

  private static PlantedFacts facts;
  private static List<LedgerRow> ledger;

  /** A ledger row reduced to {@link #COLUMNS}, so the file is read once for all the answers. */
  private record LedgerRow(String[] values) {

    String get(String column) {
      int index = COLUMNS.indexOf(column);
      if (index < 0) {
        throw new IllegalArgumentException(column);
      }
      return values[index];
    }

    long number(String column) {
      return Long.parseLong(get(column));
    }
  }

  @BeforeAll
  static void readLedger() {
    facts = DemoFixture.manifest().facts();
    List<LedgerRow> rows = new ArrayList<>();
    CsvRows.forEach(
        DemoFixture.file("usage/generic-usage.csv"),
        row -> rows.add(new LedgerRow(COLUMNS.stream().map(row::get).toArray(String[]::new))));
    ledger = List.copyOf(rows);
  }

  @Test
  void oneClientBringsTwelvePercentOfRevenueAndBurnsSeventyEightPercentOfSpend() {
    Map<String, BigDecimal> spend = new HashMap<>();
    ledger.forEach(
        row -> {
          if (!row.get("cost").isEmpty()) {
            spend.merge(row.get("client"), new BigDecimal(row.get("cost")), BigDecimal::add);
          }
        });
    BigDecimal total = spend.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    String heavy = facts.asymmetricClient().name();
    BigDecimal spendShare = spend.get(heavy).divide(total, 4, RoundingMode.HALF_EVEN);

    Map<LocalDate, BigDecimal> eurUsd = new HashMap<>();
    CsvRows.forEach(
        DemoFixture.manifest().files(DemoFormats.FX_RATES_CSV).get(0).path(),
        row -> eurUsd.put(LocalDate.parse(row.get("period")), new BigDecimal(row.get("rate"))));
    Map<String, BigDecimal> revenue = new HashMap<>();
    CsvRows.forEach(
        DemoFixture.manifest().files(DemoFormats.REVENUE_CSV).get(0).path(),
        row -> {
          BigDecimal amount = new BigDecimal(row.get("amount"));
          if (row.get("currency").equals("EUR")) {
            amount =
                amount
                    .multiply(eurUsd.get(LocalDate.parse(row.get("period_start"))))
                    .setScale(2, RoundingMode.HALF_EVEN);
          }
          revenue.merge(row.get("client"), amount, BigDecimal::add);
        });
    BigDecimal totalRevenue = revenue.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal revenueShare = revenue.get(heavy).divide(totalRevenue, 4, RoundingMode.HALF_EVEN);

    assertThat(spendShare).isBetween(new BigDecimal("0.76"), new BigDecimal("0.80"));
    assertThat(revenueShare).isEqualByComparingTo("0.1200");
    assertThat(facts.asymmetricClient().spendShare()).isEqualByComparingTo(spendShare);
    assertThat(facts.asymmetricClient().llmSpendUsd()).isEqualByComparingTo(spend.get(heavy));
    assertThat(facts.asymmetricClient().revenueUsd()).isEqualByComparingTo(revenue.get(heavy));
    assertThat(facts.asymmetricClient().margin()).isNegative();
    assertThat(revenue).containsKey("Kronberg Maschinenbau GmbH");
  }

  @Test
  void theSummarizerRunsAFrontierModelOnShortDocuments() throws IOException {
    JsonNode catalog = catalog();
    long[] requests = {0};
    long[] input = {0};
    BigDecimal[] costs = {BigDecimal.ZERO, BigDecimal.ZERO};
    ledger.forEach(
        row -> {
          if (row.get("feature").equals("doc-summarizer")
              && row.get("model").equals("claude-opus-4-6")
              && row.get("status").equals("ok")) {
            requests[0]++;
            input[0] += row.number("in_uncached");
            costs[0] = costs[0].add(new BigDecimal(row.get("cost")));
            costs[1] = costs[1].add(catalogCost(catalog, "claude-haiku-4-5-20251001", row));
          }
        });
    assertThat(requests[0]).isEqualTo(facts.routing().requests());
    assertThat(input[0] / requests[0]).isLessThan(5_000);
    assertThat(costs[0]).isEqualByComparingTo(facts.routing().cost());
    assertThat(costs[1]).isEqualByComparingTo(facts.routing().costOnCheaperModel());
    assertThat(facts.routing().saving().divide(facts.routing().cost(), 2, RoundingMode.HALF_EVEN))
        .isEqualByComparingTo("0.80");
  }

  @Test
  void ragSearchWritesItsStableSystemPromptToTheCacheButRarelyReadsIt() {
    long[] counts = new long[4];
    ledger.forEach(
        row -> {
          if (row.get("feature").equals("rag-search")
              && row.get("model").equals("us.anthropic.claude-sonnet-4-6")
              && row.get("status").equals("ok")) {
            counts[0]++;
            counts[1] += row.number("in_cache_read") > 0 ? 1 : 0;
            counts[2] += row.number("in_cache_write_5m") == 7_200 ? 1 : 0;
            counts[3] += row.number("in_cache_read");
          }
        });
    assertThat(counts[0]).isEqualTo(facts.caching().requests());
    double hitRate = (double) counts[1] / counts[0];
    assertThat(hitRate).isLessThan(0.1);
    assertThat(counts[1] + counts[2]).isEqualTo(counts[0]);
    assertThat(facts.caching().cacheHitRate().doubleValue())
        .isCloseTo(hitRate, org.assertj.core.data.Offset.offset(0.0001));
    assertThat(facts.caching().stablePromptShare()).isGreaterThan(new BigDecimal("0.3"));
    assertThat(facts.caching().cacheReadShare()).isLessThan(new BigDecimal("0.05"));
  }

  @Test
  void theNightlyTriageRunsOnTheRealTimeApiAndWouldCostHalfOnBatch() throws IOException {
    JsonNode batchPrices = catalog().get("gpt-5.4-mini-2026-03-17");
    BigDecimal[] costs = {BigDecimal.ZERO, BigDecimal.ZERO};
    long[] requests = {0};
    ledger.forEach(
        row -> {
          if (!row.get("feature").equals("ticket-triage")) {
            return;
          }
          int hour = Integer.parseInt(row.get("timestamp").substring(11, 13));
          assertThat(hour).isBetween(2, 3);
          assertThat(row.get("service_tier")).isEqualTo("standard");
          if (row.get("status").equals("ok")) {
            requests[0]++;
            costs[0] = costs[0].add(new BigDecimal(row.get("cost")));
            costs[1] =
                costs[1]
                    .add(
                        batchPrices
                            .get("input_cost_per_token_batches")
                            .decimalValue()
                            .multiply(BigDecimal.valueOf(row.number("in_uncached"))))
                    .add(
                        batchPrices
                            .get("output_cost_per_token_batches")
                            .decimalValue()
                            .multiply(
                                BigDecimal.valueOf(
                                    row.number("out_text") + row.number("out_reasoning"))));
          }
        });
    assertThat(requests[0]).isEqualTo(facts.batch().requests());
    assertThat(costs[0]).isEqualByComparingTo(facts.batch().cost());
    assertThat(costs[1]).isEqualByComparingTo(facts.batch().costOnBatch());
    assertThat(costs[1].multiply(BigDecimal.valueOf(2))).isEqualByComparingTo(costs[0]);
  }

  @Test
  void anAgentLoopsOnOneDayAndMultipliesTheDaysSpend() {
    Map<LocalDate, BigDecimal> loopClient = new TreeMap<>();
    Map<LocalDate, BigDecimal> company = new TreeMap<>();
    ledger.forEach(
        row -> {
          if (row.get("cost").isEmpty()) {
            return;
          }
          LocalDate day = LocalDate.parse(row.get("timestamp").substring(0, 10));
          BigDecimal cost = new BigDecimal(row.get("cost"));
          company.merge(day, cost, BigDecimal::add);
          if (row.get("client").equals(facts.anomaly().client())
              && row.get("feature").equals(facts.anomaly().feature())) {
            loopClient.merge(day, cost, BigDecimal::add);
          }
        });
    LocalDate worst =
        loopClient.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    assertThat(worst).isEqualTo(facts.anomaly().day()).isEqualTo(LocalDate.of(2026, 8, 19));
    assertThat(loopClient.get(worst)).isEqualByComparingTo(facts.anomaly().dayCost());
    List<BigDecimal> before = new ArrayList<>();
    for (int i = 1; i <= 28; i++) {
      before.add(company.get(worst.minusDays(i)));
    }
    before.sort(BigDecimal::compareTo);
    BigDecimal median = before.get(13).add(before.get(14)).divide(BigDecimal.valueOf(2));
    assertThat(median).isEqualByComparingTo(facts.anomaly().companyBaselineDayCost());
    assertThat(company.get(worst)).isGreaterThan(median.multiply(BigDecimal.valueOf(5)));
  }

  @Test
  void aModelMissingFromBothCatalogsIsBilledButUnpricedInTheLedger() throws IOException {
    String model = facts.unpriced().model();
    JsonNode litellm = catalog();
    assertThat(litellm.has(model)).isFalse();
    assertThat(litellm.has("anthropic/" + model)).isFalse();
    JsonNode langfuse =
        JSON.readTree(RealData.file("prices/langfuse-default-model-prices.json").toFile());
    for (JsonNode entry : langfuse) {
      Pattern pattern = Pattern.compile(entry.get("matchPattern").asText());
      assertThat(pattern.matcher(model).matches()).as(entry.get("modelName").asText()).isFalse();
    }
    long[] rows = {0};
    ledger.forEach(
        row -> {
          if (row.get("model").equals(model)) {
            rows[0]++;
            assertThat(row.get("cost")).isEmpty();
            assertThat(LocalDate.parse(row.get("timestamp").substring(0, 10)))
                .isAfterOrEqualTo(facts.unpriced().firstSeen());
          }
        });
    assertThat(rows[0]).isGreaterThanOrEqualTo(facts.unpriced().requests()).isPositive();
    BigDecimal billed = BigDecimal.ZERO;
    for (GeneratedFile file : DemoFixture.manifest().files(DemoFormats.ANTHROPIC_COST_REPORT)) {
      for (JsonNode bucket : JSON.readTree(file.path().toFile()).get("data")) {
        for (JsonNode result : bucket.get("results")) {
          if (result.get("model").asText().equals(model)) {
            billed = billed.add(new BigDecimal(result.get("amount").asText()));
          }
        }
      }
    }
    assertThat(billed.movePointLeft(2))
        .isEqualByComparingTo(facts.unpriced().billedCost())
        .isPositive();
  }

  @Test
  void theGpuEndpointIsBusyInWorkingHoursAndIdleAtNight() {
    long[] night = new long[2];
    long[] peak = new long[2];
    long[] all = new long[2];
    for (GeneratedFile file : DemoFixture.manifest().files(DemoFormats.GPU_METRICS_CSV)) {
      CsvRows.forEach(
          file.path(),
          ", ",
          row -> {
            long util = Long.parseLong(row.get("utilization.gpu [%]").replace(" %", ""));
            int hour = Integer.parseInt(row.get("timestamp").substring(11, 13));
            LocalDate day =
                LocalDate.parse(row.get("timestamp").substring(0, 10).replace('/', '-'));
            boolean weekday = day.getDayOfWeek().getValue() <= 5;
            all[0] += util;
            all[1]++;
            if (hour >= 2 && hour < 6) {
              night[0] += util;
              night[1]++;
            }
            if (weekday && hour >= 14 && hour < 18) {
              peak[0] += util;
              peak[1]++;
            }
          });
    }
    double nightMean = (double) night[0] / night[1];
    double peakMean = (double) peak[0] / peak[1];
    assertThat(nightMean).isLessThan(15);
    assertThat(peakMean).isGreaterThan(45);
    assertThat(facts.idleGpu().nightUtilization())
        .isCloseTo(nightMean, org.assertj.core.data.Offset.offset(0.05));
    assertThat(facts.idleGpu().peakHoursUtilization())
        .isCloseTo(peakMean, org.assertj.core.data.Offset.offset(0.05));
    assertThat(facts.idleGpu().idleCost())
        .isGreaterThan(facts.idleGpu().totalCost().multiply(new BigDecimal("0.6")));
  }

  @Test
  void theGatewaysSpendDiffersFromTheInvoicesByNamedCauses() {
    BigDecimal[] spend = {BigDecimal.ZERO};
    long rows = 0;
    for (GeneratedFile file : DemoFixture.manifest().files(DemoFormats.LITELLM_SPEND_LOGS)) {
      rows +=
          CsvRows.forEach(
              file.path(), row -> spend[0] = spend[0].add(new BigDecimal(row.get("spend"))));
    }
    PlantedFacts.TraceGap gap = facts.traceGap();
    assertThat(spend[0]).isEqualByComparingTo(gap.liteLlmSpend());
    BigDecimal invoiced =
        facts.bills().stream()
            .map(PlantedFacts.ProviderBill::invoiced)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    assertThat(gap.invoiced()).isEqualByComparingTo(invoiced);
    assertThat(
            gap.liteLlmSpend()
                .add(gap.missingCalls())
                .add(gap.cacheWritePricing())
                .add(gap.reasoningTokens())
                .add(gap.unpricedModel()))
        .isEqualByComparingTo(invoiced);
    assertThat(gap.missingCalls()).isPositive();
    assertThat(gap.cacheWritePricing()).isPositive();
    assertThat(gap.reasoningTokens()).isPositive();
    assertThat(gap.unpricedModel()).isPositive();
    assertThat((double) rows / gap.modelCalls()).isBetween(0.8, 0.95);
  }

  @Test
  void priceTableMatchesTheLiteLlmCatalogForEveryPricedModel() throws IOException {
    JsonNode catalog = catalog();
    for (var model : io.tokenledger.sampledata.company.Models.CALLED) {
      if (!model.inCatalogs()) {
        continue;
      }
      String key =
          model.provider() == io.tokenledger.sampledata.company.Provider.OPENAI
                  || model.provider() == io.tokenledger.sampledata.company.Provider.VERTEX
              ? model.id()
              : model.liteLlmModel();
      JsonNode entry = catalog.get(key);
      assertThat(entry).as(key).isNotNull();
      var prices = model.prices();
      assertThat(prices.of(io.tokenledger.sampledata.company.TokenBucket.IN_UNCACHED))
          .as(key)
          .isEqualByComparingTo(entry.get("input_cost_per_token").decimalValue());
      assertThat(prices.of(io.tokenledger.sampledata.company.TokenBucket.OUT_TEXT))
          .as(key)
          .isEqualByComparingTo(entry.get("output_cost_per_token").decimalValue());
      assertThat(prices.of(io.tokenledger.sampledata.company.TokenBucket.IN_CACHE_READ))
          .as(key)
          .isEqualByComparingTo(entry.get("cache_read_input_token_cost").decimalValue());
      if (entry.has("cache_creation_input_token_cost")) {
        assertThat(prices.of(io.tokenledger.sampledata.company.TokenBucket.IN_CACHE_WRITE_5M))
            .as(key)
            .isEqualByComparingTo(entry.get("cache_creation_input_token_cost").decimalValue());
        assertThat(prices.of(io.tokenledger.sampledata.company.TokenBucket.IN_CACHE_WRITE_1H))
            .as(key)
            .isEqualByComparingTo(
                entry.get("cache_creation_input_token_cost_above_1hr").decimalValue());
      }
    }
  }

  private static JsonNode catalog() throws IOException {
    return JSON.readTree(
        RealData.file("prices/litellm-model_prices_and_context_window.json").toFile());
  }

  private static BigDecimal catalogCost(JsonNode catalog, String model, LedgerRow row) {
    JsonNode entry = catalog.get(model);
    return entry
        .get("input_cost_per_token")
        .decimalValue()
        .multiply(BigDecimal.valueOf(row.number("in_uncached")))
        .add(
            entry
                .get("output_cost_per_token")
                .decimalValue()
                .multiply(
                    BigDecimal.valueOf(row.number("out_text") + row.number("out_reasoning"))));
  }
}
