package io.tokenledger.importers.focus;

import static org.assertj.core.api.Assertions.assertThat;

import io.tokenledger.engine.workspace.DuckDbWorkspaceStore;
import io.tokenledger.engine.workspace.Workspace;
import io.tokenledger.importers.ImportOptions;
import io.tokenledger.importers.ImportReport;
import io.tokenledger.importers.ImportStatus;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The version comes from the columns a file has, and the user may state it. */
class FocusVersionTest {

  @TempDir Path dir;

  private ImportReport importing(FocusCsvWriter file, ImportOptions options) throws Exception {
    try (Workspace workspace = new DuckDbWorkspaceStore("test").inMemory()) {
      return FocusTestSupport.importFile(
          workspace, file.row().write(dir.resolve("v.csv")), options);
    }
  }

  private String version(FocusCsvWriter file) throws Exception {
    ImportReport report = importing(file, ImportOptions.defaults());
    assertThat(report.status()).as(report.message()).isEqualTo(ImportStatus.IMPORTED);
    return report.formatVersion();
  }

  @Test
  void theMandatoryColumnsAloneAreFocus10() throws Exception {
    assertThat(version(new FocusCsvWriter())).isEqualTo("1.0");
  }

  @Test
  void skuMeterMakesIt11InvoiceId12AndTheProviderSuccessors13() throws Exception {
    assertThat(version(new FocusCsvWriter().column("SkuMeter", "Input Tokens"))).isEqualTo("1.1");
    assertThat(version(new FocusCsvWriter().column("SkuMeter", "m").column("InvoiceId", "inv-1")))
        .isEqualTo("1.2");
    assertThat(
            version(
                new FocusCsvWriter()
                    .column("InvoiceId", "inv-1")
                    .column("ServiceProviderName", "Anthropic")
                    .column("HostProviderName", "Anthropic")))
        .isEqualTo("1.3");
  }

  @Test
  void aStatedVersionWinsAndNewerColumnsAreReported() throws Exception {
    ImportReport report =
        importing(
            new FocusCsvWriter()
                .column("ServiceProviderName", "Anthropic")
                .column("HostProviderName", "Anthropic"),
            ImportOptions.defaults().withFormat("focus-1.2"));
    assertThat(report.status()).as(report.message()).isEqualTo(ImportStatus.IMPORTED);
    assertThat(report.formatVersion()).isEqualTo("1.2");
    assertThat(report.formatId()).isEqualTo("focus-1.2");
    assertThat(report.warnings())
        .contains(
            "stated as FOCUS 1.2 but has columns of FOCUS 1.3 (ServiceProviderName,"
                + " HostProviderName); they are imported too");
  }

  @Test
  void aStated13FileMustHaveThe13MandatoryColumns() throws Exception {
    ImportReport report =
        importing(new FocusCsvWriter(), ImportOptions.defaults().withFormat("focus-1.3"));
    assertThat(report.status()).isEqualTo(ImportStatus.FAILED);
    assertThat(report.message()).contains("FOCUS 1.3", "HostProviderName", "ServiceProviderName");
  }

  @Test
  void namesFromBeforeFocus10AreReadAsTheirSuccessors() throws Exception {
    try (Workspace workspace = new DuckDbWorkspaceStore("test").inMemory()) {
      ImportReport report =
          FocusTestSupport.importFile(
              workspace,
              new FocusCsvWriter()
                  .column("UsageQuantity", "12")
                  .column("UsageUnit", "Hours")
                  .row()
                  .write(dir.resolve("old.csv")));
      assertThat(report.warnings())
          .contains(
              "header 'UsageQuantity' read as ConsumedQuantity",
              "header 'UsageUnit' read as ConsumedUnit");
      assertThat(
              FocusTestSupport.query(
                  workspace, "SELECT ConsumedQuantity, ConsumedUnit FROM cost_lines"))
          .singleElement()
          .satisfies(
              row -> {
                assertThat(row.get("ConsumedUnit")).isEqualTo("Hours");
                assertThat(((java.math.BigDecimal) row.get("ConsumedQuantity")).intValue())
                    .isEqualTo(12);
              });
    }
  }
}
