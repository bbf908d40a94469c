package io.tokenledger.app.showback;

import static org.assertj.core.api.Assertions.assertThat;

import io.tokenledger.app.AppServices;
import io.tokenledger.app.task.JavaFxTaskExecutor;
import io.tokenledger.app.testing.FxTables;
import io.tokenledger.app.testing.ShowbackRows;
import io.tokenledger.app.testing.StubDialogService;
import io.tokenledger.app.testing.TestServices;
import io.tokenledger.app.theme.AppTheme;
import io.tokenledger.app.workspace.CurrentWorkspace;
import io.tokenledger.engine.showback.PoiShowbackService;
import io.tokenledger.engine.workspace.Workspace;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Scene;
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
import org.testfx.util.WaitForAsyncUtils;

/** The Showback page in a real (headless) JavaFX scene over a workspace with a month of cost. */
@ExtendWith(ApplicationExtension.class)
class ShowbackViewTest {

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
    Scene scene =
        new Scene(new javafx.scene.layout.StackPane(new ShowbackView(viewModel).node()), 1200, 700);
    new AppTheme(false).install(scene);
    stage.setScene(scene);
    stage.show();
  }

  @AfterEach
  void stop() {
    executor.shutdown(Duration.ofSeconds(5));
    workspace.close();
  }

  @Test
  void thePreviewShowsTheMonthAndExportWritesTheFileToOpen(FxRobot robot) throws Exception {
    Label billed = robot.lookup("#showback-figure-0").queryAs(Label.class);
    waitUntil(() -> billed.getText().endsWith("99.99"));
    TableView<?> groups = robot.lookup("#showback-groups").queryTableView();
    waitUntil(() -> FxTables.shownRows(groups).size() == 3);
    assertThat(FxTables.shownRows(groups).get(0).get(0)).isEqualTo("Acme Corp");

    org.controlsfx.control.CheckComboBox<?> audiences =
        robot.lookup("#showback-audiences").queryAs(org.controlsfx.control.CheckComboBox.class);
    robot.interact(() -> audiences.getCheckModel().check(1));
    waitUntil(() -> billed.getText().endsWith("30.00"));
    assertThat(audiences.getCheckModel().getCheckedIndices()).containsExactly(1);
    robot.interact(() -> audiences.getCheckModel().clearChecks());
    waitUntil(() -> billed.getText().endsWith("99.99"));

    dialogs.willChoose(folder.resolve("pack.xlsx"));
    robot.clickOn("#showback-export");
    Button open = robot.lookup("#showback-open").queryButton();
    waitUntil(open::isVisible);
    robot.clickOn("#showback-open");

    waitUntil(() -> opened.size() == 1);
    assertThat(opened).containsExactly(folder.resolve("pack.xlsx").toAbsolutePath());
    assertThat(robot.lookup("#showback-export-status").queryAs(Label.class).getText())
        .startsWith("Wrote pack.xlsx: ");
    assertThat(dialogs.errors()).isEmpty();
  }

  private static void waitUntil(BooleanSupplier condition) throws Exception {
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition::getAsBoolean);
    WaitForAsyncUtils.waitForFxEvents();
  }
}
