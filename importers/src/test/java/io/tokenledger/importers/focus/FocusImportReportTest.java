package io.tokenledger.importers.focus;

import static org.assertj.core.api.Assertions.assertThat;

import io.tokenledger.engine.sources.ImportLogQueries;
import io.tokenledger.engine.sources.ImportRecord;
import io.tokenledger.engine.workspace.DuckDbWorkspaceStore;
import io.tokenledger.engine.workspace.Workspace;
import io.tokenledger.importers.ImportReport;
import io.tokenledger.importers.ImportStatus;
import io.tokenledger.importers.RejectedRow;
import io.tokenledger.sampledata.RealData;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The FOCUS import report read back from what the import log keeps. */
class FocusImportReportTest {

  private final Workspace workspace = new DuckDbWorkspaceStore("test").inMemory();

  @AfterEach
  void close() {
    workspace.close();
  }

  @Test
  void aMarketplaceAiBillReportsItsVersionColumnsAndFailedRulesFromTheLog() throws Exception {
    Path file = RealData.file("focus/ai-billing-draft/multi_model_invoice_via_csp_marketplace.csv");
    ImportReport imported = FocusTestSupport.importFile(workspace, file);
    assertThat(imported.status()).as(imported.message()).isEqualTo(ImportStatus.IMPORTED);

    ImportRecord logged;
    try (Connection connection = workspace.newConnection()) {
      logged = new ImportLogQueries(connection).list().get(0);
    }
    FocusImportReport report =
        FocusImportReport.of(logged.formatVersion(), logged.warnings(), List.of());

    assertThat(report.version()).isEqualTo("1.3");
    // 1.3 deprecates ProviderName and PublisherName; the file has their successors only.
    assertThat(report.missingDeprecated()).containsExactly("ProviderName", "PublisherName");
    assertThat(report.nonFocusColumns()).containsExactly("PrincipalId");
    assertThat(report.providerColumns()).isEmpty();
    assertThat(report.missingConditional()).contains("ResourceId", "Tags", "RegionId");
    assertThat(report.missingRecommended()).contains("AvailabilityZone");
    assertThat(report.conformance()).startsWith("FOCUS conformance: ");
    assertThat(report.ruleFailures())
        .isNotEmpty()
        .allSatisfy(
            rule ->
                assertThat(rule).matches("\\((MUST|SHOULD)\\) [A-Za-z]+-[A-Z]-\\d{3}-[MCO]: .+"));
    assertThat(report.mustFailures())
        .isEqualTo(report.ruleFailures().stream().filter(r -> r.startsWith("(MUST)")).count());
    // Every line the import wrote lands in exactly one section.
    assertThat(report.notes())
        .allSatisfy(note -> assertThat(note).doesNotContain("columns missing", "FOCUS rule"));
  }

  @Test
  void warningsOfAFolderNameTheirPartAndCountFilesWithoutHidingTheColumns() {
    FocusImportReport report =
        FocusImportReport.of(
            "1.0",
            List.of(
                "part-1.csv: provider columns kept as extra data: x_UsageType",
                "conditional columns missing, imported as empty: Tags, SkuId (2 files)",
                "header 'SkuPriceid' read as SkuPriceId",
                "wrong type: BilledCost is VARCHAR in the file where FOCUS has decimal; its values"
                    + " are converted",
                "3 LLM token lines across 1 models, with model and token bucket"),
            List.of(
                new RejectedRow("bill.csv", 7, "BilledCost", "cannot read \"abc\" as a number")));

    assertThat(report.providerColumns()).containsExactly("x_UsageType");
    assertThat(report.missingConditional()).containsExactly("Tags", "SkuId");
    assertThat(report.renamedHeaders()).containsExactly("header 'SkuPriceid' read as SkuPriceId");
    assertThat(report.wrongTypes())
        .containsExactly(
            "BilledCost is VARCHAR in the file where FOCUS has decimal; its values are converted");
    assertThat(report.notes())
        .containsExactly("3 LLM token lines across 1 models, with model and token bucket");
    assertThat(report.conformance()).isNull();
    assertThat(report.rejects()).extracting(RejectedRow::line).containsExactly(7L);
  }
}
