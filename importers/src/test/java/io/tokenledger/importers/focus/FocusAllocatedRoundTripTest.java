package io.tokenledger.importers.focus;

import static org.assertj.core.api.Assertions.assertThat;

import io.tokenledger.engine.allocation.DuckDbAllocationService;
import io.tokenledger.engine.allocation.SharedCostSplit;
import io.tokenledger.engine.focus.DuckDbFocusExportService;
import io.tokenledger.engine.focus.FocusExportFormat;
import io.tokenledger.engine.focus.FocusExportRequest;
import io.tokenledger.engine.focus.FocusExportResult;
import io.tokenledger.engine.focus.FocusVersion;
import io.tokenledger.engine.focus.validation.FocusValidationOptions;
import io.tokenledger.engine.focus.validation.FocusValidationReport;
import io.tokenledger.engine.focus.validation.FocusValidator;
import io.tokenledger.engine.focus.validation.RuleResult;
import io.tokenledger.engine.task.Cancellation;
import io.tokenledger.engine.task.ProgressListener;
import io.tokenledger.engine.workspace.DuckDbWorkspaceStore;
import io.tokenledger.engine.workspace.Workspace;
import io.tokenledger.importers.ImportReport;
import io.tokenledger.importers.ImportStatus;
import io.tokenledger.sampledata.focus.FocusCostGenerator;
import io.tokenledger.sampledata.focus.FocusGeneratorOptions;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Import, allocate, export FOCUS 1.3 with the allocated charges, import again: the exported file
 * passes the requirements model with zero failures of its machine-checkable rules, its totals equal
 * the generated file's own sums (computed apart, by DuckDB over the raw text), and the second
 * workspace exports the same rows again without splitting them twice.
 */
class FocusAllocatedRoundTripTest {

  /** Per provider, currency, model and bucket: the money columns and quantities. */
  private static final String TOTALS =
      "SELECT provider, BillingCurrency, model, token_bucket, sum(BilledCost) AS billed,"
          + " sum(EffectiveCost) AS effective, sum(ListCost) AS list,"
          + " sum(ContractedCost) AS contracted, sum(PricingQuantity) AS pricing_quantity,"
          + " sum(ConsumedQuantity) AS consumed_quantity"
          + " FROM cost_lines GROUP BY ALL ORDER BY ALL";

  /** The raw file's sums, read as text and summed exactly, apart from any TokenLedger code. */
  private static final String RAW_SUMS =
      "SELECT count(*), sum(CAST(BilledCost AS DECIMAL(38,10))),"
          + " sum(CAST(EffectiveCost AS DECIMAL(38,10))), sum(CAST(ListCost AS DECIMAL(38,10)))"
          + " FROM read_csv('%s', all_varchar = true)";

  /** Usage for the token lines: acme uses each line's tokens twice, globex once. */
  private static final String USAGE =
      "INSERT INTO usage_events (import_id, source_line, event_time, provider, model_raw, model,"
          + " client, feature, in_uncached, in_cache_read, in_cache_write_5m, out_text)"
          + " SELECT 99, row_number() OVER (), ChargePeriodStart + INTERVAL 1 MINUTE, provider,"
          + " model, model, c.client, c.feature,"
          + " CASE token_bucket WHEN 'in_uncached' THEN tokens * c.w ELSE 0 END,"
          + " CASE token_bucket WHEN 'in_cache_read' THEN tokens * c.w ELSE 0 END,"
          + " CASE token_bucket WHEN 'in_cache_write_5m' THEN tokens * c.w ELSE 0 END,"
          + " CASE token_bucket WHEN 'out_text' THEN tokens * c.w ELSE 0 END"
          + " FROM cost_lines, (VALUES ('acme', 'chat', 2), ('globex', NULL, 1)) AS c(client,"
          + " feature, w)"
          + " WHERE model IS NOT NULL AND token_bucket IS NOT NULL AND tokens > 0";

