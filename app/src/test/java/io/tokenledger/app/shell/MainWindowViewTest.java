package io.tokenledger.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import io.tokenledger.app.task.JavaFxTaskExecutor;
import io.tokenledger.app.testing.StubDialogService;
import io.tokenledger.app.testing.TestServices;
import io.tokenledger.app.theme.AppTheme;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;
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

/** The main window headless: workspace in the title, pages by keyboard, theme switch, snapshot. */
@ExtendWith(ApplicationExtension.class)
class MainWindowViewTest {

  @TempDir static Path folder;

  private final JavaFxTaskExecutor executor = new JavaFxTaskExecutor();
  private ShellViewModels viewModels;
  private AppTheme theme;
  private MainWindow window;
  private Stage stage;

  @Start
  void start(Stage stage) {
    this.stage = stage;
    viewModels = ShellViewModels.create(TestServices.create(), executor, new StubDialogService());
    theme = new AppTheme(false);
    window = new MainWindow(viewModels, theme);
    window.showOn(stage);
    viewModels
        .main()
        .openAtStartup(Optional.of(folder.resolve("acme-" + System.nanoTime() + ".tlw")));
  }

  @AfterEach
  void stop() throws Exception {
    executor.shutdown(Duration.ofSeconds(5));
    WaitForAsyncUtils.asyncFx(() -> viewModels.main().closeOnExit()).get();
  }

  @Test
  void theTitleNamesTheOpenWorkspace() throws Exception {
    WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> stage.getTitle().contains(".tlw"));

    assertThat(stage.getTitle()).startsWith("TokenLedger — acme-").endsWith(".tlw");
    Label health = new FxRobot().lookup("#status-health").queryAs(Label.class);
    WaitForAsyncUtils.waitFor(
        15,
        TimeUnit.SECONDS,
        () -> health.getText().equals("0 sources · 0 usage events · 0 cost lines"));
  }

  @Test
  void everyPageIsReachableWithCtrlAndADigit(FxRobot robot) {
    robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT2).release(KeyCode.CONTROL);
    assertThat(viewModels.main().selectedPageProperty().get()).isEqualTo(Page.EXPLORE);
    assertThat(robot.lookup("#explore-page #pivot-table").tryQuery()).isPresent();
    assertThat(robot.lookup("#context-bar #period").tryQuery()).isPresent();

    robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT0).release(KeyCode.CONTROL);
    assertThat(viewModels.main().selectedPageProperty().get()).isEqualTo(Page.RULES);
    assertThat(robot.lookup("#rules-page").tryQuery()).isPresent();

    robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT1).release(KeyCode.CONTROL);
    assertThat(robot.lookup("#sources-page").tryQuery()).isPresent();
  }

  @Test
  void arrowKeysInTheSidebarMoveBetweenPages(FxRobot robot) {
    robot.clickOn("Sources");
    robot.type(KeyCode.DOWN, 2);

    assertThat(viewModels.main().selectedPageProperty().get()).isEqualTo(Page.CLIENTS);
    assertThat(robot.lookup("#clients-page #clients-table").tryQuery()).isPresent();
  }

  @Test
  void theDarkThemeIsSwitchedFromTheViewMenu(FxRobot robot) {
    Node root = window.scene().getRoot();
    PseudoClass dark = PseudoClass.getPseudoClass("dark");
    assertThat(root.getPseudoClassStates()).doesNotContain(dark);

    robot
        .press(KeyCode.CONTROL, KeyCode.SHIFT)
        .type(KeyCode.D)
        .release(KeyCode.SHIFT, KeyCode.CONTROL);

    assertThat(theme.darkProperty().get()).isTrue();
    assertThat(root.getPseudoClassStates()).contains(dark);
  }

  @Test
  void aSnapshotOfTheWindowIsAPngOfItsSize() throws Exception {
    Path file = folder.resolve("shot.png");
    SceneSnapshot snapshot =
        WaitForAsyncUtils.asyncFx(() -> SceneSnapshot.of(window.scene())).get();

    snapshot.writePng(file);

    var image = javax.imageio.ImageIO.read(file.toFile());
    assertThat(image.getWidth()).isEqualTo((int) MainWindow.WIDTH);
    assertThat(image.getHeight()).isEqualTo((int) MainWindow.HEIGHT);
  }
}
