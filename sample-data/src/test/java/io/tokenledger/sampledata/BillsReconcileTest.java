package io.tokenledger.sampledata;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The provider bills are the sums of the same request stream the ledger lists, to the last digit,
 * and the traces are a subset of it.
 */
class BillsReconcileTest {

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  private static final Map<String, BigDecimal> ledgerCost = new HashMap<>();
  private static final Map<String, long[]> ledgerTokens = new HashMap<>();
  private static final Set<String> requestIds = new HashSet<>();
  private static DemoManifest manifest;

  @BeforeAll
  static void readLedger() {
    manifest = DemoFixture.manifest();
    CsvRows.forEach(
        DemoFixture.file("usage/generic-usage.csv"),
        row -> {
          String provider = row.get("provider");
          requestIds.add(row.get("request_id"));
          if (!row.get("cost").isEmpty()) {
            ledgerCost.merge(provider, new BigDecimal(row.get("cost")), BigDecimal::add);
          }
          long[] tokens = ledgerTokens.computeIfAbsent(provider, p -> new long[8]);
          tokens[0] += row.number("in_uncached");
          tokens[1] += row.number("in_cache_read");
          tokens[2] += row.number("in_cache_write_5m");
          tokens[3] += row.number("in_cache_write_1h");
          tokens[4] += row.number("out_text");
          tokens[5] += row.number("out_reasoning");
          tokens[6] += row.get("status").equals("ok") ? 1 : 0;
        });
  }

  @Test
  void openAiCostsAndUsageAreTheLedgersOpenAiRowsSummed() throws IOException {
    BigDecimal api = BigDecimal.ZERO;
    for (GeneratedFile file : manifest.files(DemoFormats.OPENAI_COSTS_API)) {
      for (JsonNode bucket : JSON.readTree(file.path().toFile()).get("data")) {
        for (JsonNode result : bucket.get("results")) {
          api = api.add(new BigDecimal(result.get("amount").get("value").asText()));
        }
      }
    }
    BigDecimal[] csv = {BigDecimal.ZERO};
    CsvRows.forEach(
        manifest.files(DemoFormats.OPENAI_COSTS_CSV).get(0).path(),
        row -> csv[0] = csv[0].add(new BigDecimal(row.get("amount_value"))));
    assertThat(api).isEqualByComparingTo(ledgerCost.get("openai")).isEqualByComparingTo(csv[0]);

    long input = 0;
    long cached = 0;
    long output = 0;
    long requests = 0;
    for (GeneratedFile file : manifest.files(DemoFormats.OPENAI_USAGE_API)) {
      for (JsonNode bucket : JSON.readTree(file.path().toFile()).get("data")) {
        for (JsonNode result : bucket.get("results")) {
          input += result.get("input_tokens").asLong();
          cached += result.get("input_cached_tokens").asLong();
          output += result.get("output_tokens").asLong();
          requests += result.get("num_model_requests").asLong();
        }
      }
    }
    long[] t = ledgerTokens.get("openai");
    assertThat(input).isEqualTo(t[0] + t[1]);
    assertThat(cached).isEqualTo(t[1]);
    assertThat(output).isEqualTo(t[4] + t[5]);
    assertThat(requests).isEqualTo(t[6]);
  }

  @Test
  void anthropicReportsAndConsoleCsvsAreTheLedgerPlusTheUnpricedModel() throws IOException {
    BigDecimal cents = BigDecimal.ZERO;
    for (GeneratedFile file : manifest.files(DemoFormats.ANTHROPIC_COST_REPORT)) {
      for (JsonNode bucket : JSON.readTree(file.path().toFile()).get("data")) {
        for (JsonNode result : bucket.get("results")) {
          cents = cents.add(new BigDecimal(result.get("amount").asText()));
        }
      }
    }
    BigDecimal[] console = {BigDecimal.ZERO};
    CsvRows.forEach(
        manifest.files(DemoFormats.ANTHROPIC_CONSOLE_COST_CSV).get(0).path(),
        row -> console[0] = console[0].add(new BigDecimal(row.get("cost_usd"))));
    BigDecimal expected = ledgerCost.get("anthropic").add(manifest.facts().unpriced().billedCost());
    assertThat(cents.movePointLeft(2))
        .isEqualByComparingTo(expected)
        .isEqualByComparingTo(console[0]);

    long uncached = 0;
    long read = 0;
    long write5m = 0;
    long write1h = 0;
    long output = 0;
    for (GeneratedFile file : manifest.files(DemoFormats.ANTHROPIC_USAGE_REPORT)) {
      for (JsonNode bucket : JSON.readTree(file.path().toFile()).get("data")) {
        for (JsonNode result : bucket.get("results")) {
          uncached += result.get("uncached_input_tokens").asLong();
          read += result.get("cache_read_input_tokens").asLong();
          write5m += result.get("cache_creation").get("ephemeral_5m_input_tokens").asLong();
          write1h += result.get("cache_creation").get("ephemeral_1h_input_tokens").asLong();
          output += result.get("output_tokens").asLong();
        }
      }
    }
    long[] t = ledgerTokens.get("anthropic");
    assertThat(new long[] {uncached, read, write5m, write1h, output})
        .containsExactly(t[0], t[1], t[2], t[3], t[4] + t[5]);
  }

