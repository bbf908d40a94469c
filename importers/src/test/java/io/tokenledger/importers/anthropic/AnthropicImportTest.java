package io.tokenledger.importers.anthropic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tokenledger.importers.ImportReport;
import io.tokenledger.importers.ImportStatus;
import io.tokenledger.importers.RejectedRow;
import io.tokenledger.importers.models.ImportFixture;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AnthropicImportTest {

  private final ImportFixture fixture = new ImportFixture();

  @AfterEach
  void close() {
    fixture.close();
  }

  @Test
  void usageReportKeepsItsDisjointBucketsPerModelAndWorkspace() throws IOException {
    Path file = ImportFixture.resource(getClass(), "usage_report_2026-10.json");

    ImportReport report = fixture.importFile(file);

    assertThat(report.status()).as(report.message()).isEqualTo(ImportStatus.IMPORTED);
    assertThat(report.formatId()).isEqualTo(AnthropicUsageJsonImporter.FORMAT_ID);
    assertThat(report.rowsImported()).isEqualTo(2);
    assertThat(fixture.count("SELECT sum(in_uncached) FROM usage_events"))
        .isEqualTo(sumOf(file, "uncached_input_tokens"));
    assertThat(fixture.count("SELECT sum(in_cache_read) FROM usage_events"))
        .isEqualTo(sumOf(file, "cache_read_input_tokens"));
    assertThat(fixture.count("SELECT sum(in_cache_write_5m) FROM usage_events"))
        .isEqualTo(sumOf(file, "cache_creation", "ephemeral_5m_input_tokens"));
    assertThat(fixture.count("SELECT sum(in_cache_write_1h) FROM usage_events"))
        .isEqualTo(sumOf(file, "cache_creation", "ephemeral_1h_input_tokens"));
    assertThat(fixture.count("SELECT sum(out_text) FROM usage_events"))
        .isEqualTo(sumOf(file, "output_tokens"));
    assertThat(
            fixture.rows(
                "SELECT model, service_tier, project, api_key, attributes->>'context_window',"
                    + " CAST(attributes->>'web_search_requests' AS INTEGER),"
                    + " CAST(event_time AS VARCHAR) FROM usage_events ORDER BY source_line"))
        .containsExactly(
            Arrays.asList(
                "claude-sonnet-4-5-20250929",
                "standard",
                "wrkspc_support",
                "apikey_01",
                "0-200k",
                "12",
                "2026-10-01 00:00:00+00"),
            Arrays.asList(
                "claude-haiku-4-5-20251001",
                "batch",
                null,
                null,
                "200k-1M",
                "0",
                "2026-10-01 00:00:00+00"));
  }

  @Test
  void costReportAmountsAreCentsDividedByAHundredWithTheSourceAmountKept() throws IOException {
    Path file = ImportFixture.resource(getClass(), "cost_report_2026-10.json");

    ImportReport report = fixture.importFile(file);

    assertThat(report.status()).as(report.message()).isEqualTo(ImportStatus.IMPORTED);
    assertThat(report.formatId()).isEqualTo(AnthropicCostJsonImporter.FORMAT_ID);
    assertThat(report.rowsImported()).isEqualTo(8);
    BigDecimal cents = BigDecimal.ZERO;
    for (JsonNode bucket : new ObjectMapper().readTree(file.toFile()).get("data")) {
      for (JsonNode result : bucket.get("results")) {
        cents = cents.add(new BigDecimal(result.get("amount").asText()));
      }
    }
    assertThat(fixture.decimal("SELECT sum(BilledCost) FROM cost_lines"))
        .isEqualByComparingTo(cents.movePointLeft(2));
    assertThat(
            fixture.rows(
                "SELECT token_bucket, source_amount, CAST(source_amount_factor AS INTEGER),"
                    + " BilledCost, ChargeCategory FROM cost_lines ORDER BY source_line"))
        .containsExactly(
            Arrays.asList("in_uncached", "36.0", "100", "0.3600000000", "Usage"),
            Arrays.asList("in_cache_read", "9.0", "100", "0.0900000000", "Usage"),
            Arrays.asList("in_cache_write_5m", "6.0", "100", "0.0600000000", "Usage"),
            Arrays.asList("in_cache_write_1h", "2.4", "100", "0.0240000000", "Usage"),
            Arrays.asList("out_text", "67.5", "100", "0.6750000000", "Usage"),
            Arrays.asList(null, "12.0", "100", "0.1200000000", "Usage"),
            Arrays.asList("in_uncached", "30.00000001", "100", "0.3000000001", "Usage"),
            Arrays.asList(null, "-50", "100", "-0.5000000000", "Credit"));
    assertThat(fixture.text("SELECT service_tier FROM cost_lines WHERE source_line = 7"))
        .isEqualTo("batch");
    assertThat(report.warnings()).anyMatch(w -> w.contains("has_more"));
  }

  @Test
  void consoleUsageCsvReadsTheLessOrEqualContextLabelAndDisplayNames() {
    Path file = ImportFixture.resource(getClass(), "usage_2026-10.csv");

    ImportReport report = fixture.importFile(file);

    assertThat(report.status()).as(report.message()).isEqualTo(ImportStatus.IMPORTED);
    assertThat(report.formatId()).isEqualTo(AnthropicUsageCsvImporter.FORMAT_ID);
    String sumColumn = "SELECT sum(CAST(%s AS BIGINT)) FROM read_csv(?, all_varchar = true)";
    String path = file.toString();
    assertThat(fixture.count("SELECT sum(in_cache_write_1h) FROM usage_events"))
        .isEqualTo(
            fixture.count(String.format(sumColumn, "usage_input_tokens_cache_write_1h"), path));
    assertThat(fixture.count("SELECT sum(in_cache_read) FROM usage_events"))
        .isEqualTo(fixture.count(String.format(sumColumn, "usage_input_tokens_cache_read"), path));
    assertThat(
            fixture.rows(
                "SELECT model_raw, model, service_tier, attributes->>'context_window',"
                    + " attributes->>'context_window_raw', CAST(end_time AS VARCHAR)"
                    + " FROM usage_events ORDER BY source_line"))
        .containsExactly(
            Arrays.asList(
                "claude-sonnet-4-5-20250929",
                "claude-sonnet-4-5-20250929",
                "standard",
                "0-200k",
                "\u2264 200k",
                "2026-10-02 00:00:00+00"),
            Arrays.asList(
                "Claude Opus 4.6",
                "claude-opus-4-6",
                "batch",
                "0-200k",
                "\u2264 200k",
                "2026-10-02 00:00:00+00"),
            Arrays.asList(
                "claude-haiku-4-5-20251001",
                "claude-haiku-4-5-20251001",
                "standard",
                "0-200k",
                "\u2264 200k",
                "2026-10-03 00:00:00+00"));
  }

  @Test
  void olderConsoleUsageFlagsItsUnsplitCacheWritesAndRejectsABadCount() {
    Path file = ImportFixture.resource(getClass(), "usage_older_2026-09.csv");

    ImportReport strict = fixture.importFile(file);
    assertThat(strict.status()).isEqualTo(ImportStatus.REJECTED);
    assertThat(strict.rejects())
        .extracting(RejectedRow::line, RejectedRow::column)
        .containsExactly(tuple(3L, "usage_input_tokens_cache_write"));

    ImportReport lenient =
        fixture.importFile(file, new io.tokenledger.importers.ImportOptions(null, false, true));
    assertThat(lenient.status()).as(lenient.message()).isEqualTo(ImportStatus.IMPORTED);
    assertThat(
            fixture.rows(
                "SELECT in_cache_write_5m, attributes->>'cache_write_ttl' FROM usage_events"))
        .containsExactly(Arrays.asList("250", "unstated"));
    assertThat(lenient.warnings()).anyMatch(w -> w.contains("without its TTL"));
  }

  @Test
  void consoleCostCsvIsInDollarsAndFlagsAModelItCannotResolve() {
    Path file = ImportFixture.resource(getClass(), "cost_2026-10.csv");

    ImportReport report = fixture.importFile(file);

    assertThat(report.status()).as(report.message()).isEqualTo(ImportStatus.IMPORTED);
    assertThat(report.formatId()).isEqualTo(AnthropicCostCsvImporter.FORMAT_ID);
    assertThat(report.rowsImported()).isEqualTo(7);
    String path = file.toString();
    assertThat(fixture.decimal("SELECT sum(BilledCost) FROM cost_lines"))
        .isEqualByComparingTo(
            fixture.decimal(
                "SELECT sum(CAST(cost_usd AS DECIMAL(38,10))) FROM read_csv(?, all_varchar = true)",
                path));
    assertThat(fixture.decimal("SELECT sum(ListCost) FROM cost_lines"))
        .isEqualByComparingTo(
            fixture.decimal(
                "SELECT sum(CAST(list_price_usd AS DECIMAL(38,10)))"
                    + " FROM read_csv(?, all_varchar = true)",
                path));
    assertThat(
            fixture.rows(
                "SELECT model, token_bucket, count(*) FROM cost_lines GROUP BY ALL ORDER BY ALL"))
        .containsExactly(
            Arrays.asList("claude-haiku-4-5", "out_text", "1"),
            Arrays.asList("claude-sonnet-4-5", "in_cache_read", "1"),
            Arrays.asList("claude-sonnet-4-5", "in_cache_write_1h", "1"),
            Arrays.asList("claude-sonnet-4-5", "in_cache_write_5m", "1"),
            Arrays.asList("claude-sonnet-4-5", "in_uncached", "1"),
            Arrays.asList("claude-sonnet-4-5", "out_text", "1"),
            Arrays.asList(null, "out_text", "1"));
    assertThat(report.warnings()).anyMatch(w -> w.contains("'Mystery Model 9' (1 rows)"));
    assertThat(fixture.text("SELECT api_key FROM cost_lines LIMIT 1")).isEqualTo("apikey_01");
  }

  @Test
  void aDollarSignInTheCostAndAnImpossibleDateAreRejectedWithLineAndColumn() {
    ImportReport report =
        fixture.importFile(ImportFixture.resource(getClass(), "cost_bad_2026-10.csv"));

    assertThat(report.status()).isEqualTo(ImportStatus.REJECTED);
    assertThat(report.rejects())
        .extracting(RejectedRow::line, RejectedRow::column)
        .containsExactly(tuple(3L, "cost_usd"), tuple(4L, "usage_date_utc"));
  }

  private static long sumOf(Path file, String... path) throws IOException {
    long sum = 0;
    for (JsonNode bucket : new ObjectMapper().readTree(file.toFile()).get("data")) {
      for (JsonNode result : bucket.get("results")) {
        JsonNode value = result;
        for (String key : path) {
          value = value.path(key);
        }
        sum += value.asLong();
      }
    }
    return sum;
  }
}
