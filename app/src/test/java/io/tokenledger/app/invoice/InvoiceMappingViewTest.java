package io.tokenledger.app.invoice;

import static io.tokenledger.app.testing.FxPages.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.tokenledger.app.AppServices;
import io.tokenledger.app.shell.SceneSnapshot;
import io.tokenledger.app.sources.SourcesView;
import io.tokenledger.app.sources.SourcesViewModel;
import io.tokenledger.app.task.JavaFxTaskExecutor;
import io.tokenledger.app.testing.FxPages;
import io.tokenledger.app.testing.FxTables;
import io.tokenledger.app.testing.StubDialogService;
import io.tokenledger.app.testing.TestServices;
import io.tokenledger.app.workspace.CurrentWorkspace;
import io.tokenledger.app.workspace.WorkspaceQuery;
import io.tokenledger.engine.workspace.Workspace;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
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

/**
 * The invoice mapping dialog driven end to end in a headless scene, through the real importers: a
 * sheet no importer knows is dropped, mapped, saved and imported; the next sheet of its shape is
 * imported without asking; the template is then listed and deleted.
 */
@ExtendWith(ApplicationExtension.class)
class InvoiceMappingViewTest {

  /** How long a step may take to show on the page. */
  private static final long WAIT_SECONDS = 20;

  private static final String HEADER = "When,Line item,AI model,Tokens,Unit,Sum,Curr\n";

  @TempDir Path folder;

  private final AppServices services = TestServices.create();
  private final StubDialogService dialogs = new StubDialogService();
  private final JavaFxTaskExecutor executor = new JavaFxTaskExecutor();
  private final AtomicInteger mappingsOpened = new AtomicInteger();
  private Workspace workspace;
  private SourcesViewModel sources;

  @Start
  void start(Stage stage) {
    workspace = services.workspaceStore().inMemory();
    CurrentWorkspace current = new CurrentWorkspace();
    current.replace(workspace);
    sources =
        new SourcesViewModel(
            services.importService(), services.invoiceTemplates(), current, executor, dialogs);
    sources
        .invoiceMappingProperty()
        .addListener(
            (obs, was, now) -> {
              if (now != null) {
                mappingsOpened.incrementAndGet();
              }
            });
    FxPages.show(stage, new SourcesView(sources), 1200, 800);
  }

  @AfterEach
  void stop() {
    FxPages.close(executor, workspace);
  }

  @Test
  void aSheetIsMappedSavedAndImportedAndTheNextOfItsShapeImportsWithoutAsking(FxRobot robot)
      throws Exception {
    Path october =
        Files.writeString(
            folder.resolve("acme-ai-2026-10.csv"),
            HEADER
                + "2026-10-01,Input tokens,gpt-4o,1000000,tokens,\"$2,500.10\",USD\n"
                + "2026-10-02,Output tokens,gpt-4o,200000,tokens,$10.25,USD\n"
                + "2026-10-31,Support plan,,,,$2.00,USD\n");
    dialogs.willChoose(october);

    robot.clickOn("#add-files");

    waitUntil(WAIT_SECONDS, () -> robot.lookup("#invoice-mapping").tryQuery().isPresent());
    waitUntil(WAIT_SECONDS, () -> FxTables.shownRows(table(robot, "#invoice-sample")).size() == 3);
    assertThat(FxTables.shownRows(table(robot, "#invoice-sample")).get(0))
        .containsExactly(
            "2026-10-01", "Input tokens", "gpt-4o", "1000000", "tokens", "$2,500.10", "USD");
    // "When" and "Sum" say nothing the guess knows: the two required roles are still open.
    assertThat(label(robot, "#invoice-problem").getText())
        .isEqualTo("Choose the column for: date, amount.");
    assertThat(robot.lookup("#invoice-save").queryAs(Button.class).isDisabled()).isTrue();
    assertThat(combo(robot, "#invoice-column-model").getValue()).isEqualTo("AI model");

    choose(robot, "#invoice-column-date", "When");
    choose(robot, "#invoice-column-amount", "Sum");

    String expected = "3 lines · USD " + cents(sheetTotal(october));
    waitUntil(WAIT_SECONDS, () -> expected.equals(label(robot, "#invoice-totals").getText()));
    assertThat(expected).isEqualTo("3 lines · USD 2,512.35");
    waitUntil(WAIT_SECONDS, () -> FxTables.shownRows(table(robot, "#invoice-preview")).size() == 3);
    assertThat(FxTables.shownRows(table(robot, "#invoice-preview")).get(0).subList(0, 4))
        .containsExactly("2", "2026-10-01", "2500.10", "USD");

    // Keyboard only from here: the name field, then Enter for the default button.
    robot.clickOn("#invoice-template-name");
    robot.push(KeyCode.CONTROL, KeyCode.A).write("Acme AI");
    waitUntil(
        WAIT_SECONDS, () -> !robot.lookup("#invoice-save").queryAs(Button.class).isDisabled());
    screenshotForTheDocs(robot);
    robot.push(KeyCode.ENTER);

    TableView<?> log = table(robot, "#import-log");
    waitUntil(WAIT_SECONDS, () -> FxTables.shownRows(log).size() == 1);
    assertThat(FxTables.shownRows(log).get(0).subList(1, 6))
        .containsExactly("acme-ai-2026-10.csv", "invoice", "", "3", "0");
    assertThat(robot.lookup("#invoice-mapping").tryQuery()).isEmpty();
    assertThat(billedInWorkspace(1)).isEqualByComparingTo(sheetTotal(october));

    Path november =
        Files.writeString(
            folder.resolve("acme-ai-2026-11.csv"),
            HEADER
                + "2026-11-01,Input tokens,gpt-4o,3000000,tokens,\"$7,500.33\",USD\n"
                + "2026-11-30,Credit,,,,($1.01),USD\n");
    dialogs.willChoose(november);

    robot.clickOn("#add-files");

    waitUntil(WAIT_SECONDS, () -> FxTables.shownRows(log).size() == 2);
    assertThat(FxTables.shownRows(log).get(1).subList(1, 5))
        .containsExactly("acme-ai-2026-11.csv", "invoice", "", "2");
    assertThat(mappingsOpened.get()).isEqualTo(1);
    assertThat(robot.lookup("#invoice-mapping").tryQuery()).isEmpty();
    assertThat(label(robot, "#report-message").getText())
        .contains("acme-ai-2026-11.csv: imported 2 rows");
    assertThat(billedInWorkspace(2)).isEqualByComparingTo(sheetTotal(november));
    assertThat(billedInWorkspace(2)).isEqualByComparingTo("7499.32");

    robot.clickOn("#invoice-templates-button");
    TableView<?> templates = table(robot, "#invoice-template-list");
    waitUntil(WAIT_SECONDS, () -> FxTables.shownRows(templates).size() == 1);
    assertThat(FxTables.shownRows(templates).get(0).get(0)).isEqualTo("Acme AI");
    assertThat(FxTables.shownRows(templates).get(0).get(2)).isEqualTo("When · Sum · Curr");
    robot.clickOn("Acme AI");
    robot.push(KeyCode.DELETE);
    waitUntil(WAIT_SECONDS, () -> FxTables.shownRows(templates).isEmpty());
    assertThat(services.invoiceTemplates().list(workspace)).isEmpty();
  }

