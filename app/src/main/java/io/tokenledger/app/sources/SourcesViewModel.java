package io.tokenledger.app.sources;

import io.tokenledger.app.dialog.DialogService;
import io.tokenledger.app.dialog.ErrorMessages;
import io.tokenledger.app.dialog.FileType;
import io.tokenledger.app.task.BackgroundTask;
import io.tokenledger.app.task.LatestTaskScheduler;
import io.tokenledger.app.task.TaskExecutor;
import io.tokenledger.app.workspace.CurrentWorkspace;
import io.tokenledger.app.workspace.WorkspaceQuery;
import io.tokenledger.engine.sources.ImportLogQueries;
import io.tokenledger.engine.sources.ImportRecord;
import io.tokenledger.engine.state.SourcesViewState;
import io.tokenledger.engine.workspace.Workspace;
import io.tokenledger.importers.ImportOptions;
import io.tokenledger.importers.ImportReport;
import io.tokenledger.importers.ImportService;
import io.tokenledger.importers.ImportStatus;
import io.tokenledger.importers.RejectedRow;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Sources page's state and commands: files to import (picked or dropped), imported one at a
 * time on a background task with progress and cancel; the import log, re-read after every change;
 * the reports of this session's imports, newest first, with the rejected rows and warnings of the
 * selected one; and "Replace" for a file whose content was imported before.
 */
public final class SourcesViewModel {

  static final int MAX_REPORTS = 200;
  static final List<FileType> IMPORTABLE_FILES =
      List.of(
          new FileType(
              "Cost, usage and trace files",
              List.of("*.csv", "*.csv.gz", "*.gz", "*.parquet", "*.json", "*.jsonl", "*.xlsx")),
          FileType.ALL_FILES);

  private record QueuedImport(Path file, ImportOptions options) {}

  private final ImportService importService;
  private final CurrentWorkspace current;
  private final TaskExecutor executor;
  private final DialogService dialogs;
  private final Deque<QueuedImport> queue = new ArrayDeque<>();
  private final LatestTaskScheduler logReads;

  // Properties
  private final ObservableList<ImportRecord> importLog = FXCollections.observableArrayList();
  private final ObjectProperty<ImportRecord> selectedLogEntry =
      new SimpleObjectProperty<>(this, "selectedLogEntry");
  private final ReadOnlyStringWrapper logStatus = new ReadOnlyStringWrapper(this, "logStatus", "");
  private final ObservableList<ImportReport> reports = FXCollections.observableArrayList();
  private final ObjectProperty<ImportReport> selectedReport =
      new SimpleObjectProperty<>(this, "selectedReport");
  private final ObservableList<RejectedRow> selectedRejects = FXCollections.observableArrayList();
  private final ObservableList<String> selectedWarnings = FXCollections.observableArrayList();
  private final BooleanBinding canReplace;
  private final ReadOnlyObjectWrapper<BackgroundTask<ImportReport>> currentImport =
      new ReadOnlyObjectWrapper<>(this, "currentImport");
  private final ReadOnlyIntegerWrapper queuedFiles = new ReadOnlyIntegerWrapper(this, "queued");

  public SourcesViewModel(
      ImportService importService,
      CurrentWorkspace current,
      TaskExecutor executor,
      DialogService dialogs) {
    this.importService = importService;
    this.current = current;
    this.executor = executor;
    this.dialogs = dialogs;
    this.logReads = new LatestTaskScheduler(executor);
    this.canReplace =
        Bindings.createBooleanBinding(
            () ->
                selectedReport.get() != null
                    && selectedReport.get().status() == ImportStatus.ALREADY_IMPORTED
                    && currentImport.get() == null,
            selectedReport,
            currentImport);
    selectedReport.addListener((obs, was, now) -> showDetails(now));
    // The selected import is part of the page's saved view, so a reopened workspace shows it again.
    selectedLogEntry.addListener(
        (obs, was, now) ->
            current.recordViewState(
                state ->
                    state.withSources(new SourcesViewState(now == null ? null : now.importId()))));
    current.stateGenerationProperty().addListener((obs, was, now) -> selectSavedLogEntry());
    current.workspaceProperty().addListener((obs, was, now) -> workspaceChanged());
    current.revisionProperty().addListener((obs, was, now) -> refreshLog());
    refreshLog();
  }

  /** The import log of the open workspace, oldest first. */
  public ObservableList<ImportRecord> importLog() {
    return importLog;
  }

  /** The import selected in the log, or null. */
  public ObjectProperty<ImportRecord> selectedLogEntryProperty() {
    return selectedLogEntry;
  }

  /** Empty when the log is shown; else why not ("Loading…", an error). */
  public ReadOnlyStringProperty logStatusProperty() {
    return logStatus.getReadOnlyProperty();
  }

  /** This session's import reports, newest first. */
  public ObservableList<ImportReport> reports() {
    return reports;
  }

