package io.tokenledger.app.sources;

import static io.tokenledger.app.testing.FxPages.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.tokenledger.app.AppServices;
import io.tokenledger.app.status.StatusBarView;
import io.tokenledger.app.status.StatusBarViewModel;
import io.tokenledger.app.task.JavaFxTaskExecutor;
import io.tokenledger.app.testing.ControllableImportService;
import io.tokenledger.app.testing.FxPages;
import io.tokenledger.app.testing.FxTables;
import io.tokenledger.app.testing.StubDialogService;
import io.tokenledger.app.testing.TestServices;
import io.tokenledger.app.testing.UsageCsv;
import io.tokenledger.app.workspace.CurrentWorkspace;
import io.tokenledger.engine.workspace.Workspace;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Sources page in a real (headless) JavaFX scene, importing through the real importers. */
@ExtendWith(ApplicationExtension.class)
class SourcesViewTest {

  /** How long a step may take to show on the page. */
  private static final long WAIT_SECONDS = 15;

  @TempDir Path folder;

  private final AppServices services = TestServices.create();
  private final StubDialogService dialogs = new StubDialogService();
  private final ControllableImportService importService =
      new ControllableImportService(services.importService());
  private final JavaFxTaskExecutor executor = new JavaFxTaskExecutor();
  private Workspace workspace;

  @Start
  void start(Stage stage) {
    workspace = services.workspaceStore().inMemory();
    CurrentWorkspace current = new CurrentWorkspace();
    current.replace(workspace);
    SourcesViewModel sources = new SourcesViewModel(importService, current, executor, dialogs);
    BorderPane root = new BorderPane(new SourcesView(sources));
    root.setBottom(new StatusBarView(new StatusBarViewModel(current, executor)));
    FxPages.show(stage, root, 1100, 700);
  }

  @AfterEach
  void stop() {
    FxPages.close(executor, workspace);
  }

  @Test
  void anAddedFileIsImportedAndListedWithItsRowCount(FxRobot robot) throws Exception {
    dialogs.willChoose(UsageCsv.good(folder, "october-usage.csv", 42));

    robot.clickOn("#add-files");

    TableView<?> log = robot.lookup("#import-log").queryTableView();
    waitUntil(WAIT_SECONDS, () -> FxTables.shownRows(log).size() == 1);
    List<String> row = FxTables.shownRows(log).get(0);
    // ID, File, Format, Version, Rows, Rejected, Imported at, SHA-256
    assertThat(row.subList(0, 6))
        .containsExactly("1", "october-usage.csv", "generic-usage-csv", "", "42", "0");
    assertThat(row.get(7)).hasSize(12).matches("[0-9a-f]+");
    Label health = robot.lookup("#status-health").queryAs(Label.class);
    waitUntil(
        WAIT_SECONDS, () -> health.getText().equals("1 source · 42 usage events · 0 cost lines"));
    assertThat(robot.lookup("#report-message").queryAs(Label.class).getText())
        .startsWith("Imported: october-usage.csv: imported 42 rows");
  }

  @Test
  void aFileWithABadRowShowsTheRejectedLine(FxRobot robot) throws Exception {
    dialogs.willChoose(UsageCsv.withBadTokenCount(folder, "broken.csv", 20, 9));

    robot.clickOn("#add-files");

    TableView<?> rejects = robot.lookup("#import-rejects").queryTableView();
    waitUntil(WAIT_SECONDS, () -> FxTables.shownRows(rejects).size() == 1);
    List<String> reject = FxTables.shownRows(rejects).get(0);
    assertThat(reject.subList(0, 3)).containsExactly("broken.csv", "9", "in_uncached");
    assertThat(reject.get(3)).contains("lots");
    assertThat(robot.lookup("#report-message").queryAs(Label.class).getText())
        .startsWith("Rejected: broken.csv: 1 invalid row(s); nothing was imported");
    assertThat(FxTables.shownRows(robot.lookup("#import-log").queryTableView())).isEmpty();
    TableView<?> reports = robot.lookup("#import-reports").queryTableView();
    assertThat(FxTables.shownRows(reports).get(0).get(0)).isEqualTo("Rejected");
  }

