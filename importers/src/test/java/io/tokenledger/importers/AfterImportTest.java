package io.tokenledger.importers;

import static org.assertj.core.api.Assertions.assertThat;

import io.tokenledger.engine.mapping.DefaultMappingService;
import io.tokenledger.engine.mapping.MappingRule;
import io.tokenledger.engine.mapping.MappingTarget;
import io.tokenledger.engine.mapping.MatchKind;
import io.tokenledger.engine.pricing.DefaultPricingService;
import io.tokenledger.engine.pricing.PriceCatalogFormat;
import io.tokenledger.engine.task.Cancellation;
import io.tokenledger.engine.task.ProgressListener;
import io.tokenledger.engine.workspace.DuckDbWorkspaceStore;
import io.tokenledger.engine.workspace.Workspace;
import io.tokenledger.sampledata.RealData;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Every import ends by pricing and mapping its own rows: usage events arrive with the price book's
 * cost and cost lines and events with the rules' dimensions, without a separate "prices apply" or
 * "rules apply"; rows of earlier imports are left as they were.
 */
class AfterImportTest {

  private final Workspace workspace = new DuckDbWorkspaceStore("test").inMemory();
  private final DefaultImportService imports = new DefaultImportService(ImporterRegistry.builtIn());

  @AfterEach
  void close() {
    workspace.close();
  }

  @Test
  void importedTraceEventsArriveCostedFromThePriceBook() throws Exception {
    new DefaultPricingService().importShippedCatalog(workspace, PriceCatalogFormat.LITELLM, null);

    assertThat(
            importFile(RealData.file("traces/langfuse/openai-agents-2025-09-30.trace.json"))
                .succeeded())
        .isTrue();

    // gpt-4.1-2025-04-14 at 2e-06 in and 8e-06 out: (85 + 55) x 2e-06 + (29 + 15) x 8e-06
    assertThat(decimal("SELECT sum(cost) FROM usage_events")).isEqualByComparingTo("0.000632");
    assertThat(decimal("SELECT count(*) FROM usage_events WHERE cost IS NULL")).isZero();
  }

  @Test
  void importedCostLinesAndEventsArriveMappedAndEarlierImportsAreLeftAlone() throws Exception {
    Path costs =
        Path.of(
            getClass()
                .getResource("/io/tokenledger/importers/openai/cost_2026-10-01_2026-10-03.csv")
                .toURI());
    assertThat(importFile(costs).succeeded()).isTrue();
    new DefaultMappingService()
        .add(
            workspace,
            MappingRule.of("project", MatchKind.EQUALS, "proj_a", MappingTarget.CLIENT, "Acme"));
    Path later = Files.createTempFile("later-costs", ".csv");
    try {
      Files.writeString(
          later,
          Files.readString(costs)
              .replace("2026-10-0", "2026-11-0")
              .replace("1790", "1793")); // other content, same shape
      assertThat(importFile(later).succeeded()).isTrue();
    } finally {
      Files.delete(later);
    }

    long projA = Files.readAllLines(costs).stream().filter(l -> l.contains(",proj_a,")).count();
    assertThat(projA).isPositive();
    assertThat(
            decimal(
                "SELECT count(*) FROM cost_lines WHERE client = 'Acme' AND import_id ="
                    + " (SELECT max(import_id) FROM import_log)"))
        .isEqualByComparingTo(BigDecimal.valueOf(projA));
    assertThat(
            decimal(
                "SELECT count(*) FROM cost_lines WHERE client IS NOT NULL AND import_id ="
                    + " (SELECT min(import_id) FROM import_log)"))
        .as("the first import predates the rule: only 'rules apply' remaps it")
        .isZero();
  }

  private ImportReport importFile(Path file) {
    return imports.importFile(
        workspace, file, ImportOptions.defaults(), ProgressListener.NONE, Cancellation.none());
  }

  private BigDecimal decimal(String sql) throws Exception {
    try (Connection c = workspace.newConnection();
        Statement s = c.createStatement();
        ResultSet rows = s.executeQuery(sql)) {
      rows.next();
      return rows.getBigDecimal(1);
    }
  }
}
