package io.tokenledger.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import io.tokenledger.app.task.JavaFxTaskExecutor;
import io.tokenledger.app.testing.FxTables;
import io.tokenledger.app.testing.StubDialogService;
import io.tokenledger.app.testing.TestServices;
import io.tokenledger.app.testing.UsageCsv;
import io.tokenledger.app.theme.AppTheme;
import io.tokenledger.engine.sources.ImportRecord;
import io.tokenledger.engine.state.AnalysisState;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The whole window, headless, through its keyboard shortcuts: import, change the view, save
 * (Ctrl+S), close (Ctrl+W), reopen (Ctrl+O), and find every page as it was left.
 */
@ExtendWith(ApplicationExtension.class)
class WorkspaceSaveRestoreViewTest {

  @TempDir static Path folder;

  private final JavaFxTaskExecutor executor = new JavaFxTaskExecutor();
  private final StubDialogService dialogs = new StubDialogService();
  private ShellViewModels viewModels;
  private Stage stage;
  private Path file;

  @Start
  void start(Stage stage) {
    this.stage = stage;
    file = folder.resolve("acme-" + System.nanoTime() + ".tlw");
    viewModels = ShellViewModels.create(TestServices.create(), executor, dialogs);
    new MainWindow(viewModels, new AppTheme(false)).showOn(stage);
    viewModels.main().openAtStartup(Optional.of(file));
  }

  @AfterEach
  void stop() throws Exception {
    executor.shutdown(Duration.ofSeconds(5));
    WaitForAsyncUtils.asyncFx(() -> viewModels.main().closeOnExit()).get();
  }

  @Test
  void aSavedWorkspaceReopensWithEveryPageAsItWasLeft(FxRobot robot) throws Exception {
    String name = file.getFileName().toString();
    waitUntil(() -> stage.getTitle().equals("TokenLedger — " + name));
    dialogs
        .willChoose(UsageCsv.good(folder, "october.csv", 9))
        .willChoose(UsageCsv.good(folder, "november.csv", 4));
    shortcut(robot, KeyCode.I);
    TableView<?> log = robot.lookup("#import-log").queryTableView();
    waitUntil(() -> FxTables.shownRows(log).size() == 1);
    shortcut(robot, KeyCode.I);
    waitUntil(() -> FxTables.shownRows(log).size() == 2);
    waitUntil(() -> stage.getTitle().equals("TokenLedger — " + name + " *"));

    selectImport(robot, "october.csv", 1);
    shortcut(robot, KeyCode.DIGIT0);
    assertThat(robot.lookup("#rules-page").tryQuery()).isPresent();
    AnalysisState before = viewModels.workspace().state();
    assertThat(before.pages().sources().selectedImportId()).isEqualTo(1);
    assertThat(before.pages().selectedPage()).isEqualTo("rules");

    shortcut(robot, KeyCode.S);
    waitUntil(() -> stage.getTitle().equals("TokenLedger — " + name));
    shortcut(robot, KeyCode.W);
    waitUntil(() -> stage.getTitle().equals("TokenLedger"));
    assertThat(viewModels.workspace().get()).isEmpty();
    assertThat(dialogs.questions()).isEmpty();

    dialogs.willChoose(file);
    shortcut(robot, KeyCode.O);
    waitUntil(() -> stage.getTitle().equals("TokenLedger — " + name));

    assertThat(viewModels.workspace().state()).isEqualTo(before);
    assertThat(viewModels.main().selectedPageProperty().get()).isEqualTo(Page.RULES);
    assertThat(robot.lookup("#rules-page").tryQuery()).isPresent();
    shortcut(robot, KeyCode.DIGIT1);
    TableView<?> reopened = robot.lookup("#import-log").queryTableView();
    waitUntil(() -> FxTables.shownRows(reopened).size() == 2);
    waitUntil(() -> reopened.getSelectionModel().getSelectedItem() != null);
    assertThat(((ImportRecord) reopened.getSelectionModel().getSelectedItem()).fileName())
        .isEqualTo("october.csv");
    assertThat(FxTables.shownRows(reopened))
        .extracting(row -> row.subList(1, 5))
        .containsExactly(
            List.of("october.csv", "generic-usage-csv", "", "9"),
            List.of("november.csv", "generic-usage-csv", "", "4"));
    assertThat(dialogs.errors()).isEmpty();
  }

  @Test
  void closingWithUnsavedChangesAsksFirst(FxRobot robot) throws Exception {
    String name = file.getFileName().toString();
    waitUntil(() -> stage.getTitle().equals("TokenLedger — " + name));
    dialogs.willChoose(UsageCsv.good(folder, "october.csv", 3)).willAnswer("Cancel");
    shortcut(robot, KeyCode.I);
    waitUntil(() -> stage.getTitle().endsWith(" *"));

    shortcut(robot, KeyCode.W);

    assertThat(dialogs.questions()).singleElement().asString().startsWith("Save changes?");
    assertThat(stage.getTitle()).isEqualTo("TokenLedger — " + name + " *");
  }

  private static void shortcut(FxRobot robot, KeyCode key) {
    robot.press(KeyCode.CONTROL).type(key).release(KeyCode.CONTROL);
    WaitForAsyncUtils.waitForFxEvents();
  }

  /**
   * Clicks the log row until the page has recorded the selection: on a loaded machine the log may
   * still be re-read (its rows replaced) when the first click lands.
   */
  private void selectImport(FxRobot robot, String fileName, int importId) throws TimeoutException {
    BooleanSupplier recorded =
        () ->
            Integer.valueOf(importId)
                .equals(viewModels.workspace().state().pages().sources().selectedImportId());
    for (int attempt = 0; attempt < 5 && !recorded.getAsBoolean(); attempt++) {
      robot.clickOn(fileName);
      try {
        WaitForAsyncUtils.waitFor(4, TimeUnit.SECONDS, recorded::getAsBoolean);
      } catch (TimeoutException retry) {
        // the click fell on rows being replaced: click again
      }
    }
    waitUntil(recorded);
  }

  private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
  }
}
