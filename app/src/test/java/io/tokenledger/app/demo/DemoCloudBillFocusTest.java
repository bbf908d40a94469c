package io.tokenledger.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.tokenledger.engine.focus.validation.FocusValidationOptions;
import io.tokenledger.engine.focus.validation.FocusValidationReport;
import io.tokenledger.engine.focus.validation.FocusValidator;
import io.tokenledger.engine.workspace.DuckDbWorkspaceStore;
import io.tokenledger.engine.workspace.Workspace;
import io.tokenledger.sampledata.DemoCompany;
import io.tokenledger.sampledata.DemoFormats;
import io.tokenledger.sampledata.DemoManifest;
import io.tokenledger.sampledata.DemoOptions;
import io.tokenledger.sampledata.DemoSource;
import io.tokenledger.sampledata.GeneratedFile;
import io.tokenledger.sampledata.focus.FocusCloudBillWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The FOCUS 1.2 rendering of the demo company's cloud bill passes the FOCUS requirements model and,
 * imported, says what the vendor's own file says: the same billed and effective cost and, per token
 * bucket, the same tokens. That is what lets the demo workspace import Google Cloud through FOCUS
 * instead of the BigQuery export without changing a number.
 */
class DemoCloudBillFocusTest {

  @TempDir static Path dir;
  private static DemoManifest manifest;

  @BeforeAll
  static void generate() throws Exception {
    manifest =
        DemoCompany.generate(
            dir, new DemoOptions(DemoOptions.DEFAULT_SEED, 1.0, EnumSet.of(DemoSource.CLOUD_BILL)));
  }

  @Test
  void everyFocusFilePassesEveryCheckableRuleOfTheRequirementsModel() throws Exception {
    List<GeneratedFile> files = manifest.files(DemoFormats.FOCUS_CSV);
    assertThat(files).hasSize(12);
    for (GeneratedFile file : files) {
      FocusValidationReport report =
          FocusValidator.bundled().validate(file.path(), FocusValidationOptions.allApplicable());
      assertThat(report.failures()).as(file.path() + ": " + report.summary()).isEmpty();
    }
  }

  @Test
  void googleCloudsFocusFilesSayWhatItsBigQueryExportSays() throws Exception {
    assertSameBill(
        manifest.files(DemoFormats.FOCUS_CSV).stream()
            .filter(FocusCloudBillWriter::isGoogleCloud)
            .toList(),
        manifest.files(DemoFormats.GCP_BILLING_EXPORT),
        "model, token_bucket");
  }

  @Test
  void awsFocusFilesSayWhatItsCurSays() throws Exception {
    // The CUR names Bedrock models by its own ids: compare per token bucket.
    assertSameBill(
        manifest.files(DemoFormats.FOCUS_CSV).stream()
            .filter(f -> !FocusCloudBillWriter.isGoogleCloud(f))
            .toList(),
        manifest.files(DemoFormats.AWS_CUR2),
        "token_bucket");
  }

  private static void assertSameBill(
      List<GeneratedFile> focus, List<GeneratedFile> vendor, String tokenKeys) throws Exception {
    assertThat(focus).hasSize(6);
    String totals =
        "SELECT sum(BilledCost), sum(EffectiveCost), count(*) FILTER (WHERE tokens IS NOT NULL)"
            + " FROM cost_lines";
    String tokens =
        "SELECT "
            + tokenKeys
            + ", sum(tokens), sum(BilledCost) FROM cost_lines WHERE token_bucket IS NOT NULL"
            + " GROUP BY ALL ORDER BY ALL";
    try (Workspace a = new DuckDbWorkspaceStore("test").inMemory();
        Workspace b = new DuckDbWorkspaceStore("test").inMemory()) {
      importAll(a, focus);
      importAll(b, vendor);
      assertThat(rows(a, totals)).isEqualTo(rows(b, totals));
      assertThat(rows(a, tokens)).isNotEmpty().isEqualTo(rows(b, tokens));
    }
  }

  private static void importAll(Workspace workspace, List<GeneratedFile> files) {
    for (GeneratedFile file : files) {
      assertThat(DemoImports.importWhole(workspace, file).rowsImported()).isEqualTo(file.rows());
    }
  }

  /** Rows as text, decimals without trailing zeros, so equal amounts of any scale compare equal. */
  private static List<List<String>> rows(Workspace workspace, String sql) throws Exception {
    List<List<String>> rows = new ArrayList<>();
    try (Connection c = workspace.newConnection();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      int columns = r.getMetaData().getColumnCount();
      while (r.next()) {
        List<String> row = new ArrayList<>();
        for (int i = 1; i <= columns; i++) {
          Object value = r.getObject(i);
          row.add(
              value instanceof java.math.BigDecimal d
                  ? d.stripTrailingZeros().toPlainString()
                  : String.valueOf(value));
        }
        rows.add(row);
      }
    }
    return rows;
  }
}
