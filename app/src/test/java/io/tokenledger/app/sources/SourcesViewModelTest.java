package io.tokenledger.app.sources;

import static org.assertj.core.api.Assertions.assertThat;

import io.tokenledger.app.AppServices;
import io.tokenledger.app.task.SynchronousTaskExecutor;
import io.tokenledger.app.testing.StubDialogService;
import io.tokenledger.app.testing.TestServices;
import io.tokenledger.app.testing.UsageCsv;
import io.tokenledger.app.workspace.CurrentWorkspace;
import io.tokenledger.app.workspace.WorkspaceQuery;
import io.tokenledger.engine.workspace.Workspace;
import io.tokenledger.importers.ImportReport;
import io.tokenledger.importers.ImportStatus;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourcesViewModelTest {

  @TempDir Path folder;

  private final AppServices services = TestServices.create();
  private final CurrentWorkspace current = new CurrentWorkspace();
  private final StubDialogService dialogs = new StubDialogService();
  private Workspace workspace;
  private SourcesViewModel viewModel;

  @BeforeEach
  void openWorkspace() {
    workspace = services.workspaceStore().inMemory();
    current.replace(workspace);
    viewModel =
        new SourcesViewModel(
            services.importService(), current, new SynchronousTaskExecutor(), dialogs);
  }

  @AfterEach
  void closeWorkspace() {
    workspace.close();
  }

  @Test
  void anImportedFileAppearsInTheLogWithItsRowCount() throws Exception {
    Path file = UsageCsv.good(folder, "usage.csv", 37);

    viewModel.importFiles(java.util.List.of(file));

    assertThat(viewModel.importLog()).hasSize(1);
    var record = viewModel.importLog().get(0);
    assertThat(record.fileName()).isEqualTo("usage.csv");
    assertThat(record.rowsImported()).isEqualTo(37);
    assertThat(record.rowsRejected()).isZero();
    assertThat(viewModel.reports())
        .extracting(ImportReport::status)
        .containsExactly(ImportStatus.IMPORTED);
    assertThat(costInWorkspace()).isEqualByComparingTo(UsageCsv.costSum(file));
    assertThat(viewModel.currentImportProperty().get()).isNull();
  }

  @Test
  void aFileWithABadRowIsRejectedWithItsLineAndNothingIsImported() throws Exception {
    Path file = UsageCsv.withBadTokenCount(folder, "bad.csv", 10, 6);

    viewModel.importFiles(java.util.List.of(file));

    assertThat(viewModel.importLog()).isEmpty();
    assertThat(viewModel.selectedReportProperty().get().status()).isEqualTo(ImportStatus.REJECTED);
    assertThat(viewModel.selectedRejects()).hasSize(1);
    var reject = viewModel.selectedRejects().get(0);
    assertThat(reject.file()).isEqualTo("bad.csv");
    assertThat(reject.line()).isEqualTo(6);
    assertThat(reject.column()).isEqualTo("in_uncached");
    assertThat(costInWorkspace()).isEqualByComparingTo(BigDecimal.ZERO);
  }

  @Test
  void theSameContentTwiceIsAlreadyImportedAndReplaceImportsItAgain() throws Exception {
    Path file = UsageCsv.good(folder, "usage.csv", 5);
    viewModel.importFiles(java.util.List.of(file));
    int firstId = viewModel.importLog().get(0).importId();

    viewModel.importFiles(java.util.List.of(file));

    assertThat(viewModel.selectedReportProperty().get().status())
        .isEqualTo(ImportStatus.ALREADY_IMPORTED);
    assertThat(viewModel.canReplaceProperty().get()).isTrue();
    assertThat(viewModel.importLog()).hasSize(1);

    viewModel.replaceSelected();

    assertThat(viewModel.selectedReportProperty().get().status()).isEqualTo(ImportStatus.IMPORTED);
    assertThat(viewModel.importLog()).hasSize(1);
    assertThat(viewModel.importLog().get(0).importId()).isNotEqualTo(firstId);
    assertThat(viewModel.importLog().get(0).rowsImported()).isEqualTo(5);
    assertThat(costInWorkspace()).isEqualByComparingTo(UsageCsv.costSum(file));
    assertThat(viewModel.canReplaceProperty().get()).isFalse();
  }

  @Test
  void addFilesImportsWhatTheUserPicksInOrder() throws Exception {
    Path first = UsageCsv.good(folder, "a.csv", 2);
    Path second = UsageCsv.good(folder, "b.csv", 3);
    dialogs.willChoose(first, second);

    viewModel.addFiles();

    assertThat(viewModel.importLog())
        .extracting(r -> r.fileName() + "=" + r.rowsImported())
        .containsExactly("a.csv=2", "b.csv=3");
    assertThat(viewModel.reports()).hasSize(2);
    assertThat(viewModel.reports().get(0).file()).isEqualTo(second);
  }

  @Test
  void pickingNothingImportsNothing() {
    viewModel.addFiles();

    assertThat(viewModel.reports()).isEmpty();
    assertThat(dialogs.errors()).isEmpty();
  }

  @Test
  void withoutAWorkspaceTheUserIsToldToOpenOne() throws Exception {
    current.replace(null);

    viewModel.importFiles(java.util.List.of(UsageCsv.good(folder, "usage.csv", 1)));

    assertThat(dialogs.errors()).singleElement().asString().startsWith("No workspace open");
    assertThat(viewModel.logStatusProperty().get()).isEqualTo("No workspace open");
  }

  @Test
  void aMissingFileIsReportedAsFailed() {
    viewModel.importFiles(java.util.List.of(folder.resolve("nope.csv")));

    ImportReport report = viewModel.selectedReportProperty().get();
    assertThat(report.status()).isEqualTo(ImportStatus.FAILED);
    assertThat(report.message()).contains("nope.csv").contains("no such file");
  }

  private BigDecimal costInWorkspace() throws SQLException {
    return WorkspaceQuery.run(
        workspace,
        connection -> {
          try (var statement = connection.createStatement();
              ResultSet rows =
                  statement.executeQuery(
                      "SELECT coalesce(sum(source_cost), 0) FROM usage_events")) {
            rows.next();
            return rows.getBigDecimal(1);
          }
        });
  }

  @Test
  void aFocusImportShowsItsReportAndAReopenedWorkspaceShowsItAgainFromTheLog() throws Exception {
    Path file =
        io.tokenledger.sampledata.RealData.file(
            "focus/ai-billing-draft/multi_model_invoice_via_csp_marketplace.csv");
    Path stored = folder.resolve("focus.tlw");
    try (Workspace onDisk =
        services
            .workspaceStore()
            .create(stored, io.tokenledger.engine.workspace.WorkspaceOptions.defaults())) {
      current.replace(onDisk);
      viewModel.importFiles(java.util.List.of(file));

      var focus = viewModel.detailsProperty().get().focus();
      assertThat(focus).isNotNull();
      assertThat(focus.version()).isEqualTo("1.3");
      assertThat(focus.missingDeprecated()).containsExactly("ProviderName", "PublisherName");
      assertThat(focus.nonFocusColumns()).containsExactly("PrincipalId");
      assertThat(focus.ruleFailures()).isNotEmpty();
      current.replace(workspace);
    }

    try (Workspace reopened =
        services
            .workspaceStore()
            .open(stored, io.tokenledger.engine.workspace.WorkspaceOptions.defaults())) {
      CurrentWorkspace again = new CurrentWorkspace();
      again.replace(reopened);
      SourcesViewModel afterReopen =
          new SourcesViewModel(
              services.importService(), again, new SynchronousTaskExecutor(), dialogs);
      assertThat(afterReopen.reports()).isEmpty();

      afterReopen.selectedLogEntryProperty().set(afterReopen.importLog().get(0));

      ImportDetails details = afterReopen.detailsProperty().get();
      assertThat(details.message())
          .startsWith("Import 1: multi_model_invoice_via_csp_marketplace.csv, 8 rows as focus 1.3");
      assertThat(details.focus().version()).isEqualTo("1.3");
      assertThat(details.focus().missingDeprecated())
          .containsExactly("ProviderName", "PublisherName");
      assertThat(details.focus().ruleFailures()).isNotEmpty();
      assertThat(FocusFinding.of(details.focus()))
          .extracting(FocusFinding::kind)
          .contains("Missing (deprecated) · 2", "Extra (not FOCUS) · 1", "Conformance");
    }
  }

  @Test
  void skippedRowsOfALoggedImportAreReadBackWithTheirLines() throws Exception {
    Path file = UsageCsv.withBadTokenCount(folder, "partly-bad.csv", 10, 6);
    services
        .importService()
        .importFile(
            workspace,
            file,
            new io.tokenledger.importers.ImportOptions(null, false, true),
            io.tokenledger.engine.task.ProgressListener.NONE,
            io.tokenledger.engine.task.Cancellation.none());
    viewModel.refreshLog();

    viewModel.selectedLogEntryProperty().set(viewModel.importLog().get(0));

    assertThat(viewModel.detailsProperty().get().focus()).isNull();
    assertThat(viewModel.selectedRejects())
        .extracting(r -> r.file(), r -> r.line(), r -> r.column())
        .containsExactly(org.assertj.core.groups.Tuple.tuple("partly-bad.csv", 6L, "in_uncached"));
  }
}
