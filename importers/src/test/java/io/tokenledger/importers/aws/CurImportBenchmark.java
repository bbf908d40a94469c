package io.tokenledger.importers.aws;

import static org.assertj.core.api.Assertions.assertThat;

import io.tokenledger.importers.CsvHeader;
import io.tokenledger.importers.FileSample;
import io.tokenledger.importers.ImportReport;
import io.tokenledger.importers.ImportStatus;
import io.tokenledger.importers.models.FileShape;
import io.tokenledger.importers.models.ImportFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Measures the CUR import against DuckDB's own CSV reader on a generated 5-million-row CUR 2.0 file
 * (10% Bedrock token lines). It is a benchmark, not a test: it runs only with {@code
 * TOKENLEDGER_BENCHMARK=1} in the environment (see docs/benchmarks.md) and prints its figures.
 * {@code TOKENLEDGER_BENCHMARK_ROWS} changes the row count.
 */
class CurImportBenchmark {

  @Test
  void curImportRunsNearRawReadCsvSpeed() throws Exception {
    Assumptions.assumeTrue(
        "1".equals(System.getenv("TOKENLEDGER_BENCHMARK")), "set TOKENLEDGER_BENCHMARK=1");
    long rows =
        Long.parseLong(System.getenv().getOrDefault("TOKENLEDGER_BENCHMARK_ROWS", "5000000"));
    Path dir = Path.of(System.getProperty("user.dir")).getParent().resolve("bench-data");
    Files.createDirectories(dir);
    Path csv = dir.resolve("cur2-" + rows + ".csv");
    Path parquet = dir.resolve("cur2-" + rows + ".parquet");
    if (!Files.exists(csv)) {
      generate(csv, parquet, rows);
    }
    System.out.printf(
        Locale.ROOT,
        "CUR benchmark: %,d rows, CSV %.0f MB, Parquet %.0f MB%n",
        rows,
        Files.size(csv) / 1e6,
        Files.size(parquet) / 1e6);

    double rawCsv = rawCtas("read_csv('" + csv + "')");
    double rawTyped = rawTypedCtas(csv);
    double importCsv = timedImport(csv, rows);
    double rawParquet = rawCtas("read_parquet('" + parquet + "')");
    double importParquet = timedImport(parquet, rows);
    System.out.printf(
        Locale.ROOT,
        "raw read_csv CTAS %.1f s | import CSV %.1f s (%.2fx, %.0f k rows/s)%n",
        rawCsv,
        importCsv,
        importCsv / rawCsv,
        rows / importCsv / 1000);
    System.out.printf(
        Locale.ROOT,
        "raw read_csv CTAS with the importer's column types %.1f s (import = %.2fx of it)%n",
        rawTyped,
        importCsv / rawTyped);
    System.out.printf(
        Locale.ROOT,
        "raw read_parquet CTAS %.1f s | import Parquet %.1f s (%.2fx, %.0f k rows/s)%n",
        rawParquet,
        importParquet,
        importParquet / rawParquet,
        rows / importParquet / 1000);
  }