  public ObjectProperty<ImportReport> selectedReportProperty() {
    return selectedReport;
  }

  /** The rejected rows of the selected report. */
  public ObservableList<RejectedRow> selectedRejects() {
    return selectedRejects;
  }

  public ObservableList<String> selectedWarnings() {
    return selectedWarnings;
  }

  /** True when the selected report says "already imported" and nothing is importing. */
  public BooleanBinding canReplaceProperty() {
    return canReplace;
  }

  /** The import running now, or null. */
  public ReadOnlyObjectProperty<BackgroundTask<ImportReport>> currentImportProperty() {
    return currentImport.getReadOnlyProperty();
  }

  /** Files waiting for the current import to end. */
  public ReadOnlyIntegerProperty queuedFilesProperty() {
    return queuedFiles.getReadOnlyProperty();
  }

  public BooleanBinding workspaceOpenProperty() {
    return current.openProperty();
  }

  // Commands

  /** Asks for files and imports them. */
  public void addFiles() {
    if (current.get().isEmpty()) {
      dialogs.showError("No workspace open", "Open or create a workspace to import files into.");
      return;
    }
    importFiles(dialogs.chooseFilesToOpen("Import files", IMPORTABLE_FILES));
  }

  /** Imports {@code files} one after the other, after any import already queued. */
  public void importFiles(List<Path> files) {
    if (files.isEmpty()) {
      return;
    }
    if (current.get().isEmpty()) {
      dialogs.showError("No workspace open", "Open or create a workspace to import files into.");
      return;
    }
    files.forEach(file -> queue.add(new QueuedImport(file, ImportOptions.defaults())));
    startNext();
  }

  /** Imports the selected "already imported" file again, replacing its earlier import. */
  public void replaceSelected() {
    if (!canReplace.get()) {
      return;
    }
    queue.add(
        new QueuedImport(selectedReport.get().file(), ImportOptions.defaults().withReplace(true)));
    startNext();
  }

  /** Stops the running import (nothing of that file is kept) and drops the queued ones. */
  public void cancelImports() {
    queue.clear();
    queuedFiles.set(0);
    if (currentImport.get() != null) {
      currentImport.get().cancel();
    }
  }

  /** Reads the import log again; only the latest request's answer is shown. */
  public void refreshLog() {
    Workspace workspace = current.get().orElse(null);
    if (workspace == null) {
      logReads.cancel();
      importLog.clear();
      logStatus.set("No workspace open");
      return;
    }
    if (importLog.isEmpty()) {
      logStatus.set("Loading…");
    }
    logReads.schedule(
        "Reading the import log",
        (progress, cancellation) ->
            WorkspaceQuery.run(workspace, connection -> new ImportLogQueries(connection).list()),
        records -> {
          // Replacing the rows clears the table's selection: take the one to keep first.
          Integer selected = current.state().pages().sources().selectedImportId();
          importLog.setAll(records);
          selectLogEntry(selected);
          logStatus.set("");
        },
        error -> logStatus.set("Cannot read the import log: " + ErrorMessages.userMessage(error)));
  }

  private void startNext() {
    queuedFiles.set(queue.size());
    if (currentImport.get() != null || queue.isEmpty()) {
      return;
    }
    Workspace workspace = current.get().orElse(null);
    if (workspace == null) {
      queue.clear();
      queuedFiles.set(0);
      return;
    }
    QueuedImport next = queue.poll();
    queuedFiles.set(queue.size());
    BackgroundTask<ImportReport> task =
        BackgroundTask.of(
                "Importing " + next.file().getFileName(),
                (progress, cancellation) ->
                    importService.importFile(
                        workspace, next.file(), next.options(), progress, cancellation))
            .onSuccess(this::addReport)
            .onFailure(error -> dialogs.showError("Import failed", error))
            .onFinished(
                () -> {
                  currentImport.set(null);
                  startNext();
                });
    currentImport.set(task);
    executor.execute(task);
  }

  private void selectSavedLogEntry() {
    selectLogEntry(current.state().pages().sources().selectedImportId());
  }

  private void selectLogEntry(Integer importId) {
    selectedLogEntry.set(
        importId == null
            ? null
            : importLog.stream().filter(r -> r.importId() == importId).findFirst().orElse(null));
  }

  private void addReport(ImportReport report) {
    reports.add(0, report);
    if (reports.size() > MAX_REPORTS) {
      reports.remove(MAX_REPORTS, reports.size());
    }
    selectedReport.set(report);
    if (report.status().changedWorkspace()) {
      current.dataChanged();
    }
  }

  private void showDetails(ImportReport report) {
    selectedRejects.setAll(report == null ? List.of() : report.rejects());
    selectedWarnings.setAll(report == null ? List.of() : report.warnings());
  }

  private void workspaceChanged() {
    // Reports name files of the workspace that was open; they mean nothing in another one.
    cancelImports();
    selectedReport.set(null);
    reports.clear();
  }
}
