package io.tokenledger.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.tokenledger.app.AppServices;
import io.tokenledger.engine.explore.Dimension;
import io.tokenledger.engine.explore.Measure;
import io.tokenledger.engine.explore.PivotRequest;
import io.tokenledger.engine.explore.PivotResult;
import io.tokenledger.engine.explore.PivotRow;
import io.tokenledger.engine.gpu.DuckDbGpuService;
import io.tokenledger.engine.gpu.GpuEndpointUsage;
import io.tokenledger.engine.gpu.GpuHourOfDay;
import io.tokenledger.engine.gpu.GpuService;
import io.tokenledger.engine.pricing.DefaultPricingService;
import io.tokenledger.engine.pricing.PriceCatalogFormat;
import io.tokenledger.engine.pricing.PricingService;
import io.tokenledger.engine.pricing.UnpricedModel;
import io.tokenledger.engine.reconcile.Grain;
import io.tokenledger.engine.task.Cancellation;
import io.tokenledger.engine.task.ProgressListener;
import io.tokenledger.engine.workspace.Workspace;
import io.tokenledger.engine.workspace.WorkspaceOptions;
import io.tokenledger.importers.ImportReport;
import io.tokenledger.sampledata.DemoFormats;
import io.tokenledger.sampledata.DemoManifest;
import io.tokenledger.sampledata.DemoOptions;
import io.tokenledger.sampledata.PlantedFacts;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
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
  private static long ledgerRows;

  @BeforeAll
  static void build() throws Exception {
    DemoManifest manifest =
        DemoBuilder.writeFiles(dir.resolve("files"), DemoOptions.DEFAULT_SEED, 1.0);
    facts = manifest.facts();
    ledgerRows = manifest.files(DemoFormats.GENERIC_USAGE_CSV).get(0).rows();
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
    // The ledger, bills, usage exports, GPU metrics, revenue, FX rates and July's OTLP, Langfuse
    // and LiteLLM traces
    assertThat(reports).hasSize(40).allSatisfy(r -> assertThat(r.rowsRejected()).isZero());
  }

  @Test
  void ledgerTracesAndUsageExportsOfTheSameRequestsArePivotedOnce() throws Exception {
    PivotResult total =
        pivot(PivotRequest.of(List.of(Dimension.PROVIDER), List.of(Measure.REQUESTS)));

    assertThat(scalar("SELECT count(*) FROM usage_events"))
        .as("traces and usage exports are in the workspace too")
        .isGreaterThan(BigDecimal.valueOf(ledgerRows));
    assertThat(total.grandTotal().total().get(Measure.REQUESTS))
        .isEqualByComparingTo(BigDecimal.valueOf(ledgerRows));
  }

  @Test
  void importedEventsArePricedAndTheUnpricedModelStaysUnpriced() throws Exception {
    assertThat(
            scalar(
                "SELECT count(*) FROM usage_events WHERE cost IS NULL AND model_raw = '"
                    + facts.unpriced().model()
                    + "'"))
        .as("never $0")
        .isEqualByComparingTo(
            scalar(
                "SELECT count(*) FROM usage_events WHERE model_raw = '"
                    + facts.unpriced().model()
                    + "'"));
    assertThat(
            scalar(
                "SELECT count(*) FROM usage_events JOIN import_log USING (import_id)"
                    + " WHERE format = 'generic-usage-csv' AND source_cost IS NOT NULL"
                    + " AND cost IS DISTINCT FROM source_cost"))
        .as("the ledger's costs are the LiteLLM catalog's")
        .isZero();
  }

  @Test
  void reconcileShowsTheSpendLogOutageAsMissingTraces() {
    // Code review runs through the LiteLLM gateway; Langfuse samples 30% of its traces. With the
    // spend log down on 2026-07-14 and 15, only that sample is left on the trace side.
    assertThat(codeReviewCauses("2026-07-13")).noneMatch(c -> c.startsWith("missing traces"));
    assertThat(codeReviewCauses("2026-07-14")).anyMatch(c -> c.startsWith("missing traces"));
    assertThat(codeReviewCauses("2026-07-15")).anyMatch(c -> c.startsWith("missing traces"));
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

  @Test
  void theRunawayLoopIsTheClientFeaturesTopDayAtItsPlantedCost() {
    PivotResult byDay =
        pivot(
            PivotRequest.of(List.of(Dimension.DAY), List.of(Measure.ALLOCATED_COST))
                .withFilter(Dimension.CLIENT, java.util.Set.of(facts.anomaly().client()))
                .withFilter(Dimension.FEATURE, java.util.Set.of(facts.anomaly().feature())));
    PivotRow peak =
        byDay.detailRows().stream()
            .max(java.util.Comparator.comparing(r -> r.total().get(Measure.ALLOCATED_COST)))
            .orElseThrow();

    assertThat(peak.keys()).containsExactly(facts.anomaly().day().toString());
    // The Anthropic bill of that day spread by tokens: the same tokens at the same prices.
    assertThat(peak.total().get(Measure.ALLOCATED_COST))
        .isCloseTo(
            facts.anomaly().dayCost(), org.assertj.core.data.Offset.offset(new BigDecimal("0.01")));
  }

  @Test
  void thePricingServiceListsTheUnpricedModelWithItsVolume() throws Exception {
    PricingService pricing = new DefaultPricingService();
    pricing.importShippedCatalog(workspace, PriceCatalogFormat.LITELLM, null);

    UnpricedModel unpriced =
        pricing.unpriced(workspace).stream()
            .filter(m -> m.modelRaw().equals(facts.unpriced().model()))
            .findFirst()
            .orElseThrow(() -> new AssertionError("claude-sonnet-4-7 is not listed as unpriced"));

    assertThat(unpriced.provider()).isEqualTo(facts.unpriced().provider());
    // Every usage format that carries the model (the ledger, Anthropic's usage report, whatever
    // the number of files) reports its whole volume: the planted tokens once per format.
    BigDecimal sources =
        scalar(
            "SELECT count(DISTINCT format) FROM usage_events JOIN import_log USING (import_id)"
                + " WHERE model_raw = '"
                + facts.unpriced().model()
                + "'");
    assertThat(sources.intValue()).isGreaterThanOrEqualTo(2);
    assertThat(unpriced.tokens()).isEqualTo(facts.unpriced().tokens() * sources.longValue());
    assertThat(unpriced.events()).isGreaterThanOrEqualTo(facts.unpriced().requests());
  }

  @Test
  void theOnlyModelTheDemoLeavesUnknownIsThePlantedUnpricedOne() throws Exception {
    // Every spelling the exports and traces write (Bedrock profiles, gateway routes, snapshots,
    // the Hugging Face id vLLM reports) resolves; only the planted canary stays unknown, in the
    // usage and on the bill alike.
    String unknown =
        "SELECT model_raw FROM usage_events WHERE model IS NULL"
            + " UNION ALL SELECT model_raw FROM cost_lines"
            + " WHERE model IS NULL AND model_raw IS NOT NULL";
    BigDecimal planted =
        scalar(
            "SELECT count(*) FROM ("
                + unknown
                + ") WHERE model_raw = '"
                + facts.unpriced().model()
                + "'");
    BigDecimal others =
        scalar(
            "SELECT count(*) FROM ("
                + unknown
                + ") WHERE model_raw IS DISTINCT FROM '"
                + facts.unpriced().model()
                + "'");

    assertThat(planted.longValue()).isPositive();
    assertThat(others).as("events and cost lines with another unknown model").isZero();
  }

  @Test
  void theSelfHostedModelIsKnownButStaysUnpricedBecauseItIsPaidByTheGpuHour() throws Exception {
    BigDecimal selfHosted =
        scalar("SELECT count(*) FROM usage_events WHERE provider = 'self-hosted'");
    BigDecimal known =
        scalar(
            "SELECT count(*) FROM usage_events WHERE provider = 'self-hosted'"
                + " AND model IS NOT NULL AND cost IS NULL AND price_note LIKE 'no price%'");

    assertThat(selfHosted.longValue()).isPositive();
    assertThat(known).isEqualByComparingTo(selfHosted);
  }

  @Test
  void theGpuQueryShowsTheEndpointPaidForThePeakAndIdleAtNight() {
    GpuService gpu = new DuckDbGpuService();
    PlantedFacts.IdleGpu planted = facts.idleGpu();

    GpuEndpointUsage endpoint =
        gpu.endpoints(workspace, GpuService.DEFAULT_IDLE_THRESHOLD_PCT).stream()
            .filter(e -> e.endpoint().equals(planted.endpoint()))
            .findFirst()
            .orElseThrow();

    assertThat(endpoint.gpus()).isEqualTo(planted.gpus());
    assertThat(endpoint.paidCost()).isEqualByComparingTo(planted.totalCost());
    assertThat(endpoint.idleCost().setScale(2, java.math.RoundingMode.HALF_EVEN))
        .isEqualByComparingTo(planted.idleCost());
    assertThat(endpoint.meanUtilizationPct().setScale(1, java.math.RoundingMode.HALF_EVEN))
        .isEqualByComparingTo(BigDecimal.valueOf(planted.meanUtilization()));
    assertThat(endpoint.idleHourShare()).isGreaterThan(new BigDecimal("0.30"));
    BigDecimal night =
        gpu.hourOfDay(workspace, GpuService.DEFAULT_IDLE_THRESHOLD_PCT).stream()
            .filter(h -> h.endpoint().equals(planted.endpoint()))
            .filter(h -> h.hourOfDay() >= 2 && h.hourOfDay() < 6)
            .map(GpuHourOfDay::meanUtilizationPct)
            .reduce(BigDecimal.ZERO, BigDecimal::add)
            .divide(BigDecimal.valueOf(4), 1, java.math.RoundingMode.HALF_EVEN);
    assertThat(night).isEqualByComparingTo(BigDecimal.valueOf(planted.nightUtilization()));
  }

  private static List<String> codeReviewCauses(String day) {
    LocalDate date = LocalDate.parse(day);
    return SERVICES
        .reconcileService()
        .reconcile(workspace, Grain.DAY, date, date.plusDays(1))
        .stream()
        .filter(l -> l.provider().equals("anthropic") && l.model().equals("claude-sonnet-4-6"))
        .findFirst()
        .orElseThrow()
        .causes();
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
