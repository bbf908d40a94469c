package io.tokenledger.engine.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tokenledger.engine.pricing.DefaultPricingService;
import io.tokenledger.engine.pricing.PriceCatalogFormat;
import io.tokenledger.engine.scenarios.DuckDbScenarioService;
import io.tokenledger.engine.scenarios.LeverSpec;
import io.tokenledger.engine.scenarios.SavedScenario;
import io.tokenledger.engine.scenarios.ScenarioResult;
import io.tokenledger.engine.scenarios.ScenarioService;
import io.tokenledger.engine.testing.LedgerFixture;
import io.tokenledger.engine.workspace.DuckDbWorkspaceStore;
import io.tokenledger.engine.workspace.Workspace;
import io.tokenledger.engine.workspace.WorkspaceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Saved what-if scenarios in "Export analysis" and "Import analysis": saved with the real scenario
 * service in one workspace, exported, imported into a fresh one with the same usage, and run there.
 */
class AnalysisExportScenariosTest {

  private static final YearMonth OCTOBER = YearMonth.of(2026, 10);

  private static final SavedScenario HAIKU =
      new SavedScenario(
          "Haiku for summaries",
          OCTOBER,
          "short documents only",
          List.of(
              LeverSpec.parse("grow client=Acme tasks=10 tokens=-5"),
              LeverSpec.parse(
                  "route feature=doc-summarizer from=claude-opus-4-6"
                      + " to=claude-haiku-4-5-20251001 note=fine for short docs")));
  private static final SavedScenario BATCH =
      new SavedScenario(
          "Batch chat",
          OCTOBER,
          "",
          List.of(
              LeverSpec.parse("batch client=\"Globex Corp\" share=50%"),
              LeverSpec.parse("price provider=anthropic percent=-10"),
              LeverSpec.parse("cache feature=chat rate=0.3")));
  private static final SavedScenario OLD_PLAN =
      new SavedScenario("Old plan", OCTOBER, "", List.of(LeverSpec.parse("grow tasks=50")));

  @TempDir Path dir;

  private final DuckDbWorkspaceStore store = new DuckDbWorkspaceStore("test");
  private final AnalysisExport export = new AnalysisExport();
  private final ScenarioService scenarios = new DuckDbScenarioService();
  private Workspace mine;
  private Workspace colleagues;

  @BeforeEach
  void workspaces() throws Exception {
    mine = store.inMemory();
    colleagues = store.inMemory();
    for (Workspace workspace : List.of(mine, colleagues)) {
      seedOctober(workspace);
    }
    scenarios.save(mine, HAIKU);
    scenarios.save(mine, BATCH);
    scenarios.save(colleagues, OLD_PLAN);
  }

  @AfterEach
  void close() {
    mine.close();
    colleagues.close();
  }

  @Test
  void savedScenariosTravelWithTheAnalysisAndRunTheSameOnTheSameUsage() throws Exception {
    Path file = dir.resolve("analysis.json");

    export.exportTo(mine, StateSamples.full(), file);
    export.importFrom(colleagues, file);

    assertThat(scenarios.list(colleagues))
        .isEqualTo(scenarios.list(mine))
        .extracting(SavedScenario::name)
        .containsExactly("Batch chat", "Haiku for summaries");
    assertThat(leverRows(colleagues)).isEqualTo(leverRows(mine)).hasSize(5);
    assertThat(Files.readString(file))
        .contains("\"baselineMonth\" : \"2026-10\"", "\"kind\" : \"batch\"")
        .contains("\"spec\" : \"batch client=\\\"Globex Corp\\\" share=0.5\"");

    ScenarioResult here = scenarios.run(mine, HAIKU, "USD");
    ScenarioResult there =
        scenarios.run(colleagues, scenarios.find(colleagues, HAIKU.name()).orElseThrow(), "USD");
    assertThat(here.saving()).isPositive();
    assertThat(there).isEqualTo(here);
  }

