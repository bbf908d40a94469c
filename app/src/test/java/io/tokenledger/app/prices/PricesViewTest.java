package io.tokenledger.app.prices;

import static org.assertj.core.api.Assertions.assertThat;

import io.tokenledger.app.testing.FxPages;
import io.tokenledger.app.testing.TestWorkspaces;
import io.tokenledger.engine.pricing.DefaultPricingService;
import io.tokenledger.engine.pricing.PriceCatalogFormat;
import io.tokenledger.engine.workspace.Workspace;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Prices page headless: the price book table, the unpriced list and the coverage line. */
@ExtendWith(ApplicationExtension.class)
class PricesViewTest {

  private final ExecutorService background = Executors.newSingleThreadExecutor();
  private Workspace workspace;
  private PricesViewModel model;

  @Start
  void start(Stage stage) throws Exception {
    workspace = TestWorkspaces.inMemory(PricesViewModelTest.TWO_MODELS);
    new DefaultPricingService().importShippedCatalog(workspace, PriceCatalogFormat.LITELLM, null);
    model =
        new PricesViewModel(
            new DefaultPricingService(), () -> workspace, background, Platform::runLater);
    stage.setScene(new Scene((javafx.scene.Parent) new PricesView(model).root(), 1200, 700));
    stage.show();
  }

  @AfterEach
  void close() throws Exception {
    FxPages.close(background, workspace);
  }

  @Test
  void theTablesFillOffTheFxThreadAndTheUnpricedModelIsListed(FxRobot robot) throws Exception {
    robot.clickOn(".text-field").write("gpt-4o-mini");
    robot.interact(model::refresh);
    WaitForAsyncUtils.waitFor(
        20, TimeUnit.SECONDS, () -> !model.busyProperty().get() && !model.prices().isEmpty());
    WaitForAsyncUtils.waitForFxEvents();

    TableView<?> prices = robot.lookup(".table-view").queryAs(TableView.class);
    assertThat(prices.getItems()).isNotEmpty();
    assertThat(robot.lookup("acme-llm").tryQuery()).isPresent();
    assertThat(
            robot.lookup(".label").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText() != null && l.getText().contains("model(s) unpriced")))
        .isTrue();
  }
}
