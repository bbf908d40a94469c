package io.tokenledger.importers.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.tokenledger.importers.ImportReport;
import io.tokenledger.importers.ImportStatus;
import io.tokenledger.importers.RejectedRow;
import io.tokenledger.importers.models.ImportFixture;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AwsCurImportTest {

  private static final String SUM_BY_CURRENCY =
      "SELECT sum(CAST(line_item_unblended_cost AS DECIMAL(38,10)))"
          + " FROM read_csv(?, all_varchar = true) WHERE line_item_currency_code = ?";

  private final ImportFixture fixture = new ImportFixture();

  @TempDir Path temp;

  @AfterEach
  void close() {
    fixture.close();
  }

  @Test
  void wholeBillIsKeptAndBedrockLinesGetModelBucketTierAndTokens() {
    Path file = ImportFixture.resource(getClass(), "cur2_2026-10.csv");

    ImportReport report = fixture.importFile(file);

    assertThat(report.status()).as(report.message()).isEqualTo(ImportStatus.IMPORTED);
    assertThat(report.formatId()).isEqualTo(AwsCurImporter.FORMAT_ID);
    assertBillImported(file.toString());
    assertThat(
            fixture.rows(
                "SELECT source_line, model, token_bucket, service_tier, tokens,"
                    + " extra->>'routing' FROM cost_lines WHERE token_bucket IS NOT NULL"
                    + " ORDER BY source_line"))
        .containsExactly(
            Arrays.asList("3", "claude-opus-4-6", "in_uncached", "standard", "1500000", null),
            Arrays.asList("4", "claude-opus-4-6", "out_text", "standard", "200000", null),
            Arrays.asList("5", "claude-opus-4-6", "in_cache_read", "standard", "3000000", null),
            Arrays.asList("6", "claude-opus-4-6", "in_cache_write_1h", "standard", "100000", null),
            Arrays.asList("7", "claude-opus-4-6", "in_uncached", "batch", "400000", null),
            Arrays.asList("8", "claude-opus-4-6", "out_text", "standard", "10000", "global"),
            Arrays.asList("9", "claude-sonnet-4-6", "in_uncached", "standard", "50000", null),
            // Bedrock's Llama3-70B is Meta Llama 3 70B, served as llama3-70b (snowflake/llama3-70b
            // in the catalog); its line is in hours, not tokens.
            Arrays.asList("10", "llama3-70b", "in_uncached", "standard", null, null));
    assertThat(report.warnings())
        .noneMatch(w -> w.contains("does not recognise"))
        .anyMatch(w -> w.contains("not a token unit (Hrs)"))
        .anyMatch(w -> w.contains("mixes 2 currencies"));
  }

  @Test
  void parquetAndGzippedCsvExportsReadTheSameAsTheCsv() throws IOException, SQLException {
    Path csv = ImportFixture.resource(getClass(), "cur2_2026-10.csv");
    Path gz = temp.resolve("cur2-00001.csv.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
      Files.copy(csv, out);
    }
    Path parquet = temp.resolve("cur2-00001.snappy.parquet");
    try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
        PreparedStatement copy =
            duck.prepareStatement(
                "COPY (SELECT * REPLACE (CASE WHEN resource_tags IS NULL THEN MAP {}"
                    + " ELSE json_transform(resource_tags, '\"MAP(VARCHAR, VARCHAR)\"') END"
                    + " AS resource_tags) FROM read_csv('"
                    + csv
                    + "')) TO '"
                    + parquet
                    + "' (FORMAT parquet)")) {
      copy.execute();
    }

    ImportReport fromGz = fixture.importFile(gz);
    assertThat(fromGz.status()).as(fromGz.message()).isEqualTo(ImportStatus.IMPORTED);
    assertThat(fromGz.formatId()).isEqualTo(AwsCurImporter.FORMAT_ID);
    assertBillImported(csv.toString());
    fixture.rows("SELECT 1");

    try (ImportFixture second = new ImportFixture()) {
      ImportReport fromParquet = second.importFile(parquet);
      assertThat(fromParquet.status()).as(fromParquet.message()).isEqualTo(ImportStatus.IMPORTED);
      assertThat(fromParquet.formatId()).isEqualTo(AwsCurImporter.FORMAT_ID);
      assertThat(
              second.decimal(
                  "SELECT sum(BilledCost) FROM cost_lines WHERE BillingCurrency = 'USD'"))
          .isEqualByComparingTo(fixture.decimal(SUM_BY_CURRENCY, csv.toString(), "USD"));
      assertThat(second.text("SELECT Tags->>'user:client' FROM cost_lines WHERE source_line = 3"))
          .isEqualTo("acme");
      assertThat(second.count("SELECT sum(tokens) FROM cost_lines WHERE model = 'claude-opus-4-6'"))
          .isEqualTo(5_210_000L);
    }
  }

  @Test
  void badCostsAndAMissingCurrencyAreRejectedWithLineAndColumn() {
    ImportReport report = fixture.importFile(ImportFixture.resource(getClass(), "cur2_bad.csv"));

    assertThat(report.status()).as(report.message()).isEqualTo(ImportStatus.REJECTED);
    assertThat(report.rejects())
        .extracting(RejectedRow::line, RejectedRow::column)
        .containsExactly(
            tuple(3L, "line_item_unblended_cost"),
            tuple(4L, "line_item_unblended_cost"),
            tuple(5L, "line_item_currency_code"));
    assertThat(fixture.count("SELECT count(*) FROM cost_lines")).isZero();
  }

  private void assertBillImported(String csv) {
    assertThat(fixture.count("SELECT count(*) FROM cost_lines")).isEqualTo(12);
    assertThat(
            fixture.decimal("SELECT sum(BilledCost) FROM cost_lines WHERE BillingCurrency = 'USD'"))
        .isEqualByComparingTo(fixture.decimal(SUM_BY_CURRENCY, csv, "USD"));
    assertThat(
            fixture.decimal("SELECT sum(BilledCost) FROM cost_lines WHERE BillingCurrency = 'EUR'"))
        .isEqualByComparingTo(fixture.decimal(SUM_BY_CURRENCY, csv, "EUR"));
    assertThat(
            fixture.rows(
                "SELECT token_bucket, sum(tokens) FROM cost_lines WHERE token_bucket IS NOT NULL"
                    + " GROUP BY ALL ORDER BY ALL"))
        .containsExactly(
            Arrays.asList("in_cache_read", "3000000"),
            Arrays.asList("in_cache_write_1h", "100000"),
            Arrays.asList("in_uncached", "1950000"),
            Arrays.asList("out_text", "210000"));
    assertThat(
            fixture.rows(
                "SELECT ChargeCategory, count(*) FROM cost_lines GROUP BY ALL ORDER BY ALL"))
        .containsExactly(
            Arrays.asList("Credit", "1"), Arrays.asList("Tax", "1"), Arrays.asList("Usage", "10"));
    assertThat(fixture.text("SELECT Tags->>'user:client' FROM cost_lines WHERE source_line = 3"))
        .isEqualTo("acme");
    assertThat(fixture.text("SELECT model FROM cost_lines WHERE source_line = 2")).isNull();
  }
}
