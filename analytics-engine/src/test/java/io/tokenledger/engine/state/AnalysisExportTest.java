package io.tokenledger.engine.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tokenledger.engine.allocation.DuckDbAllocationService;
import io.tokenledger.engine.allocation.SharedCostSplit;
import io.tokenledger.engine.workspace.DuckDbWorkspaceStore;
import io.tokenledger.engine.workspace.Workspace;
import io.tokenledger.engine.workspace.WorkspaceException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Export analysis" and "Import analysis": everything but the data, to a file and back. */
class AnalysisExportTest {

  private static final String RULES =
      "SELECT rule_id, priority, source_key, match_kind, coalesce(match_value, '-'), target,"
          + " coalesce(target_value, '-'), enabled, coalesce(note, '-') FROM mapping_rules"
          + " ORDER BY rule_id";
  private static final String PRICES =
      "SELECT provider, model, token_bucket, service_tier, above_prompt_tokens,"
          + " unit_price::VARCHAR, currency, effective_from, coalesce(effective_to::VARCHAR, '-'),"
          + " source, coalesce(match_pattern, '-') FROM price_book ORDER BY ALL";
  private static final String SETTINGS =
      "SELECT pool_key, method, dimension, coalesce(basis, '-'),"
          + " coalesce(fixed_shares::VARCHAR, '-'), coalesce(note, '-') FROM allocation_methods"
          + " ORDER BY pool_key";

  @TempDir Path dir;

  private final DuckDbWorkspaceStore store = new DuckDbWorkspaceStore("test");
  private final AnalysisExport export = new AnalysisExport();
  private Workspace mine;
  private Workspace colleagues;

  @BeforeEach
  void workspaces() throws SQLException {
    mine = store.inMemory();
    execute(
        mine,
        "INSERT INTO mapping_rules VALUES"
            + " (1, 10, 'api_key', 'equals', 'k-123', 'client', 'Acme', true, 'from the sales sheet'),"
            + " (2, 20, 'tag:team', 'copy', NULL, 'team', NULL, true, NULL),"
            + " (3, 30, 'project', 'regex', '^search-.*', 'feature', 'Search', false, NULL)");
    execute(
        mine,
        "INSERT INTO price_book VALUES"
            + " ('openai', 'gpt-4o-mini', 'in_uncached', 'standard', 0, 0.000000135000000001, 'USD',"
            + "  DATE '2026-01-01', NULL, 'user', NULL),"
            + " ('anthropic', 'claude-sonnet-4-5', 'out_text', 'batch', 200000, 0.0000112, 'EUR',"
            + "  DATE '2026-03-01', DATE '2026-12-01', 'user', '(?i)claude-sonnet-4[.-]5.*'),"
            + " ('openai', 'gpt-4o', 'in_uncached', 'standard', 0, 0.0000025, 'USD',"
            + "  DATE '2024-05-13', NULL, 'litellm', NULL)");
    DuckDbAllocationService allocation = new DuckDbAllocationService();
    allocation.setSplit(
        mine,
        SharedCostSplit.fixed(
            "aws/Amazon EC2",
            Map.of("Acme", new BigDecimal("0.6"), "Globex", new BigDecimal("0.4"))));
    allocation.setSplit(
        mine, SharedCostSplit.proportional("gcp/Vertex AI", SharedCostSplit.Basis.TOKENS));

    colleagues = store.inMemory();
    execute(
        colleagues,
        "INSERT INTO mapping_rules VALUES (7, 1, 'api_key', 'equals', 'k-9', 'client', 'Old', true, NULL)");
    execute(
        colleagues,
        "INSERT INTO price_book VALUES"
            + " ('openai', 'gpt-4o-mini', 'in_uncached', 'standard', 0, 0.00000015, 'USD',"
            + "  DATE '2025-01-01', NULL, 'user', NULL),"
            + " ('openai', 'gpt-4.1', 'in_uncached', 'standard', 0, 0.000002, 'USD',"
            + "  DATE '2025-04-14', NULL, 'litellm', NULL)");
    execute(
        colleagues,
        "INSERT INTO allocation_methods VALUES ('azure/Foundry', 'even', 'client', NULL, NULL, NULL)");
    execute(colleagues, "INSERT INTO fx_rates VALUES (DATE '2026-10-01', 'EUR', 'USD', 1.08)");
  }

  @AfterEach
  void close() {
    mine.close();
    colleagues.close();
  }

  @Test
  void anExportedAnalysisAppliedElsewhereGivesTheSameRulesPricesSettingsAndState()
      throws Exception {
    Path file = dir.resolve("acme-analysis.json");

    export.exportTo(mine, StateSamples.full(), file);
    AnalysisState imported = export.importFrom(colleagues, file);

    assertThat(imported).isEqualTo(StateSamples.full());
    assertThat(new AnalysisStateStore().load(colleagues)).isEqualTo(StateSamples.full());
    assertThat(rows(colleagues, RULES)).isEqualTo(rows(mine, RULES)).hasSize(3);
    assertThat(rows(colleagues, SETTINGS)).isEqualTo(rows(mine, SETTINGS)).hasSize(2);
    assertThat(rows(colleagues, "SELECT * FROM (" + PRICES + ") WHERE source = 'user'"))
        .isEqualTo(rows(mine, "SELECT * FROM (" + PRICES + ") WHERE source = 'user'"))
        .hasSize(2);
  }

