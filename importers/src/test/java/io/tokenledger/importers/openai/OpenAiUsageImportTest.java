package io.tokenledger.importers.openai;

import static org.assertj.core.api.Assertions.assertThat;

import io.tokenledger.importers.ImportReport;
import io.tokenledger.importers.ImportStatus;
import io.tokenledger.importers.RejectedRow;
import io.tokenledger.importers.models.ImportFixture;
import io.tokenledger.sampledata.RealData;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OpenAiUsageImportTest {

  private final ImportFixture fixture = new ImportFixture();

  @AfterEach
  void close() {
    fixture.close();
  }

  @Test
  void usageApiPageBecomesDisjointBucketsThatAddUpToTheReportedInput() {
    Path file = RealData.file("providers/openai/usage_completions_example.json");

    ImportReport report = fixture.importFile(file);

    assertThat(report.status()).as(report.message()).isEqualTo(ImportStatus.IMPORTED);
    assertThat(report.formatId()).isEqualTo(OpenAiUsageJsonImporter.FORMAT_ID);
    assertThat(report.rowsImported()).isEqualTo(1);
    // SOURCES.md: input 1000 = cached 400 + cache-write 100 + uncached 500.
    assertThat(
            fixture.rows(
                "SELECT in_uncached, in_cache_read, in_cache_write_5m, out_text, requests,"
                    + " model_raw, model, service_tier, operation, CAST(event_time AS VARCHAR),"
                    + " attributes->>'grain' FROM usage_events"))
        .containsExactly(
            java.util.Arrays.asList(
                "500",
                "400",
                "100",
                "500",
                "5",
                "(all models)",
                null,
                "standard",
                "completions",
                "2024-11-01 00:00:00+00",
                "1d"));
    assertThat(
            fixture.count(
                "SELECT in_uncached + in_cache_read + in_cache_write_5m" + " FROM usage_events"))
        .isEqualTo(
            fixture.count(
                "SELECT CAST(json->'data'->0->'results'->0->>'input_tokens' AS BIGINT)"
                    + " FROM read_json_objects(?)",
                file.toString()));
    assertThat(report.warnings())
        .anyMatch(w -> w.contains("total all models"))
        .anyMatch(w -> w.contains("5-minute"))
        .anyMatch(w -> w.contains("has_more"));
  }

  @Test
  void dashboardCsvKeepsGroupedRowsAndLeavesTheUngroupedTotalOut() {
    Path file = ImportFixture.resource(getClass(), "completions_usage_2026-10-01_2026-10-03.csv");

    ImportReport report = fixture.importFile(file);

    assertThat(report.status()).as(report.message()).isEqualTo(ImportStatus.IMPORTED);
    assertThat(report.formatId()).isEqualTo(OpenAiUsageCsvImporter.FORMAT_ID);
    // 5 data lines: one ungrouped total and one empty bucket are not usage.
    assertThat(report.rowsImported()).isEqualTo(3);
    String groupedInput =
        "SELECT sum(CAST(input_tokens AS DECIMAL(38,2))) FROM read_csv(?, all_varchar = true)"
            + " WHERE model IS NOT NULL";
    assertThat(fixture.decimal("SELECT sum(in_uncached + in_cache_read) FROM usage_events"))
        .isEqualByComparingTo(fixture.decimal(groupedInput, file.toString()));
    assertThat(
            fixture.rows(
                "SELECT model_raw, model, service_tier, in_uncached, in_cache_read, out_text,"
                    + " requests, project, api_key FROM usage_events ORDER BY source_line"))
        .containsExactly(
            java.util.Arrays.asList(
                "gpt-4o-mini-2024-07-18",
                "gpt-4o-mini-2024-07-18",
                "standard",
                "10000",
                "5000",
                "3000",
                "10",
                "proj_a",
                "key_1"),
            java.util.Arrays.asList(
                "gpt-4o-2024-08-06",
                "gpt-4o-2024-08-06",
                "batch",
                "8000",
                "0",
                "1200",
                "4",
                "proj_b",
                "key_2"),
            java.util.Arrays.asList(
                "gpt-4.1-nano",
                "gpt-4.1-nano",
                "flex",
                "1500",
                "1000",
                "700",
                "3",
                "proj_a",
                "key_1"));
    assertThat(report.warnings()).anyMatch(w -> w.startsWith("1 ungrouped total row"));
  }

  @Test
  void newerDashboardHeaderTakesUncachedAsWrittenAndFlagsAnUnknownModel() {
    Path file = ImportFixture.resource(getClass(), "completions_usage_2026-11-01_2026-11-02.csv");

    ImportReport report = fixture.importFile(file);

    assertThat(report.status()).as(report.message()).isEqualTo(ImportStatus.IMPORTED);
    assertThat(
            fixture.rows(
                "SELECT model_raw, model, service_tier, in_uncached, in_cache_read,"
                    + " in_cache_write_5m, CAST(event_time AS VARCHAR) FROM usage_events"
                    + " ORDER BY source_line"))
        .containsExactly(
            java.util.Arrays.asList(
                "gpt-5.1", "gpt-5.1", "priority", "8000", "3000", "1000", "2026-11-01 00:00:00+00"),
            java.util.Arrays.asList(
                "acme-internal-llm", null, "standard", "4000", "0", "0", "2026-11-01 00:00:00+00"));
    assertThat(report.warnings()).anyMatch(w -> w.contains("'acme-internal-llm' (1 rows)"));
  }

  @Test
  void malformedCountsRejectTheFileWithLineAndColumn() {
    Path file = ImportFixture.resource(getClass(), "completions_usage_bad.csv");

    ImportReport report = fixture.importFile(file);

    assertThat(report.status()).isEqualTo(ImportStatus.REJECTED);
    assertThat(report.rejects())
        .extracting(RejectedRow::line, RejectedRow::column)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(3L, "output_tokens"),
            org.assertj.core.groups.Tuple.tuple(4L, "input_tokens"),
            org.assertj.core.groups.Tuple.tuple(5L, "input_tokens"));
    assertThat(fixture.count("SELECT count(*) FROM usage_events")).isZero();
  }
}