  @Test
  void aFileWithALeverThatCannotBeReadIsRefusedAndChangesNothing() throws Exception {
    Path file = exportedThen(root -> lever(root, 1, 1).put("spec", "cache feature=chat rate=2"));
    AnalysisState stateBefore = new AnalysisStateStore().load(colleagues);

    assertThatThrownBy(() -> export.importFrom(colleagues, file))
        .isInstanceOf(WorkspaceException.class)
        .hasMessage(
            "analysis.json cannot be imported: scenario \"Haiku for summaries\", lever 2"
                + " 'cache feature=chat rate=2': cache rate must be between 0 and 1 (0.9 = 90%)");
    assertThat(scenarios.list(colleagues)).containsExactly(OLD_PLAN);
    assertThat(new AnalysisStateStore().load(colleagues)).isEqualTo(stateBefore);
  }

  @Test
  void aLeverWhoseKindDisagreesWithItsTextIsRefused() throws Exception {
    Path file = exportedThen(root -> lever(root, 0, 2).put("kind", "route"));

    assertThatThrownBy(() -> export.importFrom(colleagues, file))
        .hasMessage(
            "analysis.json cannot be imported: scenario \"Batch chat\", lever 3"
                + " 'cache feature=chat rate=0.3': its kind says route, its text cache");
    assertThat(scenarios.list(colleagues)).containsExactly(OLD_PLAN);
  }

  @Test
  void anOlderFileWithoutScenariosKeepsTheWorkspacesScenarios() throws Exception {
    Path file = exportedThen(root -> root.remove("scenarios"));

    AnalysisState imported = export.importFrom(colleagues, file);

    assertThat(imported).isEqualTo(StateSamples.full());
    assertThat(new AnalysisStateStore().load(colleagues)).isEqualTo(StateSamples.full());
    assertThat(scenarios.list(colleagues)).containsExactly(OLD_PLAN);
  }

  @Test
  void anEmptyScenariosListRemovesTheWorkspacesScenarios() throws Exception {
    Path file = exportedThen(root -> root.putArray("scenarios"));

    export.importFrom(colleagues, file);

    assertThat(scenarios.list(colleagues)).isEmpty();
    assertThat(leverRows(colleagues)).isEmpty();
  }

  /** My analysis with StateSamples.full() as its state, edited as JSON before it is written. */
  private Path exportedThen(Consumer<ObjectNode> edit) throws Exception {
    Path file = dir.resolve("analysis.json");
    export.exportTo(mine, StateSamples.full(), file);
    ObjectNode root = (ObjectNode) StateJson.MAPPER.readTree(file.toFile());
    edit.accept(root);
    Files.writeString(file, root.toPrettyString());
    return file;
  }

  private static ObjectNode lever(ObjectNode root, int scenario, int lever) {
    return (ObjectNode) root.path("scenarios").path(scenario).path("levers").path(lever);
  }

  /** Three October days of Opus and GPT mini usage, priced with the shipped LiteLLM catalog. */
  private static void seedOctober(Workspace workspace) throws Exception {
    DefaultPricingService pricing = new DefaultPricingService();
    pricing.importShippedCatalog(workspace, PriceCatalogFormat.LITELLM, null);
    String[][] calls = {
      {"anthropic", "claude-opus-4-6", "Acme", "doc-summarizer", "2891", "339"},
      {"anthropic", "claude-opus-4-6", "Globex Corp", "chat", "5000", "800"},
      {"openai", "gpt-5.4-mini-2026-03-17", "Globex Corp", "ticket-triage", "900", "120"}
    };
    try (LedgerFixture ledger = new LedgerFixture(workspace, 1, "trace")) {
      for (int day = 1; day <= 3; day++) {
        for (String[] call : calls) {
          ledger.event(
              call[0],
              call[1],
              LedgerFixture.day(10, day),
              call[2],
              call[3],
              Long.parseLong(call[4]) + day,
              Long.parseLong(call[5]),
              0);
        }
      }
    }
    pricing.apply(workspace);
  }

  private static List<List<String>> leverRows(Workspace workspace) throws Exception {
    List<List<String>> rows = new ArrayList<>();
    try (var c = workspace.newConnection();
        var s = c.createStatement();
        var r =
            s.executeQuery(
                "SELECT scenario, position::VARCHAR, kind, spec FROM scenario_levers"
                    + " ORDER BY scenario, position")) {
      while (r.next()) {
        rows.add(List.of(r.getString(1), r.getString(2), r.getString(3), r.getString(4)));
      }
    }
    return rows;
  }
}