  private static Path generated;
  private static Path dir;

  @BeforeAll
  static void generate(@org.junit.jupiter.api.io.TempDir Path tempDir) throws Exception {
    dir = tempDir;
    generated =
        FocusCostGenerator.write(
                dir.resolve("demo.csv"), FocusGeneratorOptions.defaults().withRows(5_000))
            .path();
  }

  @ParameterizedTest
  @EnumSource(FocusExportFormat.class)
  void allocatedChargesKeepEveryTotalAndPassTheRequirementsModel(FocusExportFormat format)
      throws Exception {
    String ext = format.name().toLowerCase(Locale.ROOT);
    Path out = dir.resolve("allocated." + ext);
    Path again = dir.resolve("again." + ext);
    DuckDbAllocationService allocation = new DuckDbAllocationService();
    DuckDbFocusExportService export = new DuckDbFocusExportService();
    try (Workspace first = new DuckDbWorkspaceStore("test").inMemory();
        Workspace second = new DuckDbWorkspaceStore("test").inMemory()) {
      assertThat(FocusTestSupport.importFile(first, generated).status())
          .isEqualTo(ImportStatus.IMPORTED);
      try (Connection connection = first.newConnection();
          Statement statement = connection.createStatement()) {
        statement.execute(USAGE);
      }
      allocation.setSplit(first, SharedCostSplit.even("aws/Amazon EC2"));
      allocation.run(first, ProgressListener.NONE, Cancellation.none());

      FocusExportResult written =
          export.export(first, new FocusExportRequest(out, FocusVersion.V1_3, format));
      assertThat(written.allocatedRows()).isGreaterThan(1_000);
      assertThat(written.rows()).isGreaterThan(5_000);

      FocusValidationReport report =
          FocusValidator.bundled().validate(out, FocusValidationOptions.allApplicable());
      assertThat(report.failures()).extracting(RuleResult::message).isEmpty();
      assertThat(report.rows()).isEqualTo(written.rows());

      // the totals of the file equal the generated file's, summed apart
      Object[] raw = row(String.format(RAW_SUMS, generated));
      Object[] exported =
          row(
              format == FocusExportFormat.CSV
                  ? String.format(RAW_SUMS, out)
                  : String.format(RAW_SUMS.replace(", all_varchar = true", ""), out)
                      .replace("read_csv", "read_parquet"));
      assertThat(exported[0]).isEqualTo(written.rows());
      for (int i = 1; i < raw.length; i++) {
        assertThat((BigDecimal) exported[i]).isEqualByComparingTo((BigDecimal) raw[i]);
      }

      ImportReport imported = FocusTestSupport.importFile(second, out);
      assertThat(imported.status()).as(imported.message()).isEqualTo(ImportStatus.IMPORTED);
      assertThat(imported.rowsImported()).isEqualTo(written.rows());
      assertThat(FocusTestSupport.query(second, TOTALS))
          .isEqualTo(FocusTestSupport.query(first, TOTALS));
      assertThat(
              FocusTestSupport.single(
                  second,
                  "SELECT count(*) FROM cost_lines WHERE AllocatedMethodId = 'TokenLedger-Tokens'"
                      + " AND AllocatedResourceId = 'client=acme;feature=chat'"))
          .isNotEqualTo(0L);

      // lines that are allocated charges already are not split again
      allocation.run(second, ProgressListener.NONE, Cancellation.none());
      FocusExportResult twice =
          export.export(second, new FocusExportRequest(again, FocusVersion.V1_3, format));
      assertThat(twice.rows()).isEqualTo(written.rows());
      assertThat(twice.allocatedRows()).isZero();
    }
  }

  private static Object[] row(String sql) throws Exception {
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
        Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery(sql)) {
      rs.next();
      Object[] values = new Object[rs.getMetaData().getColumnCount()];
      for (int i = 0; i < values.length; i++) {
        values[i] = rs.getObject(i + 1);
      }
      return values;
    }
  }
}
