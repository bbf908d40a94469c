package io.tokenledger.app.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.tokenledger.app.testing.TestWorkspaces;
import io.tokenledger.engine.mapping.DefaultMappingService;
import io.tokenledger.engine.mapping.MappingRule;
import io.tokenledger.engine.mapping.MappingTarget;
import io.tokenledger.engine.mapping.MatchKind;
import io.tokenledger.engine.workspace.Workspace;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Rules page's view-model on an in-memory workspace, with work run where it is queued. */
class RulesViewModelTest {

  private Workspace workspace;
  private final List<Runnable> queued = new ArrayList<>();
  private RulesViewModel model;

  @BeforeEach
  void seed() throws Exception {
    workspace =
        TestWorkspaces.inMemory(
            "INSERT INTO usage_events (import_id, source_line, event_time, provider, model_raw,"
                + " api_key, attributes, cost, cost_currency) VALUES"
                + " (1, 1, TIMESTAMPTZ '2026-10-01 10:00:00+00', 'openai', 'gpt-4o', 'k-1',"
                + "  '{\"tenant.id\": \"globex\"}', 1.00, 'USD'),"
                + " (1, 2, TIMESTAMPTZ '2026-10-01 11:00:00+00', 'openai', 'gpt-4o', 'k-2',"
                + "  '{\"tenant.id\": \"initech\"}', 3.00, 'USD')");
    model =
        new RulesViewModel(
            new DefaultMappingService(), () -> workspace, queued::add, Runnable::run);
  }

  @AfterEach
  void close() {
    workspace.close();
  }

  @Test
  void aPreviewShowsWhatTheFormsRuleWouldMatchBeforeItIsAdded() {
    model.sourceKeyProperty().set("api_key");
    model.matchKindProperty().set(MatchKind.EQUALS);
    model.matchValueProperty().set("k-2");
    model.targetProperty().set(MappingTarget.CLIENT);
    model.targetValueProperty().set("Initech");

    model.previewForm();
    drain();

    assertThat(model.previewProperty().get().matchedEvents()).isEqualTo(1);
    assertThat(model.previewTextProperty().get()).contains("Matches 1 usage events (3.00)");
    assertThat(model.rules()).isEmpty();
  }

  @Test
  void addingARuleAppliesItAndTheUnmappedTotalFollows() {
    model.refresh();
    drain();
    assertThat(model.unmappedSummaryProperty().get())
        .contains("Unmapped client: 2 events, 4.00 USD");

    model.sourceKeyProperty().set("api_key");
    model.matchValueProperty().set("k-2");
    model.targetValueProperty().set("Initech");
    model.addFromForm();
    drain();

    assertThat(model.rules()).hasSize(1);
    assertThat(model.unmappedSummaryProperty().get())
        .contains("Unmapped client: 1 events, 1.00 USD");
    assertThat(client(2)).isEqualTo("Initech");
  }

  @Test
  void movingARuleUpMakesItWin() {
    add("attr:tenant.id", MatchKind.COPY, null, null);
    add("api_key", MatchKind.EQUALS, "k-1", "Acme");
    assertThat(client(1)).isEqualTo("globex");

    MappingRule byKey = model.rules().get(1);
    model.moveUp(byKey);
    drain();

    assertThat(model.rules().get(0).id()).isEqualTo(byKey.id());
    assertThat(client(1)).isEqualTo("Acme");
  }

  @Test
  void aBadRegexIsReportedAndNothingIsStored() {
    model.matchKindProperty().set(MatchKind.REGEX);
    model.matchValueProperty().set("(");
    model.targetValueProperty().set("x");

    model.addFromForm();
    drain();

    assertThat(model.messageProperty().get()).contains("not valid");
    assertThat(model.busyProperty().get()).isFalse();
    model.refresh();
    drain();
    assertThat(model.rules()).isEmpty();
  }

  private void add(String key, MatchKind kind, String value, String set) {
    model.sourceKeyProperty().set(key);
    model.matchKindProperty().set(kind);
    model.matchValueProperty().set(value);
    model.targetProperty().set(MappingTarget.CLIENT);
    model.targetValueProperty().set(set);
    model.addFromForm();
    drain();
  }

  private String client(int line) {
    try (Connection c = workspace.newConnection();
        Statement s = c.createStatement();
        ResultSet rows =
            s.executeQuery("SELECT client FROM usage_events WHERE source_line = " + line)) {
      rows.next();
      return rows.getString(1);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private void drain() {
    while (!queued.isEmpty()) {
      queued.remove(0).run();
    }
  }
}