  @Test
  void curBedrockLinesAreTheLedgersAwsRowsAndTheGpuInstancesAreTheEndpointsCost() {
    BigDecimal[] bedrock = {BigDecimal.ZERO};
    BigDecimal[] gpu = {BigDecimal.ZERO};
    long[] tokens = {0};
    for (GeneratedFile file : manifest.files(DemoFormats.AWS_CUR2)) {
      CsvRows.forEach(
          file.path(),
          row -> {
            BigDecimal cost = new BigDecimal(row.get("line_item_unblended_cost"));
            if (row.get("line_item_product_code").equals("AmazonBedrock")) {
              bedrock[0] = bedrock[0].add(cost);
              BigDecimal unit =
                  row.get("pricing_unit").equals("1K tokens")
                      ? BigDecimal.valueOf(1_000)
                      : BigDecimal.valueOf(1_000_000);
              tokens[0] +=
                  new BigDecimal(row.get("line_item_usage_amount")).multiply(unit).longValueExact();
              assertThat(
                      new BigDecimal(row.get("line_item_usage_amount"))
                          .multiply(new BigDecimal(row.get("line_item_unblended_rate"))))
                  .isEqualByComparingTo(cost);
            } else if (row.get("line_item_usage_type").equals("USE1-BoxUsage:g6.xlarge")) {
              gpu[0] = gpu[0].add(cost);
            }
          });
    }
    long[] t = ledgerTokens.get("aws");
    assertThat(bedrock[0]).isEqualByComparingTo(ledgerCost.get("aws"));
    assertThat(tokens[0]).isEqualTo(t[0] + t[1] + t[2] + t[3] + t[4] + t[5]);
    assertThat(gpu[0]).isEqualByComparingTo(manifest.facts().idleGpu().totalCost());
  }

  @Test
  void vertexLinesOfTheBillingExportAreTheLedgersGcpRows() throws IOException {
    BigDecimal cost = BigDecimal.ZERO;
    BigDecimal credits = BigDecimal.ZERO;
    long tokens = 0;
    for (GeneratedFile file : manifest.files(DemoFormats.GCP_BILLING_EXPORT)) {
      try (BufferedReader reader = Files.newBufferedReader(file.path(), StandardCharsets.UTF_8)) {
        String line;
        while ((line = reader.readLine()) != null) {
          JsonNode row = JSON.readTree(line);
          if (!row.get("service").get("description").asText().equals("Vertex AI")) {
            continue;
          }
          cost = cost.add(row.get("cost").decimalValue());
          tokens += row.get("usage").get("amount").asLong();
          for (JsonNode credit : row.get("credits")) {
            credits = credits.add(credit.get("amount").decimalValue());
          }
        }
      }
    }
    long[] t = ledgerTokens.get("gcp");
    assertThat(cost).isEqualByComparingTo(ledgerCost.get("gcp"));
    assertThat(tokens).isEqualTo(t[0] + t[1] + t[4] + t[5]);
    PlantedFacts.ProviderBill gcp =
        manifest.facts().bills().stream()
            .filter(b -> b.provider().equals("gcp"))
            .findFirst()
            .orElseThrow();
    assertThat(credits).isNegative().isEqualByComparingTo(gcp.credits());
  }

  @Test
  void tracesCoverPartOfTheLedgersCallsAndNothingElse() throws IOException {
    long otel = 0;
    for (GeneratedFile file : manifest.files(DemoFormats.OTEL_OTLP_JSON)) {
      otel += generationSpans(file.path());
    }
    Set<String> langfuse = new HashSet<>();
    for (GeneratedFile file : manifest.files(DemoFormats.LANGFUSE_TRACES)) {
      try (BufferedReader reader = Files.newBufferedReader(file.path(), StandardCharsets.UTF_8)) {
        String line;
        while ((line = reader.readLine()) != null) {
          for (JsonNode observation : JSON.readTree(line).get("observations")) {
            if (observation.get("type").asText().equals("GENERATION")) {
              langfuse.add(observation.get("id").asText());
            }
          }
        }
      }
    }
    long[] missing = {0};
    for (GeneratedFile file : manifest.files(DemoFormats.LITELLM_SPEND_LOGS)) {
      CsvRows.forEach(
          file.path(), row -> missing[0] += requestIds.contains(row.get("request_id")) ? 0 : 1);
    }
    long calls = manifest.rows(DemoFormats.GENERIC_USAGE_CSV);
    PlantedFacts.TraceGap gap = manifest.facts().traceGap();
    assertThat(missing[0]).isZero();
    assertThat(otel).isLessThan(calls).isPositive();
    assertThat((double) otel / calls)
        .isCloseTo(gap.otelCoverage().doubleValue(), org.assertj.core.data.Offset.offset(0.0001));
    assertThat((long) langfuse.size()).isPositive().isLessThan(calls);
  }

  private static long generationSpans(Path file) throws IOException {
    long count = 0;
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = reader.readLine()) != null) {
        for (JsonNode resource : JSON.readTree(line).get("resourceSpans")) {
          for (JsonNode scope : resource.get("scopeSpans")) {
            for (JsonNode span : scope.get("spans")) {
              if (span.get("kind").asInt() == 3 && span.get("name").asText().startsWith("chat ")) {
                count++;
              }
            }
          }
        }
      }
    }
    return count;
  }
}
