package io.tokenledger.app.sources;

import io.tokenledger.app.dialog.DialogService;
import io.tokenledger.app.dialog.ErrorMessages;
import io.tokenledger.app.dialog.FileType;
import io.tokenledger.app.invoice.InvoiceMappingViewModel;
import io.tokenledger.app.invoice.InvoiceTemplatesViewModel;
import io.tokenledger.app.task.BackgroundTask;
import io.tokenledger.app.task.LatestTaskScheduler;
import io.tokenledger.app.task.TaskExecutor;
import io.tokenledger.app.workspace.CurrentWorkspace;
import io.tokenledger.app.workspace.WorkspaceQuery;
import io.tokenledger.engine.sources.ImportLogQueries;
import io.tokenledger.engine.sources.ImportRecord;
import io.tokenledger.engine.state.SourcesViewState;
import io.tokenledger.engine.task.Cancellation;
import io.tokenledger.engine.task.ProgressListener;
import io.tokenledger.engine.workspace.Workspace;
import io.tokenledger.importers.ImportException;
import io.tokenledger.importers.ImportOptions;
import io.tokenledger.importers.ImportReport;
import io.tokenledger.importers.ImportService;
import io.tokenledger.importers.ImportStatus;
import io.tokenledger.importers.Importer;
import io.tokenledger.importers.RejectedRow;
import io.tokenledger.importers.invoice.DefaultInvoiceTemplateService;
import io.tokenledger.importers.invoice.InvoiceImporter;
import io.tokenledger.importers.invoice.InvoiceTemplate;
import io.tokenledger.importers.invoice.InvoiceTemplateService;
import io.tokenledger.importers.sheet.SheetRows;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
 * the reports of this session's imports, newest first; the details of the selected import (from
 * this session's report or read back from the log): rejected rows, warnings and, for FOCUS files,
 * the FOCUS report; and "Replace" for a file whose content was imported before. A CSV or XLSX sheet
 * that no importer recognises, and no invoice template matches, opens the invoice mapping step;
 * once its template is saved the file is imported, and later files of that shape import without it.
 */
public final class SourcesViewModel {

  static final int MAX_REPORTS = 200;
  static final int MAX_LOGGED_REJECTS = 1000;
  static final List<FileType> IMPORTABLE_FILES =
      List.of(
          new FileType(
              "Cost, usage and trace files",
              List.of("*.csv", "*.csv.gz", "*.gz", "*.parquet", "*.json", "*.jsonl", "*.xlsx")),
          FileType.ALL_FILES);
  static final List<FileType> INVOICE_SHEETS =
      List.of(new FileType("Invoice sheets", List.of("*.csv", "*.xlsx")), FileType.ALL_FILES);

  /**
   * A file waiting to be imported.
   *
   * @param map open the mapping step whatever the file's shape ("Import as invoice sheet…")
   */
  private record QueuedImport(Path file, ImportOptions options, boolean map) {}

  /** What the background part of an import gave: a report, or a sheet to map first. */
  private sealed interface ImportStep {}

  private record Imported(ImportReport report) implements ImportStep {}

  private record NeedsMapping(Path file, SheetRows sheet, Optional<InvoiceTemplate> existing)
      implements ImportStep {}

  private final ImportService importService;
  private final InvoiceTemplateService invoiceTemplates;
  private final CurrentWorkspace current;
  private final TaskExecutor executor;
  private final DialogService dialogs;
  private final Deque<QueuedImport> queue = new ArrayDeque<>();
  private final LatestTaskScheduler logReads;
  private final LatestTaskScheduler detailReads;
  private final InvoiceTemplatesViewModel templates;

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
  private final ReadOnlyObjectWrapper<ImportDetails> details =
      new ReadOnlyObjectWrapper<>(this, "details");
  private final BooleanBinding canReplace;
  private final ReadOnlyObjectWrapper<BackgroundTask<?>> currentImport =
      new ReadOnlyObjectWrapper<>(this, "currentImport");
  private final ReadOnlyIntegerWrapper queuedFiles = new ReadOnlyIntegerWrapper(this, "queued");
  private final ReadOnlyObjectWrapper<InvoiceMappingViewModel> invoiceMapping =
      new ReadOnlyObjectWrapper<>(this, "invoiceMapping");

  public SourcesViewModel(
      ImportService importService,
      CurrentWorkspace current,
      TaskExecutor executor,
      DialogService dialogs) {
    this(importService, new DefaultInvoiceTemplateService(), current, executor, dialogs);
  }