  @Test
  void theSameFileAgainOffersReplace(FxRobot robot) throws Exception {
    Path file = UsageCsv.good(folder, "usage.csv", 4);
    dialogs.willChoose(file).willChoose(file);
    robot.clickOn("#add-files");
    TableView<?> log = robot.lookup("#import-log").queryTableView();
    waitUntil(WAIT_SECONDS, () -> FxTables.shownRows(log).size() == 1);

    robot.clickOn("#add-files");
    waitUntil(WAIT_SECONDS, () -> robot.lookup("#replace-import").query().isVisible());
    assertThat(robot.lookup("#report-message").queryAs(Label.class).getText())
        .startsWith("Already imported: usage.csv: already imported as usage.csv (import 1");

    robot.clickOn("#replace-import");

    waitUntil(WAIT_SECONDS, () -> "2".equals(firstCell(log)));
    assertThat(FxTables.shownRows(log)).hasSize(1);
    assertThat(FxTables.shownRows(log).get(0).get(4)).isEqualTo("4");
  }

  @Test
  void aRunningImportShowsProgressAndCancelStopsIt(FxRobot robot) throws Exception {
    importService.holdUntilCancelled();
    dialogs.willChoose(UsageCsv.good(folder, "huge.csv", 1));

    robot.clickOn("#add-files");
    waitUntil(WAIT_SECONDS, () -> robot.lookup("#import-progress").query().isVisible());
    waitUntil(
        15,
        () ->
            robot
                .lookup("#import-progress .label")
                .queryAs(Label.class)
                .getText()
                .equals("Importing huge.csv — Reading rows"));
    // The status bar lists the same task with its own cancel button.
    assertThat(robot.lookup(".tl-status-bar .tl-task-row").queryAll()).hasSize(1);

    robot.clickOn("#cancel-import");

    TableView<?> reports = robot.lookup("#import-reports").queryTableView();
    waitUntil(WAIT_SECONDS, () -> FxTables.shownRows(reports).size() == 1);
    assertThat(FxTables.shownRows(reports).get(0).get(0)).isEqualTo("Cancelled");
    waitUntil(WAIT_SECONDS, () -> !robot.lookup("#import-progress").query().isVisible());
    assertThat(robot.lookup(".tl-status-bar .tl-task-row").queryAll()).isEmpty();
  }

  @Test
  void aFocusFileShowsItsFocusReportWithVersionColumnsAndFailedRules(FxRobot robot)
      throws Exception {
    dialogs.willChoose(
        io.tokenledger.sampledata.RealData.file(
            "focus/ai-billing-draft/multi_model_invoice_via_csp_marketplace.csv"));

    robot.clickOn("#add-files");

    TableView<?> findings = robot.lookup("#focus-findings").queryTableView();
    waitUntil(WAIT_SECONDS, () -> !FxTables.shownRows(findings).isEmpty());
    assertThat(robot.lookup("#focus-report-summary").queryAs(Label.class).getText())
        .startsWith("FOCUS 1.3 · ")
        .contains("1 extra column", "rules failed (");
    // The table's rows, rendered or further down: columns first, then the failed rules.
    List<FocusFinding> shown =
        findings.getItems().stream().map(item -> (FocusFinding) item).toList();
    assertThat(shown)
        .contains(new FocusFinding("Missing (deprecated) · 2", "ProviderName, PublisherName"))
        .contains(new FocusFinding("Extra (not FOCUS) · 1", "PrincipalId"))
        .anySatisfy(finding -> assertThat(finding.kind()).startsWith("Rule ("));
    assertThat(FxTables.shownRows(findings).get(0).get(0)).startsWith("Missing (conditional)");
    // The raw warnings would repeat the report: only the report is shown.
    assertThat(robot.lookup("#import-warnings").query().isVisible()).isFalse();
  }

  private static String firstCell(TableView<?> table) {
    List<List<String>> rows = FxTables.shownRows(table);
    return rows.isEmpty() ? null : rows.get(0).get(0);
  }
}
