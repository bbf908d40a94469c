package io.tokenledger.app.scenarios;

import static io.tokenledger.app.testing.FxPages.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.tokenledger.app.AppServices;
import io.tokenledger.app.context.AnalysisContext;
import io.tokenledger.app.shell.SceneSnapshot;
import io.tokenledger.app.task.JavaFxTaskExecutor;
import io.tokenledger.app.testing.FxPages;
import io.tokenledger.app.testing.FxTables;
import io.tokenledger.app.testing.HandPricing;
import io.tokenledger.app.testing.StubDialogService;
import io.tokenledger.app.testing.TestServices;
import io.tokenledger.app.workspace.CurrentWorkspace;
import io.tokenledger.engine.pricing.DefaultPricingService;
import io.tokenledger.engine.pricing.PriceCatalogFormat;
import io.tokenledger.engine.workspace.Workspace;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The Scenarios page in a real (headless) JavaFX scene over a workspace priced with the shipped
 * LiteLLM catalog: a summariser on claude-opus-4-6 in September and October. A scenario is made and
 * a lever added from the keyboard; the saving shown is the same tokens priced by hand at
 * claude-haiku-4-5's prices; Explain's table adds up to the change between the months.
 */
@ExtendWith(ApplicationExtension.class)
class ScenariosViewTest {

  /** How long a step may take to show on the page. */
  private static final long WAIT_SECONDS = 60;

  private final AppServices services = TestServices.create();
  private final StubDialogService dialogs = new StubDialogService();
  private final JavaFxTaskExecutor executor = new JavaFxTaskExecutor();
  private Workspace workspace;
  private Scene scene;

  @Start
  void start(Stage stage) throws Exception {
    workspace = services.workspaceStore().inMemory();
    new DefaultPricingService().importShippedCatalog(workspace, PriceCatalogFormat.LITELLM, null);
    execute(
        "INSERT INTO usage_events (import_id, source_line, event_time, provider, model_raw, model,"
            + " client, feature, in_uncached, out_text) SELECT 1, i, TIMESTAMPTZ '2026-09-01 00:00:00+00'"
            + " + INTERVAL (i) HOUR, 'anthropic', 'claude-opus-4-6', 'claude-opus-4-6',"
            + " CASE WHEN i % 2 = 0 THEN 'Acme' ELSE 'Globex' END, 'doc-summarizer', 2000 + i, 300"
            + " FROM range(1, 1200) t(i)");
    CurrentWorkspace current = new CurrentWorkspace();
    current.replace(workspace);
    AnalysisContext context = new AnalysisContext(services.exploreService(), current, executor);
    ScenariosViewModel viewModel =
        new ScenariosViewModel(
            services.scenarioService(),
            services.explainService(),
            current,
            context,
            executor,
            dialogs);
    scene =
        FxPages.show(
            stage, new javafx.scene.layout.StackPane(new ScenariosView(viewModel)), 1280, 760);
  }

  @AfterEach
  void stop() {
    FxPages.close(executor, workspace);
  }

  @Test
  void aScenarioMadeFromTheKeyboardShowsTheRoutingSaving(FxRobot robot) throws Exception {
    Label summary = robot.lookup("#scenarios-summary").queryAs(Label.class);
    waitUntil(WAIT_SECONDS, () -> summary.getText().startsWith("No scenario yet"));

    robot.clickOn("#scenario-name").write("Haiku summaries").type(KeyCode.ENTER);
    ListView<?> list = robot.lookup("#scenario-list").queryListView();
    waitUntil(WAIT_SECONDS, () -> list.getItems().size() == 1);
    robot.clickOn("#lever-text").write("cache rate=2");
    Label problem = robot.lookup("#lever-problem").queryAs(Label.class);
    waitUntil(WAIT_SECONDS, () -> problem.getText().contains("between 0 and 1"));
    robot.interact(() -> robot.lookup("#lever-text").queryTextInputControl().clear());
    robot
        .clickOn("#lever-text")
        .write("route feature=doc-summarizer from=claude-opus-4-6 to=claude-haiku-4-5-20251001")
        .type(KeyCode.ENTER);

    String saving =
        ScenariosViewModel.money(
            hand("claude-opus-4-6").subtract(hand("claude-haiku-4-5-20251001")));
    waitUntil(WAIT_SECONDS, () -> summary.getText().contains("saves " + saving));
    assertThat(summary.getText()).startsWith("Baseline 2026-10 ");
    TableView<?> savings = robot.lookup("#lever-savings").queryTableView();
    waitUntil(WAIT_SECONDS, () -> FxTables.shownRows(savings).size() == 1);
    assertThat(FxTables.shownRows(savings).get(0).get(4)).isEqualTo(saving);
    assertThat(dialogs.errors()).isEmpty();
    snapshot(robot, "scenarios-view.png");
  }

  @Test
  void explainShowsTheChangeBetweenTheMonthsWithPartsThatAddUp(FxRobot robot) throws Exception {
    robot.clickOn("#explain-tab");
    TableView<?> table = robot.lookup("#explain-table").queryTableView();
    waitUntil(WAIT_SECONDS, () -> FxTables.shownRows(table).size() == 1);

    List<String> total = FxTables.shownRows(table).get(0);
    assertThat(total.get(0)).isEqualTo("Total");
    BigDecimal september = cost("2026-09-01", "2026-10-01");
    BigDecimal october = cost("2026-10-01", "2026-11-01");
    assertThat(total.get(1)).isEqualTo(ScenariosViewModel.money(september));
    assertThat(total.get(7)).isEqualTo(ScenariosViewModel.money(october));
    BigDecimal parts = BigDecimal.ZERO;
    for (int i = 2; i <= 6; i++) {
      parts = parts.add(new BigDecimal(total.get(i).replace(",", "")));
    }
    assertThat(ScenariosViewModel.money(parts)).isEqualTo(total.get(8));
    assertThat(robot.lookup("#explain-summary").queryAs(Label.class).getText())
        .startsWith("2026-09 ");
    snapshot(robot, "scenarios-explain.png");
  }

  /** Keeps a picture of the page in target/ to look at (not asserted). */
  private void snapshot(FxRobot robot, String name) throws Exception {
    SceneSnapshot[] taken = new SceneSnapshot[1];
    robot.interact(() -> taken[0] = SceneSnapshot.of(scene));
    taken[0].writePng(Path.of("target", name));
  }

  /** October's summariser tokens priced at {@code model}'s standard LiteLLM prices. */
  private BigDecimal hand(String model) throws Exception {
    return cost(model, "2026-10-01", "2026-11-01");
  }

  private BigDecimal cost(String from, String to) throws Exception {
    return cost("claude-opus-4-6", from, to);
  }

  private BigDecimal cost(String model, String from, String to) throws Exception {
    try (Connection connection = workspace.newConnection()) {
      return HandPricing.cost(connection, model, from, to);
    }
  }

  private void execute(String sql) throws Exception {
    try (Connection connection = workspace.newConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }
}
