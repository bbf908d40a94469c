package io.tokenledger.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.tokenledger.app.AppServices;
import io.tokenledger.engine.explore.Dimension;
import io.tokenledger.engine.explore.Measure;
import io.tokenledger.engine.explore.PivotRequest;
import io.tokenledger.engine.explore.PivotResult;
import io.tokenledger.engine.explore.PivotRow;
import io.tokenledger.engine.task.Cancellation;
import io.tokenledger.engine.task.ProgressListener;
import io.tokenledger.engine.workspace.Workspace;
import io.tokenledger.engine.workspace.WorkspaceOptions;
import io.tokenledger.importers.ImportReport;
import io.tokenledger.sampledata.DemoManifest;
import io.tokenledger.sampledata.DemoOptions;
import io.tokenledger.sampledata.PlantedFacts;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo workspace, built through the real importers, answers the planted questions: the numbers
 * come from the engine, the expectations from the generator's own manifest.
 */
class DemoBuilderTest {

  @TempDir static Path dir;

  private static final AppServices SERVICES = AppServices.createDefault();
  private static List<ImportReport> reports;
  private static PlantedFacts facts;
  private static Workspace workspace;

  @BeforeAll
  static void build() throws Exception {
    DemoManifest manifest =
        DemoBuilder.writeFiles(dir.resolve("files"), DemoOptions.DEFAULT_SEED, 1.0);
    facts = manifest.facts();
    reports =
        new DemoBuilder(SERVICES)
            .build(
                dir.resolve("demo.tlw"),
                DemoOptions.DEFAULT_SEED,
                1.0,
                ProgressListener.NONE,
                Cancellation.none());
    workspace =
        SERVICES.workspaceStore().open(dir.resolve("demo.tlw"), WorkspaceOptions.defaults());
  }

  @org.junit.jupiter.api.AfterAll
  static void close() {
    workspace.close();
  }

  @Test
  void everyGeneratedFileIsImportedWithZeroRejectedRows() {
    assertThat(reports).hasSize(39).allSatisfy(r -> assertThat(r.rowsRejected()).isZero());
  }

  @Test
  void theInvoicedLlmSpendIsAllocatedToTheCentAndTheCloudRestIsVisiblyUnallocated()
      throws Exception {
    PivotResult byProvider =
        pivot(
            PivotRequest.of(
                List.of(Dimension.PROVIDER),
                List.of(Measure.BILLED_COST, Measure.ALLOCATED_COST, Measure.UNALLOCATED_COST)));
    BigDecimal billed = byProvider.grandTotal().total().get(Measure.BILLED_COST);
    BigDecimal allocated = byProvider.grandTotal().total().get(Measure.ALLOCATED_COST);
    BigDecimal unallocated = byProvider.grandTotal().total().get(Measure.UNALLOCATED_COST);

    assertThat(allocated.add(unallocated)).isEqualByComparingTo(billed);
    assertThat(billed).isEqualByComparingTo(scalar("SELECT sum(BilledCost) FROM cost_lines"));
    assertThat(allocated).isEqualByComparingTo(facts.traceGap().invoiced());
  }

  @Test
  void thePlantedClientBurnsAboutSeventyEightPercentOfTheSpend() {
    PivotResult byClient =
        pivot(PivotRequest.of(List.of(Dimension.CLIENT), List.of(Measure.ALLOCATED_COST)));
    PivotRow top = byClient.detailRows().get(0);
    BigDecimal share =
        top.total()
            .get(Measure.ALLOCATED_COST)
            .divide(
                byClient.grandTotal().total().get(Measure.ALLOCATED_COST), MathContext.DECIMAL64);

    assertThat(top.keys()).containsExactly(facts.asymmetricClient().name());
    assertThat(share.doubleValue()).isBetween(0.74, 0.82);
  }

  @Test
  void theUnpricedModelKeepsItsNameAndItsInvoicedCost() throws Exception {
    assertThat(
            scalar(
                "SELECT count(*) FROM usage_events JOIN import_log USING (import_id) WHERE format = 'generic-usage-csv' AND model IS NULL AND model_raw = '"
                    + facts.unpriced().model()
                    + "'"))
        .isEqualByComparingTo(BigDecimal.valueOf(facts.unpriced().requests()));
    assertThat(
            scalar(
                "SELECT sum(BilledCost) FROM cost_lines WHERE model IS NULL AND lower(model_raw) = '"
                    + facts.unpriced().model()
                    + "'"))
        .as("billed, not dropped and not $0")
        .isCloseTo(
            facts.unpriced().billedCost(),
            org.assertj.core.data.Offset.offset(new BigDecimal("0.01")));
  }

  @Test
  void theAnomalyDayStandsOutInTheDailyCost() {
    PivotResult byDay =
        pivot(
            PivotRequest.of(List.of(Dimension.DAY), List.of(Measure.ALLOCATED_COST))
                .withFilter(Dimension.CLIENT, java.util.Set.of(facts.anomaly().client())));
    PivotRow peak =
        byDay.detailRows().stream()
            .max(java.util.Comparator.comparing(r -> r.total().get(Measure.ALLOCATED_COST)))
            .orElseThrow();
    assertThat(peak.keys()).containsExactly(facts.anomaly().day().toString());
  }

  private static PivotResult pivot(PivotRequest request) {
    return SERVICES.exploreService().pivot(workspace, request, Cancellation.none());
  }

  private static BigDecimal scalar(String sql) throws Exception {
    try (Connection c = workspace.newConnection();
        Statement s = c.createStatement();
        ResultSet rows = s.executeQuery(sql)) {
      rows.next();
      return rows.getBigDecimal(1);
    }
  }
}
