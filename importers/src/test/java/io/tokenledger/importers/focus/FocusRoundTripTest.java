package io.tokenledger.importers.focus;

import static org.assertj.core.api.Assertions.assertThat;

import io.tokenledger.engine.focus.DuckDbFocusExportService;
import io.tokenledger.engine.focus.FocusExportFormat;
import io.tokenledger.engine.focus.FocusExportRequest;
import io.tokenledger.engine.focus.FocusExportResult;
import io.tokenledger.engine.focus.FocusVersion;
import io.tokenledger.engine.focus.validation.FocusValidationOptions;
import io.tokenledger.engine.focus.validation.FocusValidationReport;
import io.tokenledger.engine.focus.validation.FocusValidator;
import io.tokenledger.engine.focus.validation.RuleResult;
import io.tokenledger.engine.workspace.DuckDbWorkspaceStore;
import io.tokenledger.engine.workspace.Workspace;
import io.tokenledger.importers.ImportReport;
import io.tokenledger.importers.ImportStatus;
import io.tokenledger.sampledata.RealData;
import io.tokenledger.sampledata.focus.FocusCostGenerator;
import io.tokenledger.sampledata.focus.FocusGeneratorOptions;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Import, export, import again: every total, token count and row survives, and the exported file
 * passes the FOCUS requirements model with zero failures of its machine-checkable rules (every
 * capability declared, so every conditional rule runs).
 */
class FocusRoundTripTest {

  /** Per provider, currency, model and bucket: lines, money columns and tokens. */
  private static final String FINGERPRINT =
      "SELECT provider, BillingCurrency, model, token_bucket, count(*) AS lines,"
          + " sum(BilledCost) AS billed, sum(EffectiveCost) AS effective, sum(ListCost) AS list,"
          + " sum(ContractedCost) AS contracted, sum(PricingQuantity) AS pricing_quantity,"
          + " sum(tokens) AS tokens, count(Tags) AS tagged, count(extra) AS with_extra"
          + " FROM cost_lines GROUP BY ALL ORDER BY ALL";

  @TempDir static Path dir;
  private static Path generated;

  @BeforeAll
  static void generate() throws Exception {
    generated =
        FocusCostGenerator.write(
                dir.resolve("demo.csv"), FocusGeneratorOptions.defaults().withRows(20_000))
            .path();
  }

  @ParameterizedTest
  @CsvSource({"V1_2, CSV", "V1_3, CSV", "V1_2, PARQUET", "V1_3, PARQUET"})
  void theExportedFileKeepsEveryTotalAndPassesTheRequirementsModel(
      FocusVersion version, FocusExportFormat format) throws Exception {
    Path out =
        dir.resolve("export-" + version + "." + format.name().toLowerCase(java.util.Locale.ROOT));
    try (Workspace first = new DuckDbWorkspaceStore("test").inMemory();
        Workspace second = new DuckDbWorkspaceStore("test").inMemory()) {
      assertThat(FocusTestSupport.importFile(first, generated).status())
          .isEqualTo(ImportStatus.IMPORTED);
      FocusExportResult export =
          new DuckDbFocusExportService()
              .export(first, new FocusExportRequest(out, version, format));
      assertThat(export.rows()).isEqualTo(20_000);
      assertThat(export.columns()).contains("x_CostCenter", "x_UsageType");

      FocusValidationReport report =
          FocusValidator.bundled().validate(out, FocusValidationOptions.allApplicable());
      assertThat(report.failures()).extracting(RuleResult::message).isEmpty();
      assertThat(report.rows()).isEqualTo(20_000);

      ImportReport again = FocusTestSupport.importFile(second, out);
      assertThat(again.status()).as(again.message()).isEqualTo(ImportStatus.IMPORTED);
      assertThat(again.formatVersion()).isEqualTo(version.id());
      List<Map<String, Object>> before = FocusTestSupport.query(first, FINGERPRINT);
      assertThat(before).hasSizeGreaterThan(10);
      assertThat(FocusTestSupport.query(second, FINGERPRINT)).isEqualTo(before);
    }
  }

  @Test
  void aFocus13DraftWithoutProviderNameExportsAsComplete12() throws Exception {
    Path draft =
        RealData.file("focus/ai-billing-draft/multi_model_invoice_via_csp_marketplace.csv");
    Path out = dir.resolve("draft-1.2.csv");
    try (Workspace first = new DuckDbWorkspaceStore("test").inMemory();
        Workspace second = new DuckDbWorkspaceStore("test").inMemory()) {
      FocusTestSupport.importFile(first, draft);
      new DuckDbFocusExportService()
          .export(first, new FocusExportRequest(out, FocusVersion.V1_2, FocusExportFormat.CSV));
      FocusValidationReport report =
          FocusValidator.bundled().validate(out, FocusValidationOptions.defaults());
      assertThat(report.errors()).extracting(RuleResult::message).isEmpty();
      FocusTestSupport.importFile(second, out);
      assertThat(FocusTestSupport.query(second, FINGERPRINT))
          .isEqualTo(FocusTestSupport.query(first, FINGERPRINT));
      assertThat(FocusTestSupport.query(second, "SELECT DISTINCT ProviderName FROM cost_lines"))
          .extracting(r -> r.get("ProviderName"))
          .containsExactly("LatticeScale");
    }
  }
}