  public SourcesViewModel(
      ImportService importService,
      InvoiceTemplateService invoiceTemplates,
      CurrentWorkspace current,
      TaskExecutor executor,
      DialogService dialogs) {
    this.importService = importService;
    this.invoiceTemplates = invoiceTemplates;
    this.current = current;
    this.executor = executor;
    this.dialogs = dialogs;
    this.logReads = new LatestTaskScheduler(executor);
    this.detailReads = new LatestTaskScheduler(executor);
    this.templates = new InvoiceTemplatesViewModel(invoiceTemplates, current, executor, dialogs);
    this.canReplace =
        Bindings.createBooleanBinding(
            () ->
                selectedReport.get() != null
                    && selectedReport.get().status() == ImportStatus.ALREADY_IMPORTED
                    && currentImport.get() == null,
            selectedReport,
            currentImport);
    selectedReport.addListener(
        (obs, was, now) -> {
          if (now != null) {
            showDetails(ImportDetails.of(now));
          }
        });
    // The selected import is part of the page's saved view, so a reopened workspace shows it again.
    selectedLogEntry.addListener(
        (obs, was, now) -> {
          current.recordViewState(
              state ->
                  state.withSources(new SourcesViewState(now == null ? null : now.importId())));
          if (now != null) {
            readLoggedDetails(now);
          }
        });
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

  /** What the detail pane shows: the selected report, or the selected log entry; or null. */
  public ReadOnlyObjectProperty<ImportDetails> detailsProperty() {
    return details.getReadOnlyProperty();
  }

  /** The invoice mapping step open now, or null: the view shows it as a dialog. */
  public ReadOnlyObjectProperty<InvoiceMappingViewModel> invoiceMappingProperty() {
    return invoiceMapping.getReadOnlyProperty();
  }

  /** The workspace's invoice templates, to list and delete. */
  public InvoiceTemplatesViewModel invoiceTemplates() {
    return templates;
  }

  /** True when the selected report says "already imported" and nothing is importing. */
  public BooleanBinding canReplaceProperty() {
    return canReplace;
  }

  /** The import running now, or null. */
  public ReadOnlyObjectProperty<BackgroundTask<?>> currentImportProperty() {
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
    files.forEach(file -> queue.add(new QueuedImport(file, ImportOptions.defaults(), false)));
    startNext();
  }

  /** Asks for invoice sheets and maps each one's columns (from its template, if it has one). */
  public void importInvoiceSheets() {
    if (current.get().isEmpty()) {
      dialogs.showError("No workspace open", "Open or create a workspace to import files into.");
      return;
    }
    dialogs
        .chooseFilesToOpen("Import invoice sheets", INVOICE_SHEETS)
        .forEach(file -> queue.add(new QueuedImport(file, ImportOptions.defaults(), true)));
    startNext();
  }

  /** Imports the selected "already imported" file again, replacing its earlier import. */
  public void replaceSelected() {
    if (!canReplace.get()) {
      return;
    }
    ImportReport report = selectedReport.get();
    ImportOptions options = ImportOptions.defaults().withReplace(true);
    queue.add(
        new QueuedImport(
            report.file(),
            InvoiceImporter.FORMAT_ID.equals(report.formatId())
                ? options.withFormat(InvoiceImporter.FORMAT_ID)
                : options,
            false));
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
    // While a sheet is being mapped, the files after it wait: one question at a time.
    if (currentImport.get() != null || invoiceMapping.get() != null || queue.isEmpty()) {
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
    BackgroundTask<ImportStep> task =
        BackgroundTask.of(
                "Importing " + next.file().getFileName(),
                (progress, cancellation) -> importStep(workspace, next, progress, cancellation))
            .onSuccess(
                step -> {
                  if (step instanceof Imported imported) {
                    addReport(imported.report());
                  } else if (step instanceof NeedsMapping mapping) {
                    openMapping(workspace, mapping, next.options());
                  }
                })
            .onFailure(error -> dialogs.showError("Import failed", error))
            .onFinished(
                () -> {
                  currentImport.set(null);
                  startNext();
                });
    currentImport.set(task);
    executor.execute(task);
  }

  /**
   * Runs on the background task: a CSV or XLSX file that no importer but the invoice importer
   * takes, and that no template matches, is read for the mapping step instead of being imported.
   */
  private ImportStep importStep(
      Workspace workspace,
      QueuedImport next,
      ProgressListener progress,
      Cancellation cancellation) {
    Path file = next.file();
    if (next.map()) {
      return new NeedsMapping(
          file,
          invoiceTemplates.readSheet(file, InvoiceMappingViewModel.SAMPLE_ROWS),
          invoiceTemplates.matching(workspace, file));
    }
    if (next.options().formatId() == null && isSheet(file)) {
      Optional<Importer> detected = importService.detect(file);
      boolean invoiceOrNothing =
          detected.isEmpty() || detected.get().formatId().equals(InvoiceImporter.FORMAT_ID);
      if (invoiceOrNothing) {
        try {
          if (invoiceTemplates.matching(workspace, file).isEmpty()) {
            return new NeedsMapping(
                file,
                invoiceTemplates.readSheet(file, InvoiceMappingViewModel.SAMPLE_ROWS),
                Optional.empty());
          }
          return new Imported(
              importService.importFile(
                  workspace,
                  file,
                  next.options().withFormat(InvoiceImporter.FORMAT_ID),
                  progress,
                  cancellation));
        } catch (ImportException notASheet) {
          // not readable as a sheet: the import below says why in the importers' own words
        }
      }
    }
    return new Imported(
        importService.importFile(workspace, file, next.options(), progress, cancellation));
  }

  private static boolean isSheet(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".csv") || name.endsWith(".xlsx");
  }

  private void openMapping(Workspace workspace, NeedsMapping step, ImportOptions options) {
    invoiceMapping.set(
        new InvoiceMappingViewModel(
            step.file(),
            step.sheet(),
            step.existing(),
            workspace,
            invoiceTemplates,
            executor,
            new InvoiceMappingViewModel.Outcome() {
              @Override
              public void saved(InvoiceTemplate template) {
                invoiceMapping.set(null);
                templates.refresh();
                queue.addFirst(
                    new QueuedImport(
                        step.file(), options.withFormat(InvoiceImporter.FORMAT_ID), false));
                startNext();
              }

              @Override
              public void cancelled() {
                invoiceMapping.set(null);
                addReport(
                    new ImportReport(
                        step.file(),
                        ImportStatus.CANCELLED,
                        InvoiceImporter.FORMAT_ID,
                        "Invoice sheet",
                        null,
                        0,
                        0,
                        0,
                        List.of(),
                        List.of(),
                        step.file().getFileName()
                            + ": not imported; its columns were not mapped to an invoice"
                            + " template",
                        Duration.ZERO));
                startNext();
              }
            }));
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
      // The new import becomes the log's selection, whose details are this report's.
      current.recordViewState(state -> state.withSources(new SourcesViewState(report.importId())));
      current.dataChanged();
    }
  }

