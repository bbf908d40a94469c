package io.tokenledger.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.tokenledger.engine.workspace.DuckDbWorkspaceStore;
import io.tokenledger.engine.workspace.Workspace;
import io.tokenledger.importers.ImportReport;
import io.tokenledger.importers.revenue.RevenueImporter;
import io.tokenledger.sampledata.DemoCompany;
import io.tokenledger.sampledata.DemoFormats;
import io.tokenledger.sampledata.DemoManifest;
import io.tokenledger.sampledata.DemoOptions;
import io.tokenledger.sampledata.GeneratedFile;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * Every file of the default demo company is accepted by the importer its format id names, with zero
 * rejected rows and as many rows as the generator says it wrote. Each format goes into a fresh
 * workspace of its own, so formats that describe the same requests (the ledger, the provider
 * exports, the traces, both renderings of the cloud bill) do not meet.
 */
class DemoFilesImportTest {

  /** FxRatesImporter's format id (its package is not exported). */
  private static final String FX_RATES_IMPORTER = "fx-rates";

  @TempDir static Path dir;
  private static DemoManifest manifest;

  /** The revenue sheet (CSV and XLSX) and the FX table: checked by their own tests below. */
  private static final Set<String> REVENUE_AND_FX =
      Set.of(DemoFormats.REVENUE_CSV, DemoFormats.REVENUE_XLSX, DemoFormats.FX_RATES_CSV);

  @BeforeAll
  static void generate() throws Exception {
    manifest = DemoCompany.generate(dir, DemoOptions.defaults());
  }

  /** Formats whose importer reports one row per generated row. */
  static final List<String> ROW_FOR_ROW =
      List.of(
          DemoFormats.GENERIC_USAGE_CSV,
          DemoFormats.OPENAI_USAGE_API,
          DemoFormats.OPENAI_COSTS_API,
          DemoFormats.OPENAI_USAGE_CSV,
          DemoFormats.OPENAI_COSTS_CSV,
          DemoFormats.ANTHROPIC_USAGE_REPORT,
          DemoFormats.ANTHROPIC_COST_REPORT,
          DemoFormats.ANTHROPIC_CONSOLE_USAGE_CSV,
          DemoFormats.ANTHROPIC_CONSOLE_COST_CSV,
          DemoFormats.AWS_CUR2,
          DemoFormats.GCP_BILLING_EXPORT,
          DemoFormats.FOCUS_CSV,
          DemoFormats.GPU_METRICS_CSV,
          DemoFormats.GPU_INVENTORY_CSV,
          DemoFormats.LITELLM_SPEND_LOGS);

  @Test
  void everyGeneratedFormatIsCoveredHere() {
    Set<String> formats = new TreeSet<>();
    manifest.files().forEach(f -> formats.add(f.format()));
    Set<String> covered = new TreeSet<>(REVENUE_AND_FX);
    covered.addAll(ROW_FOR_ROW);
    covered.addAll(List.of(DemoFormats.OTEL_OTLP_JSON, DemoFormats.LANGFUSE_TRACES));
    assertThat(covered).containsExactlyElementsOf(formats);
  }

  @ParameterizedTest
  @FieldSource("ROW_FOR_ROW")
  void eachFileImportsWithZeroRejectsAndTheRowsTheGeneratorWrote(String format) {
    try (Workspace workspace = new DuckDbWorkspaceStore("test").inMemory()) {
      List<ImportReport> reports = importAll(workspace, format);

      assertThat(reports.stream().mapToLong(ImportReport::rowsImported).sum())
          .isEqualTo(manifest.rows(format));
    }
  }

  /** The OTLP files' rows are spans: every one lands in trace_spans. */
  @Test
  void otlpTraceFilesImportEverySpan() throws Exception {
    try (Workspace workspace = new DuckDbWorkspaceStore("test").inMemory()) {
      importAll(workspace, DemoFormats.OTEL_OTLP_JSON);

      assertThat(count(workspace, "SELECT count(*) FROM trace_spans"))
          .isEqualTo(manifest.rows(DemoFormats.OTEL_OTLP_JSON));
    }
  }

  /** The Langfuse files' rows are traces (each observation is written twice and kept once). */
  @Test
  void langfuseTraceFilesImportEveryTrace() throws Exception {
    try (Workspace workspace = new DuckDbWorkspaceStore("test").inMemory()) {
      importAll(workspace, DemoFormats.LANGFUSE_TRACES);

      assertThat(count(workspace, "SELECT count(DISTINCT trace_id) FROM trace_spans"))
          .isEqualTo(manifest.rows(DemoFormats.LANGFUSE_TRACES));
    }
  }

  @Test
  void revenueFilesImportWithZeroRejects() {
    try (Workspace workspace = new DuckDbWorkspaceStore("test").inMemory()) {
      assertThat(
              importAll(workspace, DemoFormats.REVENUE_CSV, RevenueImporter.FORMAT_ID).stream()
                  .mapToLong(ImportReport::rowsImported)
                  .sum())
          .isEqualTo(manifest.rows(DemoFormats.REVENUE_CSV));
      assertThat(
              importAll(workspace, DemoFormats.REVENUE_XLSX, RevenueImporter.FORMAT_ID).stream()
                  .mapToLong(ImportReport::rowsImported)
                  .sum())
          .isEqualTo(manifest.rows(DemoFormats.REVENUE_XLSX));
    }
  }

  @Test
  void fxRatesImportWithZeroRejects() {
    try (Workspace workspace = new DuckDbWorkspaceStore("test").inMemory()) {
      assertThat(
              importAll(workspace, DemoFormats.FX_RATES_CSV, FX_RATES_IMPORTER).stream()
                  .mapToLong(ImportReport::rowsImported)
                  .sum())
          .isEqualTo(manifest.rows(DemoFormats.FX_RATES_CSV));
    }
  }

  /** Imports every file of a format, checking that its importer took it whole. */
  private static List<ImportReport> importAll(Workspace workspace, String format) {
    return importAll(workspace, format, format);
  }

  /** Imports every file of a format, checking that the importer {@code formatId} took it whole. */
  private static List<ImportReport> importAll(Workspace workspace, String format, String formatId) {
    List<GeneratedFile> files = manifest.files(format);
    assertThat(files).as(format).isNotEmpty();
    return files.stream().map(file -> DemoImports.importWhole(workspace, file, formatId)).toList();
  }

  private static long count(Workspace workspace, String sql) throws Exception {
    try (Connection c = workspace.newConnection();
        PreparedStatement s = c.prepareStatement(sql);
        ResultSet r = s.executeQuery()) {
      r.next();
      return r.getLong(1);
    }
  }
}
