package io.tokenledger.app.explore;

import static org.assertj.core.api.Assertions.assertThat;

import io.tokenledger.app.AppServices;
import io.tokenledger.app.context.AnalysisContext;
import io.tokenledger.app.context.ContextBar;
import io.tokenledger.app.task.FxDebouncer;
import io.tokenledger.app.task.JavaFxTaskExecutor;
import io.tokenledger.app.testing.ExploreData;
import io.tokenledger.app.testing.FxTables;
import io.tokenledger.app.testing.StubDialogService;
import io.tokenledger.app.testing.TestServices;
import io.tokenledger.app.theme.AppTheme;
import io.tokenledger.app.workspace.CurrentWorkspace;
import io.tokenledger.engine.export.PivotColumn;
import io.tokenledger.engine.task.Cancellation;
import io.tokenledger.engine.task.ProgressListener;
import io.tokenledger.engine.workspace.Workspace;
import io.tokenledger.importers.ImportOptions;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.controlsfx.control.CheckComboBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Explore page in a real (headless) scene over a workspace made by importing a generic usage
 * CSV and writing its bills: the numbers shown are checked against independent SQL.
 */
@ExtendWith(ApplicationExtension.class)
class ExploreViewTest {

  @TempDir static Path folder;

  private final AppServices services = TestServices.create();
  private final JavaFxTaskExecutor executor = new JavaFxTaskExecutor();
  private Workspace workspace;
  private ExploreViewModel viewModel;