  /** Reads the rejected rows the log keeps for an import, unless its details are shown already. */
  private void readLoggedDetails(ImportRecord record) {
    ImportDetails shown = details.get();
    if (shown != null && shown.importId() == record.importId()) {
      // A read asked for in between (the log table passing through another row) must not win.
      detailReads.cancel();
      return;
    }
    Workspace workspace = current.get().orElse(null);
    if (workspace == null) {
      return;
    }
    detailReads.schedule(
        "Reading the rejected rows of " + record.fileName(),
        (progress, cancellation) ->
            WorkspaceQuery.run(
                workspace,
                connection ->
                    new ImportLogQueries(connection)
                        .rejects(record.importId(), MAX_LOGGED_REJECTS)),
        rejects ->
            showDetails(
                ImportDetails.of(
                    record,
                    rejects.stream()
                        .map(
                            r ->
                                new RejectedRow(
                                    record.fileName(), r.line(), r.column(), r.reason()))
                        .toList())),
        error -> showDetails(ImportDetails.of(record, List.of())));
  }

  private void showDetails(ImportDetails shown) {
    details.set(shown);
    selectedRejects.setAll(shown == null ? List.of() : shown.rejects());
    selectedWarnings.setAll(shown == null ? List.of() : shown.warnings());
  }

  private void workspaceChanged() {
    // Reports name files of the workspace that was open; they mean nothing in another one.
    cancelImports();
    if (invoiceMapping.get() != null) {
      invoiceMapping.get().cancel();
    }
    selectedReport.set(null);
    reports.clear();
    detailReads.cancel();
    showDetails(null);
    templates.refresh();
  }
}