  private static double rawCtas(String source) throws SQLException {
    try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
        Statement statement = duck.createStatement()) {
      long start = System.nanoTime();
      statement.execute("CREATE TABLE raw AS SELECT * FROM " + source);
      return (System.nanoTime() - start) / 1e9;
    }
  }

  /** The same read_csv as the importer's (every column declared, rejects stored), into a table. */
  private static double rawTypedCtas(Path csv) throws Exception {
    CsvHeader header = FileShape.csvHeader(FileSample.read(csv)).orElseThrow();
    try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
        PreparedStatement statement =
            duck.prepareStatement(
                "CREATE TABLE raw AS SELECT * FROM " + AwsCurImporter.readCsv(header))) {
      statement.setString(1, csv.toString());
      long start = System.nanoTime();
      statement.execute();
      return (System.nanoTime() - start) / 1e9;
    }
  }

  private static double timedImport(Path file, long rows) {
    try (ImportFixture fixture = new ImportFixture()) {
      long start = System.nanoTime();
      ImportReport report = fixture.importFile(file);
      double seconds = (System.nanoTime() - start) / 1e9;
      assertThat(report.status()).as(report.message()).isEqualTo(ImportStatus.IMPORTED);
      assertThat(report.rowsImported()).isEqualTo(rows);
      return seconds;
    }
  }

  /** Writes the CUR file with DuckDB: 90% EC2/S3 lines, 10% Bedrock token lines. */
  private static void generate(Path csv, Path parquet, long rows) throws SQLException {
    String select =
        "SELECT 'Anniversary' AS bill_bill_type, 'AWS' AS bill_billing_entity,"
            + " '2026-10-01T00:00:00Z' AS bill_billing_period_start_date,"
            + " '2026-11-01T00:00:00Z' AS bill_billing_period_end_date,"
            + " 'INV-1' AS bill_invoice_id, '111111111111' AS bill_payer_account_id,"
            + " 'id-' || i AS identity_line_item_id, 'Usage' AS line_item_line_item_type,"
            + " strftime(TIMESTAMP '2026-10-01' + INTERVAL (i % 720) HOUR, '%Y-%m-%dT%H:%M:%SZ')"
            + "   AS line_item_usage_start_date,"
            + " strftime(TIMESTAMP '2026-10-01' + INTERVAL (i % 720 + 1) HOUR, '%Y-%m-%dT%H:%M:%SZ')"
            + "   AS line_item_usage_end_date,"
            + " CASE WHEN i % 10 = 0 THEN 'AmazonBedrock' WHEN i % 3 = 0 THEN 'AmazonS3'"
            + "   ELSE 'AmazonEC2' END AS line_item_product_code,"
            + " CASE WHEN i % 10 = 0 THEN 'USE1-Claude4.6Opus-'"
            + "   || ['input-tokens', 'output-tokens', 'cache-read-input-token-count',"
            + "       'cache-write-input-token-count'][1 + (i // 10) % 4]"
            + "   WHEN i % 3 = 0 THEN 'USE1-TimedStorage-ByteHrs' ELSE 'USE1-BoxUsage:m5.large' END"
            + "   AS line_item_usage_type,"
            + " CASE WHEN i % 10 = 0 THEN 'InvokeModel' ELSE 'RunInstances' END AS line_item_operation,"
            + " CASE WHEN i % 10 = 0 THEN"
            + "   'arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-opus-4-6-v1:0'"
            + "   ELSE 'i-' || (i % 5000) END AS line_item_resource_id,"
            + " CAST((i % 997) / 7.0 AS DECIMAL(18,6)) AS line_item_usage_amount,"
            + " CAST((i % 10007) / 1000.0 AS DECIMAL(18,8)) AS line_item_unblended_cost,"
            + " CAST((i % 10007) / 1000.0 AS DECIMAL(18,8)) AS line_item_net_unblended_cost,"
            + " 'USD' AS line_item_currency_code, 'generated line' AS line_item_line_item_description,"
            + " '2222222222' || (i % 10) AS line_item_usage_account_id,"
            + " CASE WHEN i % 10 = 0 THEN 'Amazon Bedrock' ELSE 'Amazon Elastic Compute Cloud' END"
            + "   AS product_product_name, 'us-east-1' AS product_region_code,"
            + " CASE WHEN i % 10 = 0 THEN '1K tokens' ELSE 'Hrs' END AS pricing_unit,"
            + " CASE WHEN i % 4 = 0 THEN '{\"user:team\":\"team-' || (i % 7) || '\"}' END"
            + "   AS resource_tags"
            + " FROM range("
            + rows
            + ") r(i)";
    try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
        Statement statement = duck.createStatement()) {
      statement.execute("COPY (" + select + ") TO '" + csv + "' (HEADER, DELIMITER ',')");
      statement.execute(
          "COPY (SELECT * REPLACE (CASE WHEN resource_tags IS NULL THEN MAP {} ELSE"
              + " json_transform(resource_tags, '\"MAP(VARCHAR, VARCHAR)\"') END AS resource_tags,"
              + " CAST(line_item_usage_start_date AS TIMESTAMP) AS line_item_usage_start_date)"
              + " FROM read_csv('"
              + csv
              + "')) TO '"
              + parquet
              + "' (FORMAT parquet)");
    }
  }
}
