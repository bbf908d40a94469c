package io.tokenledger.app.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.tokenledger.app.testing.FxPages;
import io.tokenledger.app.testing.TestWorkspaces;
import io.tokenledger.engine.mapping.DefaultMappingService;
import io.tokenledger.engine.workspace.Workspace;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Rules page headless: a rule typed into the form is added, listed and applied. */
@ExtendWith(ApplicationExtension.class)
class RulesViewTest {

  private final ExecutorService background = Executors.newSingleThreadExecutor();
  private Workspace workspace;
  private RulesViewModel model;

  @Start
  void start(Stage stage) throws Exception {
    workspace =
        TestWorkspaces.inMemory(
            "INSERT INTO usage_events (import_id, source_line, event_time, provider, model_raw,"
                + " api_key, cost, cost_currency) VALUES"
                + " (1, 1, TIMESTAMPTZ '2026-10-01 10:00:00+00', 'openai', 'gpt-4o', 'k-1', 1.50, 'USD')");
    model =
        new RulesViewModel(
            new DefaultMappingService(), () -> workspace, background, Platform::runLater);
    stage.setScene(new Scene((javafx.scene.Parent) new RulesView(model).root(), 1000, 700));
    stage.show();
    model.refresh();
  }

  @AfterEach
  void close() throws Exception {
    FxPages.close(background, workspace);
  }

  @Test
  void aRuleFromTheFormIsAddedAndTheUnmappedTotalDrops(FxRobot robot) throws Exception {
    WaitForAsyncUtils.waitFor(
        20,
        TimeUnit.SECONDS,
        () -> model.unmappedSummaryProperty().get().contains("client: 1 events"));

    robot
        .clickOn(
            n ->
                n instanceof javafx.scene.control.TextField tf
                    && "value, glob (*) or regex".equals(tf.getPromptText()))
        .write("k-1");
    robot
        .clickOn(
            n ->
                n instanceof javafx.scene.control.TextField tf
                    && tf.getPromptText() != null
                    && tf.getPromptText().startsWith("value to set"))
        .write("Acme");
    robot.clickOn("Add rule");
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.rules().size() == 1);
    WaitForAsyncUtils.waitFor(
        20,
        TimeUnit.SECONDS,
        () -> model.unmappedSummaryProperty().get().contains("client: 0 events"));

    TableView<?> rules = robot.lookup(".table-view").queryAs(TableView.class);
    assertThat(rules.getItems()).hasSize(1);
    assertThat(robot.lookup("Acme").tryQuery()).isPresent();
  }
}