  @Start
  void start(Stage stage) throws Exception {
    workspace = services.workspaceStore().inMemory();
    Path usage = Files.createTempDirectory(folder, "usage");
    services
        .importService()
        .importFile(
            workspace,
            ExploreData.usageCsv(usage),
            ImportOptions.defaults(),
            ProgressListener.NONE,
            Cancellation.none());
    ExploreData.writeBills(workspace);
    CurrentWorkspace current = new CurrentWorkspace();
    current.replace(workspace);
    AnalysisContext context = new AnalysisContext(services.exploreService(), current, executor);
    viewModel =
        new ExploreViewModel(
            services.exploreService(),
            services.allocationService(),
            current,
            context,
            executor,
            new StubDialogService(),
            new FxDebouncer(Duration.ofMillis(50)),
            Clock.systemUTC());
    BorderPane root = new BorderPane(new ExploreView(viewModel));
    root.setTop(new ContextBar(context));
    Scene scene = new Scene(root, 1280, 800);
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
  void theFirstViewShowsCostPerClientPerMonthAsIndependentSqlComputesIt(FxRobot robot)
      throws Exception {
    TableView<?> pivot = robot.lookup("#pivot-table").queryTableView();
    waitUntil(() -> FxTables.shownRows(pivot).size() == 5);

    List<List<String>> rows = FxTables.shownRows(pivot);
    // Client, 2026-09, 2026-10, Total, % of total
    assertThat(rows.get(0))
        .containsExactly(
            "acme",
            money(independentCost("acme", 9)),
            money(independentCost("acme", 10)),
            money(independentCost("acme", 9).add(independentCost("acme", 10))),
            PivotCells.format(PivotColumn.Kind.SHARE, new BigDecimal("57.8")));
    assertThat(rows.get(4).get(0)).isEqualTo("Grand total");
    assertThat(rows.get(4).get(3))
        .isEqualTo(
            money(
                ExploreData.decimal(
                    workspace, "SELECT sum(BilledCost) FROM cost_lines WHERE model IS NOT NULL")));
    assertThat(grandTotalRow(pivot).getPseudoClassStates().toString()).contains("grand-total");
    assertThat(robot.lookup("#pivot-chart-stacked").tryQuery()).isPresent();
  }

  @Test
  void pickingDimensionsShowsSubtotalsThatAddUp(FxRobot robot) throws Exception {
    TableView<?> pivot = robot.lookup("#pivot-table").queryTableView();
    waitUntil(() -> FxTables.shownRows(pivot).size() == 5);

    robot.clickOn("#add-row");
    robot.clickOn("#add-row-feature");
    robot.clickOn("#clear-column");

    waitUntil(
        () ->
            viewModel.tableProperty().get() != null
                && viewModel.tableProperty().get().request().column() == null
                && FxTables.shownRows(pivot).stream().anyMatch(r -> r.get(0).equals("acme Total")));
    List<List<String>> rows = FxTables.shownRows(pivot);
    assertThat(rows.get(0).subList(0, 3))
        .containsExactly("acme", "chat", money(independentCost("acme", "chat")));
    assertThat(rows.get(1).subList(0, 3))
        .containsExactly("acme", "search", money(independentCost("acme", "search")));
    assertThat(rows.get(2).subList(0, 3))
        .containsExactly(
            "acme Total",
            "",
            money(independentCost("acme", "chat").add(independentCost("acme", "search"))));
  }

  @Test
  void aFilterPickedFromTheWorkspacesValuesNarrowsThePivot(FxRobot robot) throws Exception {
    TableView<?> pivot = robot.lookup("#pivot-table").queryTableView();
    waitUntil(() -> FxTables.shownRows(pivot).size() == 5);

    robot.clickOn("#add-filter");
    robot.clickOn("#add-filter-provider");
    waitUntil(() -> robot.lookup("#filter-provider").tryQuery().isPresent());
    CheckComboBox<String> providers = robot.lookup("#filter-provider").query();
    waitUntil(() -> providers.getItems().equals(List.of("anthropic", "aws", "openai")));
    robot.interact(() -> providers.getCheckModel().check("anthropic"));

    waitUntil(() -> FxTables.shownRows(pivot).size() == 3);
    List<List<String>> rows = FxTables.shownRows(pivot);
    // Only October has anthropic bills: Client, 2026-10, Total, % of total.
    assertThat(rows)
        .extracting(r -> r.get(0) + " " + r.get(1))
        .containsExactly(
            "acme " + money("2.00"), "initech " + money("2.00"), "Grand total " + money("4.00"));
  }

  @Test
  void doubleClickingACellDrillsToTheRowsAndTheBreadcrumbLeadsBack(FxRobot robot) throws Exception {
    TableView<?> pivot = robot.lookup("#pivot-table").queryTableView();
    waitUntil(() -> FxTables.shownRows(pivot).size() == 5);

    Node acmeOctober = cell(pivot, 0, 2);
    robot.doubleClickOn(acmeOctober);

    TableView<?> events = robot.lookup("#drill-usage").queryTableView();
    TableView<?> amounts = robot.lookup("#drill-allocations").queryTableView();
    waitUntil(() -> FxTables.shownRows(amounts).size() > 0);
    assertThat(viewModel.drillPath())
        .extracting(DrillStep::label)
        .containsExactly("Client: acme", "Month: 2026-10");
    assertThat(robot.lookup("#drill-path .button").queryAllAs(Button.class))
        .extracting(Button::getText)
        .containsExactly("All", "acme", "2026-10");
    // Independent: acme's October events are on lines 4, 5 and 8 of the file.
    assertThat(events.getItems()).hasSize(3);
    assertThat(robot.lookup("#allocations-position").queryAs(Label.class).getText())
        .isEqualTo("1–" + amounts.getItems().size() + " of " + amounts.getItems().size());
    BigDecimal billed =
        viewModel.drillAllocations().stream()
            .map(a -> a.billed())
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    assertThat(billed).isEqualByComparingTo(independentCost("acme", 10));
    assertThat(robot.lookup("#pivot-chart").query().isVisible()).isFalse();

    robot.clickOn(
        robot.lookup("#drill-path .button").queryAllAs(Button.class).stream()
            .filter(b -> b.getText().equals("All"))
            .findFirst()
            .orElseThrow());

    waitUntil(() -> !viewModel.drillingProperty().get());
    assertThat(robot.lookup("#pivot-chart").query().isVisible()).isTrue();
    assertThat(events.getItems()).isEmpty();
  }

  private static Node cell(TableView<?> table, int row, int column) {
    return table.lookupAll(".table-row-cell").stream()
        .map(node -> (TableRow<?>) node)
        .filter(r -> r.getIndex() == row && r.getItem() != null)
        .findFirst()
        .map(r -> List.copyOf(r.lookupAll(".table-cell")).get(column))
        .orElseThrow();
  }

  private static TableRow<?> grandTotalRow(TableView<?> table) {
    return table.lookupAll(".table-row-cell").stream()
        .map(node -> (TableRow<?>) node)
        .filter(r -> r.getIndex() == table.getItems().size() - 1)
        .findFirst()
        .orElseThrow();
  }

  private BigDecimal independentCost(String client, int month) throws Exception {
    return ExploreData.allocatedCost(
        workspace, "w.client = '" + client + "' AND month(w.m) = " + month);
  }

  private BigDecimal independentCost(String client, String feature) throws Exception {
    return ExploreData.allocatedCost(
        workspace, "w.client = '" + client + "' AND w.feature = '" + feature + "'");
  }

  private static String money(BigDecimal value) {
    return PivotCells.format(PivotColumn.Kind.MONEY, value);
  }

  private static String money(String value) {
    return money(new BigDecimal(value));
  }

  private static void waitUntil(BooleanSupplier condition) throws Exception {
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
    WaitForAsyncUtils.waitForFxEvents();
  }
}
