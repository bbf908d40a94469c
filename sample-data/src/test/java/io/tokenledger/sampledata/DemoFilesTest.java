package io.tokenledger.sampledata;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;

/** Every generated file parses as its format, with the shape its source really has. */
class DemoFilesTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The generic usage CSV's columns, in the order of the importer's GenericUsageColumn. */
  private static final List<String> GENERIC_COLUMNS =
      List.of(
          "timestamp",
          "provider",
          "model",
          "request_id",
          "trace_id",
          "parent_id",
          "end_time",
          "service_tier",
          "operation",
          "in_uncached",
          "in_cache_read",
          "in_cache_write_5m",
          "in_cache_write_1h",
          "out_text",
          "out_reasoning",
          "requests",
          "latency_ms",
          "status",
          "cache_hit",
          "cost",
          "currency",
          "client",
          "feature",
          "team",
          "env",
          "user",
          "api_key",
          "project");

  @Test
  void everyListedFileExistsAndHasItsRowCount() throws IOException {
    DemoManifest manifest = DemoFixture.manifest();
    assertThat(manifest.files()).isNotEmpty();
    for (GeneratedFile file : manifest.files()) {
      assertThat(file.path()).isRegularFile();
      String name = file.path().getFileName().toString();
      if (name.endsWith(".csv")) {
        String separator = file.format().equals(DemoFormats.GPU_METRICS_CSV) ? ", " : ",";
        long rows = CsvRows.forEach(file.path(), separator, row -> {});
        assertThat(rows).as(name).isEqualTo(file.rows());
      } else if (name.endsWith(".jsonl")) {
        long lines = 0;
        try (BufferedReader reader = Files.newBufferedReader(file.path(), StandardCharsets.UTF_8)) {
          String line;
          while ((line = reader.readLine()) != null) {
            assertThat(JSON.readTree(line).isObject()).as(name).isTrue();
            lines++;
          }
        }
        assertThat(lines).as(name).isPositive();
      } else if (name.endsWith(".json")) {
        JsonNode page = JSON.readTree(file.path().toFile());
        long results = 0;
        for (JsonNode bucket : page.get("data")) {
          results += bucket.get("results").size();
        }
        assertThat(results).as(name).isEqualTo(file.rows());
      }
    }
  }

  @Test
  void genericUsageCsvHasTheImportersColumnsAndIsoUtcTimestamps() {
    Path csv = DemoFixture.file("usage/generic-usage.csv");
    assertThat(CsvRows.header(csv)).isEqualTo(GENERIC_COLUMNS);
    long rows =
        CsvRows.forEach(
            csv,
            row -> {
              assertThat(row.get("timestamp"))
                  .matches("2026-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
              assertThat(row.get("trace_id")).matches("[0-9a-f]{32}");
              assertThat(row.get("parent_id")).matches("[0-9a-f]{16}");
              assertThat(row.get("status")).isIn("ok", "error");
              assertThat(row.number("requests")).isEqualTo(1);
              for (String bucket : GENERIC_COLUMNS.subList(9, 15)) {
                assertThat(row.number(bucket)).isNotNegative();
              }
              if (row.get("cost").isEmpty()) {
                assertThat(row.get("currency")).isEmpty();
              } else {
                assertThat(row.get("cost")).doesNotContain("E");
                assertThat(row.get("currency")).isEqualTo("USD");
              }
            });
    assertThat(rows).isEqualTo(DemoFixture.manifest().rows(DemoFormats.GENERIC_USAGE_CSV));
  }

  @Test
  void openAiPagesAreLinkedAndAmountsAreNumbersOrDecimalStrings() throws IOException {
    List<GeneratedFile> pages = DemoFixture.manifest().files(DemoFormats.OPENAI_COSTS_API);
    assertThat(pages).hasSize(6);
    int strings = 0;
    for (int i = 0; i < pages.size(); i++) {
      JsonNode page = JSON.readTree(pages.get(i).path().toFile());
      assertThat(page.get("object").asText()).isEqualTo("page");
      boolean last = i == pages.size() - 1;
      assertThat(page.get("has_more").asBoolean()).isEqualTo(!last);
      assertThat(page.get("next_page").isNull()).isEqualTo(last);
      for (JsonNode bucket : page.get("data")) {
        assertThat(bucket.get("end_time").asLong() - bucket.get("start_time").asLong())
            .isEqualTo(86_400);
        for (JsonNode result : bucket.get("results")) {
          JsonNode value = result.get("amount").get("value");
          assertThat(value.isNumber() || value.asText().matches("\\d+\\.\\d+")).isTrue();
          strings += value.isTextual() ? 1 : 0;
          assertThat(result.get("amount").get("currency").asText()).isEqualTo("usd");
          assertThat(result.get("line_item").asText())
              .matches("^[\\w.\\-]+, (input|cached input|output)$");
        }
      }
    }
    assertThat(strings).isPositive();
  }

  @Test
  void openAiDashboardCsvsWriteCountsAsFloatsAndBooleansCapitalised() {
    Path usage = onlyFile(DemoFormats.OPENAI_USAGE_CSV);
    assertThat(usage.getFileName().toString())
        .isEqualTo("completions_usage_2026-05-01_2026-10-31.csv");
    CsvRows.forEach(
        usage,
        row -> {
          assertThat(row.get("input_tokens")).endsWith(".0");
          assertThat(row.get("batch")).isEqualTo("False");
          assertThat(row.get("start_time_iso")).endsWith("+00:00");
          assertThat(row.get("user_id")).isEmpty();
        });
    assertThat(onlyFile(DemoFormats.OPENAI_COSTS_CSV).getFileName().toString())
        .isEqualTo("cost_2026-05-01_2026-10-31.csv");
  }

  @Test
  void anthropicConsoleCsvsHaveTheDocumentedHeadersAndContextLabel() {
    Path usage = onlyFile(DemoFormats.ANTHROPIC_CONSOLE_USAGE_CSV);
    assertThat(CsvRows.header(usage))
        .containsExactly(
            "usage_date_utc",
            "model_version",
            "api_key",
            "workspace",
            "usage_type",
            "context_window",
            "usage_input_tokens_no_cache",
            "usage_input_tokens_cache_write_5m",
            "usage_input_tokens_cache_write_1h",
            "usage_input_tokens_cache_read",
            "usage_output_tokens",
            "web_search_count",
            "inference_geo",
            "speed");
    CsvRows.forEach(
        usage,
        row -> {
          assertThat(row.get("context_window")).isEqualTo("\u2264 200k");
          assertThat(LocalDate.parse(row.get("usage_date_utc")))
              .isBetween("2026-05-01", "2026-10-31");
          assertThat(row.get("model_version")).startsWith("Claude ");
        });
    Path cost = onlyFile(DemoFormats.ANTHROPIC_CONSOLE_COST_CSV);
    assertThat(CsvRows.header(cost))
        .containsExactly(
            "usage_date_utc",
            "model",
            "workspace",
            "api_key",
            "usage_type",
            "context_window",
            "token_type",
            "cost_usd",
            "list_price_usd",
            "cost_type",
            "inference_geo",
            "speed",
            "api_key_id",
            "api_key_status");
    CsvRows.forEach(
        cost,
        row ->
            assertThat(row.get("token_type"))
                .isIn(
                    "input_no_cache",
                    "input_cache_read",
                    "input_cache_write_5m",
                    "input_cache_write_1h",
                    "output"));
  }

  @Test
  void anthropicCostReportAmountsAreCentsAsDecimalStrings() throws IOException {
    for (GeneratedFile file : DemoFixture.manifest().files(DemoFormats.ANTHROPIC_COST_REPORT)) {
      JsonNode page = JSON.readTree(file.path().toFile());
      for (JsonNode bucket : page.get("data")) {
        assertThat(bucket.get("starting_at").asText()).endsWith("T00:00:00Z");
        for (JsonNode result : bucket.get("results")) {
          assertThat(result.get("amount").isTextual()).isTrue();
          assertThat(result.get("currency").asText()).isEqualTo("USD");
          assertThat(result.get("context_window").asText()).isEqualTo("0-200k");
        }
      }
    }
  }

  @Test
  void otlpLinesHaveHexIdsStringNanosAndStringIntValues() throws IOException {
    for (GeneratedFile file : DemoFixture.manifest().files(DemoFormats.OTEL_OTLP_JSON)) {
      try (BufferedReader reader = Files.newBufferedReader(file.path(), StandardCharsets.UTF_8)) {
        String line = reader.readLine();
        JsonNode request = JSON.readTree(line);
        JsonNode span =
            request.get("resourceSpans").get(0).get("scopeSpans").get(0).get("spans").get(0);
        assertThat(span.get("traceId").asText()).matches("[0-9a-f]{32}");
        assertThat(span.get("spanId").asText()).matches("[0-9a-f]{16}");
        assertThat(span.get("startTimeUnixNano").isTextual()).isTrue();
        assertThat(Long.parseLong(span.get("endTimeUnixNano").asText()))
            .isGreaterThan(Long.parseLong(span.get("startTimeUnixNano").asText()));
      }
    }
    List<JsonNode> ints = new ArrayList<>();
    Path first = DemoFixture.manifest().files(DemoFormats.OTEL_OTLP_JSON).get(0).path();
    try (BufferedReader reader = Files.newBufferedReader(first, StandardCharsets.UTF_8)) {
      reader.lines().limit(50).forEach(line -> ints.addAll(tree(line).findValues("intValue")));
    }
    assertThat(ints).isNotEmpty().allMatch(JsonNode::isTextual);
  }

  @Test
  void langfuseLinesRepeatEveryObservationInsideAndOutsideTheTrace() throws IOException {
    Path first = DemoFixture.manifest().files(DemoFormats.LANGFUSE_TRACES).get(0).path();
    try (BufferedReader reader = Files.newBufferedReader(first, StandardCharsets.UTF_8)) {
      JsonNode line = JSON.readTree(reader.readLine());
      JsonNode inside = line.get("trace").get("observations");
      JsonNode outside = line.get("observations");
      assertThat(inside).isNotEmpty().isEqualTo(outside);
      assertThat(line.get("trace").get("timestamp").asText()).matches(".*T.*\\.\\d{3}Z");
      assertThat(inside.findValues("type").stream().map(JsonNode::asText))
          .contains("AGENT", "GENERATION", "TOOL");
    }
  }

  @Test
  void curAndBigQueryExportsUseTheirTimestampForms() throws IOException {
    Path cur = DemoFixture.manifest().files(DemoFormats.AWS_CUR2).get(0).path();
    assertThat(cur.toString().replace('\\', '/')).contains("/data/BILLING_PERIOD=2026-05/");
    CsvRows.forEach(
        cur,
        row -> {
          assertThat(row.get("line_item_usage_start_date"))
              .matches("2026-05-\\d\\dT00:00:00\\.000Z");
          assertThat(tree(row.get("resource_tags")).isObject()).isTrue();
          if (row.get("line_item_product_code").equals("AmazonBedrock")) {
            assertThat(row.get("bill_billing_entity")).isEqualTo("AWS Marketplace");
            assertThat(row.get("pricing_unit")).isIn("1K tokens", "1M tokens");
            assertThat(row.get("line_item_usage_type"))
                .matches(
                    "USE1-Claude4\\.\\d(Sonnet|Haiku)-(input-tokens|output-tokens|cache-read-input-token-count|cache-write-input-token-count)");
          }
        });
    Path gcp = DemoFixture.manifest().files(DemoFormats.GCP_BILLING_EXPORT).get(0).path();
    try (BufferedReader reader = Files.newBufferedReader(gcp, StandardCharsets.UTF_8)) {
      JsonNode row = JSON.readTree(reader.readLine());
      assertThat(row.get("usage_start_time").asText()).matches("2026-05-01 \\d\\d:00:00 UTC");
      assertThat(row.get("invoice").get("month").asText()).isEqualTo("202605");
      assertThat(row.get("labels").isArray()).isTrue();
    }
  }

  @Test
  void revenueWorkbookOpensWithPoiAndMatchesTheCsv() throws IOException {
    Path xlsx = onlyFile(DemoFormats.REVENUE_XLSX);
    List<List<String>> csv = new ArrayList<>();
    CsvRows.forEach(onlyFile(DemoFormats.REVENUE_CSV), row -> csv.add(row.values()));
    DataFormatter formatter = new DataFormatter(java.util.Locale.ROOT);
    try (Workbook workbook = WorkbookFactory.create(xlsx.toFile(), null, true)) {
      Sheet sheet = workbook.getSheet("Revenue");
      assertThat(sheet.getLastRowNum()).isEqualTo(csv.size());
      for (int r = 1; r <= csv.size(); r++) {
        Row row = sheet.getRow(r);
        List<String> expected = csv.get(r - 1);
        assertThat(row.getCell(1).getStringCellValue()).isEqualTo(expected.get(1));
        assertThat(row.getCell(2).getLocalDateTimeCellValue().toLocalDate())
            .isEqualTo(LocalDate.parse(expected.get(2)));
        assertThat(
                new java.math.BigDecimal(
                    formatter.formatCellValue(row.getCell(6)).replace(",", "")))
            .isEqualByComparingTo(expected.get(6));
        assertThat(row.getCell(7).getStringCellValue()).isEqualTo(expected.get(7));
      }
    }
  }

  @Test
  void gpuSamplesAreNvidiaSmiCsvWithUnitsInTheValues() {
    for (GeneratedFile file : DemoFixture.manifest().files(DemoFormats.GPU_METRICS_CSV)) {
      CsvRows.forEach(
          file.path(),
          ", ",
          row -> {
            assertThat(row.get("timestamp"))
                .matches("2026/\\d\\d/\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3}");
            assertThat(row.get("utilization.gpu [%]")).matches("\\d{1,3} %");
            assertThat(row.get("memory.used [MiB]")).matches("\\d+ MiB");
            assertThat(row.get("uuid")).startsWith("GPU-");
          });
    }
  }

  private static JsonNode tree(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static Path onlyFile(String format) {
    List<GeneratedFile> files = DemoFixture.manifest().files(format);
    assertThat(files).hasSize(1);
    return files.get(0).path();
  }
}