  @Test
  void importingKeepsTheDataAndTheCatalogPrices() throws Exception {
    Path file = dir.resolve("analysis.json");
    export.exportTo(mine, AnalysisState.DEFAULT, file);

    export.importFrom(colleagues, file);

    assertThat(rows(colleagues, "SELECT rate::VARCHAR FROM fx_rates"))
        .containsExactly(List.of("1.080000000000"));
    assertThat(rows(colleagues, "SELECT model FROM price_book WHERE source = 'litellm'"))
        .containsExactly(List.of("gpt-4.1"));
  }

  @Test
  void pricesAndSharesStayExactInTheFile() throws Exception {
    Path file = dir.resolve("analysis.json");

    export.exportTo(mine, AnalysisState.DEFAULT, file);

    String json = Files.readString(file);
    assertThat(json).contains("\"format\" : \"tokenledger-analysis\"", "\"version\" : 2");
    assertThat(json).contains("\"unitPrice\" : \"0.000000135000000001\"");
    assertThat(json).doesNotContain("E-");
    AnalysisPackage read = export.read(file);
    assertThat(read.priceOverrides())
        .extracting(PriceOverride::unitPrice)
        .containsExactly(
            new BigDecimal("0.000011200000000000"), new BigDecimal("0.000000135000000001"));
    assertThat(read.allocationSettings().get(0).fixedShares()).contains("\"Acme\"").contains("0.6");
    assertThat(read.mappingRules())
        .extracting(MappingRule::targetValue)
        .containsExactly("Acme", null, "Search");
  }

  @Test
  void theFileHoldsNoData() throws Exception {
    execute(mine, "INSERT INTO fx_rates VALUES (DATE '2026-10-01', 'EUR', 'USD', 1.0987654321)");
    Path file = dir.resolve("analysis.json");

    export.exportTo(mine, AnalysisState.DEFAULT, file);

    assertThat(Files.readString(file)).doesNotContain("1.0987654321").doesNotContain("fx_rates");
  }

  @Test
  void anAnalysisFromANewerTokenLedgerIsRefusedAndChangesNothing() throws Exception {
    Path file =
        Files.writeString(
            dir.resolve("future.json"),
            "{\"format\":\"tokenledger-analysis\",\"version\":9,\"state\":{},"
                + "\"mappingRules\":[]}");
    List<List<String>> before = rows(colleagues, RULES);

    assertThatThrownBy(() -> export.importFrom(colleagues, file))
        .isInstanceOf(WorkspaceException.class)
        .hasMessageContaining("The analysis in future.json was saved by a newer TokenLedger");
    assertThat(rows(colleagues, RULES)).isEqualTo(before).hasSize(1);
  }

  @Test
  void aVersion1ExportIsMigrated() throws Exception {
    Path file =
        Files.writeString(
            dir.resolve("old.json"),
            "{\"format\":\"tokenledger-analysis\",\"version\":1,\"state\":"
                + AnalysisStateStoreTest.VERSION_1_DOCUMENT
                + ",\"mappingRules\":[]}");

    AnalysisState state = export.importFrom(colleagues, file);

    assertThat(state.reportingCurrency()).isEqualTo("EUR");
    assertThat(state.savedViews())
        .extracting(SavedView::name)
        .containsExactly("Spend by team", "Models");
    assertThat(rows(colleagues, RULES)).isEmpty();
  }

  @Test
  void aFileThatIsNotAnAnalysisExportIsRefused() throws Exception {
    Path file = Files.writeString(dir.resolve("package.json"), "{\"name\":\"left-pad\"}");
    Path notJson = Files.writeString(dir.resolve("notes.json"), "provider,model\nopenai,gpt");

    assertThatThrownBy(() -> export.read(file))
        .hasMessageStartingWith("package.json is not a TokenLedger analysis export");
    assertThatThrownBy(() -> export.read(notJson))
        .hasMessageStartingWith("notes.json is not a TokenLedger analysis export");
  }

  @Test
  void aRuleThatBreaksTheTableRollsTheWholeImportBack() throws Exception {
    Path file = dir.resolve("broken.json");
    export.write(
        new AnalysisPackage(
            StateSamples.full(),
            List.of(
                new MappingRule(1, 1, "api_key", "equals", "a", "client", "A", true, null),
                new MappingRule(1, 2, "api_key", "equals", "b", "client", "B", true, null)),
            List.of(),
            List.of()),
        file);
    List<List<String>> before = rows(colleagues, RULES);

    assertThatThrownBy(() -> export.importFrom(colleagues, file))
        .isInstanceOf(WorkspaceException.class)
        .hasMessageStartingWith("Cannot apply the analysis to (in memory)");
    assertThat(rows(colleagues, RULES)).isEqualTo(before);
    assertThat(new AnalysisStateStore().load(colleagues)).isEqualTo(AnalysisState.DEFAULT);
  }

  private static void execute(Workspace workspace, String sql) throws SQLException {
    try (Connection c = workspace.newConnection();
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  private static List<List<String>> rows(Workspace workspace, String sql) throws SQLException {
    try (Connection c = workspace.newConnection();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      List<List<String>> rows = new ArrayList<>();
      int columns = r.getMetaData().getColumnCount();
      while (r.next()) {
        List<String> row = new ArrayList<>();
        for (int i = 1; i <= columns; i++) {
          row.add(r.getString(i));
        }
        rows.add(row);
      }
      return rows;
    }
  }
}
