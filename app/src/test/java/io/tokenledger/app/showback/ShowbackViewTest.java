package io.tokenledger.app.showback;

import static io.tokenledger.app.testing.FxPages.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.tokenledger.app.AppServices;
import io.tokenledger.app.task.JavaFxTaskExecutor;
import io.tokenledger.app.testing.FxPages;
import io.tokenledger.app.testing.FxTables;
import io.tokenledger.app.testing.ShowbackRows;
import io.tokenledger.app.testing.StubDialogService;
import io.tokenledger.app.testing.TestServices;
import io.tokenledger.app.workspace.CurrentWorkspace;
import io.tokenledger.engine.showback.PoiShowbackService;
import io.tokenledger.engine.workspace.Workspace;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Showback page in a real (headless) JavaFX scene over a workspace with a month of cost. */
@ExtendWith(ApplicationExtension.class)
class ShowbackViewTest {

  /** How long a step may take to show on the page. */
  private static final long WAIT_SECONDS = 30;

  @TempDir Path folder;

  private final AppServices services = TestServices.create();
  private final StubDialogService dialogs = new StubDialogService();
  private final JavaFxTaskExecutor executor = new JavaFxTaskExecutor();
  private final List<Path> opened = new ArrayList<>();
  private Workspace workspace;

  @Start
  void start(Stage stage) throws Exception {
    workspace = services.workspaceStore().inMemory();
    ShowbackRows.insert(workspace);
    CurrentWorkspace current = new CurrentWorkspace();
    current.replace(workspace);
    ShowbackViewModel viewModel =
        new ShowbackViewModel(
            new PoiShowbackService(),
            services.allocationService(),
            current,
            executor,
            dialogs,
            opened::add,
            "TokenLedger test");
    FxPages.show(
        stage, new javafx.scene.layout.StackPane(new ShowbackView(viewModel).node()), 1200, 700);
  }

  @AfterEach
  void stop() {
    FxPages.close(executor, workspace);
  }

  @Test
  void thePreviewShowsTheMonthAndExportWritesTheFileToOpen(FxRobot robot) throws Exception {
    Label billed = robot.lookup("#showback-figure-0").queryAs(Label.class);
    waitUntil(WAIT_SECONDS, () -> billed.getText().endsWith("99.99"));
    TableView<?> groups = robot.lookup("#showback-groups").queryTableView();
    waitUntil(WAIT_SECONDS, () -> FxTables.shownRows(groups).size() == 3);
    assertThat(FxTables.shownRows(groups).get(0).get(0)).isEqualTo("Acme Corp");

    org.controlsfx.control.CheckComboBox<?> audiences =
        robot.lookup("#showback-audiences").queryAs(org.controlsfx.control.CheckComboBox.class);
    robot.interact(() -> audiences.getCheckModel().check(1));
    waitUntil(WAIT_SECONDS, () -> billed.getText().endsWith("30.00"));
    assertThat(audiences.getCheckModel().getCheckedIndices()).containsExactly(1);
    robot.interact(() -> audiences.getCheckModel().clearChecks());
    waitUntil(WAIT_SECONDS, () -> billed.getText().endsWith("99.99"));

    dialogs.willChoose(folder.resolve("pack.xlsx"));
    robot.clickOn("#showback-export");
    Button open = robot.lookup("#showback-open").queryButton();
    waitUntil(WAIT_SECONDS, open::isVisible);
    robot.clickOn("#showback-open");

    waitUntil(WAIT_SECONDS, () -> opened.size() == 1);
    assertThat(opened).containsExactly(folder.resolve("pack.xlsx").toAbsolutePath());
    assertThat(robot.lookup("#showback-export-status").queryAs(Label.class).getText())
        .startsWith("Wrote pack.xlsx: ");
    assertThat(dialogs.errors()).isEmpty();
  }
}