  @Test
  void cancellingTheMappingImportsNothingAndSaysSo(FxRobot robot) throws Exception {
    Path sheet =
        Files.writeString(
            folder.resolve("vendor.csv"), "Posted,Memo,Charge\n2026-10-01,GPU hours,12.00\n");
    dialogs.willChoose(sheet);
    robot.clickOn("#add-files");
    waitUntil(WAIT_SECONDS, () -> robot.lookup("#invoice-mapping").tryQuery().isPresent());

    robot.push(KeyCode.ESCAPE);

    TableView<?> reports = table(robot, "#import-reports");
    waitUntil(WAIT_SECONDS, () -> FxTables.shownRows(reports).size() == 1);
    assertThat(FxTables.shownRows(reports).get(0).get(0)).isEqualTo("Cancelled");
    assertThat(label(robot, "#report-message").getText())
        .contains("vendor.csv: not imported; its columns were not mapped");
    assertThat(billedInWorkspace(1)).isEqualByComparingTo(BigDecimal.ZERO);
  }

  /**
   * With {@code -Dtokenledger.screenshots=DIR}, writes the dialog as DIR/invoice-mapping.png (the
   * picture in the docs is made by this test, so it shows what the test checked).
   */
  private static void screenshotForTheDocs(FxRobot robot) throws Exception {
    String folder = System.getProperty("tokenledger.screenshots");
    if (folder == null || folder.isBlank()) {
      return;
    }
    Scene dialog = robot.lookup("#invoice-mapping").query().getScene();
    java.util.concurrent.atomic.AtomicReference<SceneSnapshot> taken =
        new java.util.concurrent.atomic.AtomicReference<>();
    robot.interact(() -> taken.set(SceneSnapshot.of(dialog)));
    taken.get().writePng(Path.of(folder).resolve("invoice-mapping.png"));
  }

  /** The amounts of the sheet summed apart: "$2,500.10" and "($1.01)" read by hand. */
  private static BigDecimal sheetTotal(Path csv) throws Exception {
    BigDecimal total = BigDecimal.ZERO;
    List<String> lines = Files.readAllLines(csv);
    for (String line : lines.subList(1, lines.size())) {
      // split on the commas outside quotes; the amount is the sixth column
      String amount = line.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)")[5];
      String digits = amount.replaceAll("[\"$,]", "");
      BigDecimal value =
          digits.startsWith("(")
              ? new BigDecimal(digits.substring(1, digits.length() - 1)).negate()
              : new BigDecimal(digits);
      total = total.add(value);
    }
    return total;
  }

  private static String cents(BigDecimal value) {
    return String.format(Locale.ROOT, "%,.2f", value.setScale(2, RoundingMode.HALF_UP));
  }

  private BigDecimal billedInWorkspace(int importId) throws Exception {
    return WorkspaceQuery.run(
        workspace,
        connection -> {
          try (PreparedStatement query =
              connection.prepareStatement(
                  "SELECT coalesce(sum(BilledCost), 0) FROM cost_lines WHERE import_id = ?")) {
            query.setInt(1, importId);
            try (ResultSet rows = query.executeQuery()) {
              rows.next();
              return rows.getBigDecimal(1);
            }
          }
        });
  }

  private static void choose(FxRobot robot, String comboId, String column) throws Exception {
    robot.clickOn(comboId);
    Node cell =
        robot
            .lookup(
                node ->
                    node instanceof ListCell<?> listCell
                        && column.equals(listCell.getText())
                        && listCell.isVisible())
            .query();
    robot.clickOn(cell);
    waitUntil(WAIT_SECONDS, () -> column.equals(combo(robot, comboId).getValue()));
  }

  private static TableView<?> table(FxRobot robot, String id) {
    return robot.lookup(id).queryTableView();
  }

  private static Label label(FxRobot robot, String id) {
    return robot.lookup(id).queryAs(Label.class);
  }

  @SuppressWarnings("unchecked")
  private static ComboBox<String> combo(FxRobot robot, String id) {
    return robot.lookup(id).queryAs(ComboBox.class);
  }
}
