package io.tokenledger.app.clients;

import static io.tokenledger.app.testing.FxPages.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.tokenledger.app.AppServices;
import io.tokenledger.app.context.AnalysisContext;
import io.tokenledger.app.context.Period;
import io.tokenledger.app.task.JavaFxTaskExecutor;
import io.tokenledger.app.testing.FxPages;
import io.tokenledger.app.testing.FxTables;
import io.tokenledger.app.testing.ShowbackRows;
import io.tokenledger.app.testing.StubDialogService;
import io.tokenledger.app.testing.TestServices;
import io.tokenledger.app.workspace.CurrentWorkspace;
import io.tokenledger.engine.clients.DuckDbClientsService;
import io.tokenledger.engine.clients.DuckDbFxRatesService;
import io.tokenledger.engine.workspace.Workspace;
import java.sql.Connection;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The Clients page in a real (headless) JavaFX scene, October chosen at the top: $90 of October
 * spend over Acme Corp and Globex (2:1), revenue for Acme in EUR without a rate at first, for
 * Globex and for Hooli (who has no usage) in USD.
 */
@ExtendWith(ApplicationExtension.class)
class ClientsViewTest {

  /** How long a step may take to show on the page. */
  private static final long WAIT_SECONDS = 30;

  private final AppServices services = TestServices.create();
  private final StubDialogService dialogs = new StubDialogService();
  private final JavaFxTaskExecutor executor = new JavaFxTaskExecutor();
  private Workspace workspace;

  @Start
  void start(Stage stage) throws Exception {
    workspace = services.workspaceStore().inMemory();
    ShowbackRows.insert(workspace);
    try (Connection connection = workspace.newConnection();
        Statement s = connection.createStatement()) {
      s.execute(
          "INSERT INTO revenue (client, client_id, period_start, period_end, amount, currency)"
              + " VALUES ('Acme Corp', 'acme', '2026-10-01', '2026-10-31', 1000, 'EUR'),"
              + " ('Globex', NULL, '2026-10-01', '2026-10-31', 100, 'USD'),"
              + " ('Hooli', NULL, '2026-10-01', '2026-10-31', 100, 'USD')");
    }
    CurrentWorkspace current = new CurrentWorkspace();
    current.replace(workspace);
    AnalysisContext context = new AnalysisContext(services.exploreService(), current, executor);
    context.periodProperty().set(Period.month(YearMonth.of(2026, 10)));
    ClientsViewModel viewModel =
        new ClientsViewModel(
            new DuckDbClientsService(),
            new DuckDbFxRatesService(),
            services.allocationService(),
            current,
            context,
            executor,
            dialogs);
    FxPages.show(stage, new ClientsView(viewModel), 1200, 700);
  }

  @AfterEach
  void stop() {
    FxPages.close(executor, workspace);
  }

  @Test
  void aMissingRateIsShownThenTypingItInShowsTheClients(FxRobot robot) throws Exception {
    Label problem = robot.lookup("#clients-problem").queryAs(Label.class);
    waitUntil(WAIT_SECONDS, () -> problem.getText().contains("EUR 2026-10"));
    assertThat(problem.getText()).contains("No FX rate to USD");

    robot.clickOn("FX rates");
    robot.clickOn("#fx-month").write("2026-10");
    robot.clickOn("#fx-from").write("EUR");
    robot.clickOn("#fx-to").write("USD");
    robot.clickOn("#fx-rate").write("1.1");
    robot.clickOn("#fx-save");

    TableView<?> table = robot.lookup("#clients-table").queryTableView();
    waitUntil(WAIT_SECONDS, () -> FxTables.shownRows(table).size() == 3);
    assertThat(problem.getText()).isEmpty();
    List<List<String>> rows = FxTables.shownRows(table);
    // Acme: 1000 EUR x 1.1 = 1,100.00 of 1,300.00; $60 of the $90 spread 2:1 by tokens
    assertThat(rows.get(0).subList(0, 5))
        .containsExactly("Acme Corp", "1,100.00", "84.6%", "60.00", "66.7%");
    assertThat(rows.get(1).subList(0, 5))
        .containsExactly("Globex", "100.00", "7.7%", "30.00", "33.3%");
    assertThat(rows.get(2).subList(0, 4)).containsExactly("Hooli", "100.00", "7.7%", "0.00");
    VBox sentences = robot.lookup("#clients-sentences").queryAs(VBox.class);
    assertThat(sentences.getChildren())
        .extracting(n -> ((Label) n).getText())
        .containsExactly("Globex: 7.7% of revenue, 33% of LLM spend, margin 70%");
    assertThat(robot.lookup("#clients-summary").queryAs(Label.class).getText())
        .contains("Revenue 1,300.00 USD")
        .contains("LLM spend 90.00 USD")
        .contains("unallocated 9.99 USD");

    robot.clickOn("Unmatched");
    ListView<?> revenueOnly = robot.lookup("#clients-revenue-only").queryListView();
    assertThat(revenueOnly.getItems()).extracting(Object::toString).containsExactly("Hooli");

    robot.clickOn("Client");
    robot.clickOn("Globex");
    TableView<?> features = robot.lookup("#clients-drill-features").queryTableView();
    waitUntil(
        30,
        () ->
            FxTables.shownRows(features).size() == 1
                && FxTables.shownRows(features).get(0).get(1).equals("30.00"));
    assertThat(FxTables.shownRows(features).get(0).subList(0, 3))
        .containsExactly("chat", "30.00", "100.0%");
    assertThat(dialogs.errors()).isEmpty();
  }
}
