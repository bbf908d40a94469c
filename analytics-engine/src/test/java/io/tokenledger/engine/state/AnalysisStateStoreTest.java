package io.tokenledger.engine.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tokenledger.engine.workspace.DuckDbWorkspaceStore;
import io.tokenledger.engine.workspace.Workspace;
import io.tokenledger.engine.workspace.WorkspaceException;
import io.tokenledger.engine.workspace.WorkspaceOptions;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The state document in the workspace: saved, reopened, migrated, refused when newer. */
class AnalysisStateStoreTest {

  /** A document as version 1 wrote it, kept literally: migrations must read it forever. */
  static final String VERSION_1_DOCUMENT =
      """
      {
        "currency": "eur",
        "month": "2026-10",
        "explore": {
          "rows": ["client", "model"],
          "column": "month",
          "measures": ["allocated_cost", "tokens"],
          "filters": {"provider": ["openai"], "env": ["prod", "staging"]},
          "top": 5
        },
        "views": [
          {"name": "Spend by team", "explore": {"rows": ["team"], "column": null,
            "measures": ["billed_cost"], "filters": {}, "top": 0}},
          {"name": "Models", "explore": {"rows": ["model"], "measures": ["tokens"]}}
        ]
      }
      """;

  @TempDir Path dir;

  private final DuckDbWorkspaceStore store = new DuckDbWorkspaceStore("test");
  private final AnalysisStateStore states = new AnalysisStateStore();

  @Test
  void aWorkspaceWithoutSavedStateHasTheDefaultState() {
    try (Workspace workspace = store.inMemory()) {
      assertThat(states.load(workspace)).isEqualTo(AnalysisState.DEFAULT);
    }
  }

  @Test
  void theStateSavedInAWorkspaceIsThereWhenItIsOpenedAgain() throws Exception {
    Path file = dir.resolve("acme.tlw");
    try (Workspace workspace = store.create(file, WorkspaceOptions.defaults())) {
      states.save(workspace, StateSamples.full());
    }
    try (Workspace workspace = store.open(file, WorkspaceOptions.defaults().asReadOnly())) {
      assertThat(states.load(workspace)).isEqualTo(StateSamples.full());
      assertThat(row(workspace, "SELECT schema_version::VARCHAR FROM analysis_state"))
          .isEqualTo(Integer.toString(AnalysisStateStore.VERSION));
      assertThat(row(workspace, "SELECT name FROM analysis_state")).isEqualTo("current");
    }
  }

  @Test
  void savingAgainReplacesTheState() {
    try (Workspace workspace = store.inMemory()) {
      states.save(workspace, StateSamples.full());
      states.save(workspace, AnalysisState.DEFAULT.withReportingCurrency("GBP"));

      assertThat(states.load(workspace).reportingCurrency()).isEqualTo("GBP");
      assertThat(states.load(workspace).savedViews()).isEmpty();
    }
  }

  @Test
  void aVersion1DocumentIsMigratedToVersion2() throws Exception {
    try (Workspace workspace = store.inMemory()) {
      insert(workspace, 1, VERSION_1_DOCUMENT);

      AnalysisState state = states.load(workspace);

      assertThat(state.reportingCurrency()).isEqualTo("EUR");
      assertThat(state.period())
          .isEqualTo(
              new PeriodSelection(
                  LocalDate.of(2026, 10, 1),
                  LocalDate.of(2026, 11, 1),
                  PeriodSelection.Comparison.NONE));
      assertThat(state.pages().selectedPage()).isNull();
      assertThat(state.pages().sources()).isEqualTo(SourcesViewState.DEFAULT);
      assertThat(state.pages().explore())
          .isEqualTo(
              new ExploreViewState(
                  List.of("client", "model"),
                  "month",
                  List.of("allocated_cost", "tokens"),
                  Map.of("provider", List.of("openai"), "env", List.of("prod", "staging")),
                  5,
                  "bar"));
      assertThat(state.pages().explore().filters().keySet()).containsExactly("provider", "env");
      assertThat(state.savedViews())
          .containsExactly(
              new SavedView(
                  "Spend by team",
                  new ExploreViewState(
                      List.of("team"), null, List.of("billed_cost"), Map.of(), 0, "bar")),
              new SavedView(
                  "Models",
                  new ExploreViewState(
                      List.of("model"), null, List.of("tokens"), Map.of(), 0, "bar")));
      assertThat(state.scenarios()).isEmpty();
      assertThat(state.budgets()).isEmpty();
      assertThat(state.showback()).isEqualTo(ShowbackSettings.DEFAULT);
    }
  }

  @Test
  void aVersion1DocumentWithoutAMonthCoversAllTime() {
    AnalysisState state = AnalysisStateStore.fromJson("{\"currency\":\"USD\"}", 1, "The analysis");

    assertThat(state.period()).isEqualTo(PeriodSelection.ALL_TIME);
    assertThat(state.pages().explore()).isEqualTo(ExploreViewState.DEFAULT);
  }

  @Test
  void aMigratedStateIsWrittenBackInTheCurrentFormat() throws Exception {
    try (Workspace workspace = store.inMemory()) {
      insert(workspace, 1, VERSION_1_DOCUMENT);
      AnalysisState migrated = states.load(workspace);

      states.save(workspace, migrated);

      assertThat(row(workspace, "SELECT schema_version::VARCHAR FROM analysis_state"))
          .isEqualTo("2");
      assertThat(states.load(workspace)).isEqualTo(migrated);
    }
  }

  @Test
  void aNewerDocumentIsRefusedWithAClearMessageAndLeftAsItWas() throws Exception {
    String future = "{\"reportingCurrency\":\"USD\",\"hologramLayout\":{\"depth\":3}}";
    try (Workspace workspace = store.inMemory()) {
      insert(workspace, 7, future);

      assertThatThrownBy(() -> states.load(workspace))
          .isInstanceOf(WorkspaceException.class)
          .hasMessage(
              "The analysis in (in memory) was saved by a newer TokenLedger (analysis format 7;"
                  + " this version reads up to 2): update TokenLedger to open it");
      assertThat(row(workspace, "SELECT schema_version::VARCHAR FROM analysis_state"))
          .isEqualTo("7");
    }
  }

  private static void insert(Workspace workspace, int version, String document)
      throws SQLException {
    try (Connection c = workspace.newConnection();
        PreparedStatement s =
            c.prepareStatement(
                "INSERT INTO analysis_state VALUES ('current', ?, ?::JSON, now())")) {
      s.setInt(1, version);
      s.setString(2, document);
      s.executeUpdate();
    }
  }

  private static String row(Workspace workspace, String sql) throws SQLException {
    try (Connection c = workspace.newConnection();
        PreparedStatement s = c.prepareStatement(sql);
        ResultSet r = s.executeQuery()) {
      r.next();
      return r.getString(1);
    }
  }
}
