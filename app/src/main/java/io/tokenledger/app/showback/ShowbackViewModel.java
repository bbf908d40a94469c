package io.tokenledger.app.showback;

import io.tokenledger.app.dialog.DialogService;
import io.tokenledger.app.dialog.ErrorMessages;
import io.tokenledger.app.dialog.FileType;
import io.tokenledger.app.task.BackgroundTask;
import io.tokenledger.app.task.LatestTaskScheduler;
import io.tokenledger.app.task.TaskExecutor;
import io.tokenledger.app.workspace.CurrentWorkspace;
import io.tokenledger.engine.allocation.AllocationService;
import io.tokenledger.engine.explore.MissingFxRateException;
import io.tokenledger.engine.showback.ShowbackGrouping;
import io.tokenledger.engine.showback.ShowbackPack;
import io.tokenledger.engine.showback.ShowbackRequest;
import io.tokenledger.engine.showback.ShowbackSection;
import io.tokenledger.engine.showback.ShowbackService;
import io.tokenledger.engine.showback.ShowbackSummary;
import io.tokenledger.engine.workspace.Workspace;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Showback page's state and commands: the month, the grouping, the audiences and the sections
 * of a pack; a preview of its summary numbers, recomputed (latest request wins) whenever a choice
 * or the workspace changes; the export as a background task with progress and cancel; and opening
 * the written file.
 */
public final class ShowbackViewModel {

  static final List<FileType> WORKBOOKS =
      List.of(new FileType("Excel workbooks", List.of("*.xlsx")), FileType.ALL_FILES);

  /** Opens a written pack in the desktop's spreadsheet application. */
  @FunctionalInterface
  public interface FileOpener {
    void open(Path file) throws Exception;
  }

  /** The preview's inputs, read together on one background task. */
  private record Preview(List<String> audiences, ShowbackSummary summary) {}

  private final ShowbackService showback;
  private final AllocationService allocation;
  private final CurrentWorkspace current;
  private final TaskExecutor executor;
  private final DialogService dialogs;
  private final FileOpener opener;
  private final String generator;
  private final LatestTaskScheduler periodReads;
  private final LatestTaskScheduler previewReads;

  // Properties
  private final ObservableList<YearMonth> periods = FXCollections.observableArrayList();
  private final ObjectProperty<YearMonth> period = new SimpleObjectProperty<>(this, "period");
  private final ObjectProperty<ShowbackGrouping> grouping =
      new SimpleObjectProperty<>(this, "grouping", ShowbackGrouping.CLIENT);
  private final StringProperty currency = new SimpleStringProperty(this, "currency", "USD");
  private final ObservableList<String> audiences = FXCollections.observableArrayList();
  private final ObservableList<String> chosenAudiences = FXCollections.observableArrayList();
  private final Map<ShowbackSection, BooleanProperty> sections =
      new EnumMap<>(ShowbackSection.class);
  private final BooleanProperty split = new SimpleBooleanProperty(this, "split");
  private final ReadOnlyObjectWrapper<ShowbackSummary> preview =
      new ReadOnlyObjectWrapper<>(this, "preview");
  private final ReadOnlyStringWrapper previewStatus =
      new ReadOnlyStringWrapper(this, "previewStatus", "");
  private final ReadOnlyObjectWrapper<BackgroundTask<List<ShowbackPack>>> currentExport =
      new ReadOnlyObjectWrapper<>(this, "currentExport");
  private final ReadOnlyObjectWrapper<Path> lastExport =
      new ReadOnlyObjectWrapper<>(this, "lastExport");
  private final ReadOnlyStringWrapper exportStatus =
      new ReadOnlyStringWrapper(this, "exportStatus", "");
  private final BooleanBinding canExport;

  public ShowbackViewModel(
      ShowbackService showback,
      AllocationService allocation,
      CurrentWorkspace current,
      TaskExecutor executor,
      DialogService dialogs,
      FileOpener opener,
      String generator) {
    this.showback = showback;
    this.allocation = allocation;
    this.current = current;
    this.executor = executor;
    this.dialogs = dialogs;
    this.opener = opener;
    this.generator = generator;
    this.periodReads = new LatestTaskScheduler(executor);
    this.previewReads = new LatestTaskScheduler(executor);
    for (ShowbackSection section : ShowbackSection.values()) {
      BooleanProperty chosen = new SimpleBooleanProperty(this, section.id(), true);
      if (section == ShowbackSection.SUMMARY) {
        chosen.addListener((obs, was, now) -> chosen.set(true)); // the summary is always in
      }
      sections.put(section, chosen);
    }
    this.canExport =
        Bindings.createBooleanBinding(
            () -> current.get().isPresent() && period.get() != null && currentExport.get() == null,
            current.workspaceProperty(),
            period,
            currentExport);
    current.workspaceProperty().addListener((obs, was, now) -> reload());
    current.revisionProperty().addListener((obs, was, now) -> reload());
    period.addListener((obs, was, now) -> refreshPreview());
    grouping.addListener(
        (obs, was, now) -> {
          chosenAudiences.clear(); // clients are not teams
          refreshPreview();
        });
    currency.addListener((obs, was, now) -> refreshPreview());
    chosenAudiences.addListener(
        (javafx.collections.ListChangeListener<String>) change -> refreshPreview());
    reload();
  }

  /** The months with cost, oldest first. */
  public ObservableList<YearMonth> periods() {
    return periods;
  }

  public ObjectProperty<YearMonth> periodProperty() {
    return period;
  }

  public ObjectProperty<ShowbackGrouping> groupingProperty() {
    return grouping;
  }

  public StringProperty currencyProperty() {
    return currency;
  }

  /** The groups with cost in the month, largest first. */
  public ObservableList<String> audiences() {
    return audiences;
  }

  /** The audiences the pack is for; empty means all of them. */
  public ObservableList<String> chosenAudiences() {
    return chosenAudiences;
  }

  /** Whether a section goes into the pack (the summary always does). */
  public BooleanProperty sectionProperty(ShowbackSection section) {
    return sections.get(section);
  }

  /** One workbook per audience instead of one for all. */
  public BooleanProperty splitProperty() {
    return split;
  }

  /** The summary numbers of the pack as chosen, or null while there are none. */
  public ReadOnlyObjectProperty<ShowbackSummary> previewProperty() {
    return preview.getReadOnlyProperty();
  }

  /** Empty when the preview is shown; else why not ("Loading…", no cost, an error). */
  public ReadOnlyStringProperty previewStatusProperty() {
    return previewStatus.getReadOnlyProperty();
  }

  /** The export running now, or null. */
  public ReadOnlyObjectProperty<BackgroundTask<List<ShowbackPack>>> currentExportProperty() {
    return currentExport.getReadOnlyProperty();
  }

  /** The file (or, for a split export, the first file) last written, or null. */
  public ReadOnlyObjectProperty<Path> lastExportProperty() {
    return lastExport.getReadOnlyProperty();
  }

  /** What the last export did, for the user. */
  public ReadOnlyStringProperty exportStatusProperty() {
    return exportStatus.getReadOnlyProperty();
  }

  public BooleanBinding canExportProperty() {
    return canExport;
  }

  /** The request the current choices make. */
  public ShowbackRequest request() {
    EnumSet<ShowbackSection> chosen = EnumSet.noneOf(ShowbackSection.class);
    sections.forEach(
        (section, on) -> {
          if (on.get()) {
            chosen.add(section);
          }
        });
    return new ShowbackRequest(
        period.get(),
        grouping.get(),
        currency.get(),
        new LinkedHashSet<>(chosenAudiences),
        chosen,
        ShowbackRequest.DEFAULT_MAX_GROUP_SHEETS,
        generator);
  }

  // Commands

  /** Reads the months with cost again (after an import, on opening a workspace). */
  public void reload() {
    Workspace workspace = current.get().orElse(null);
    if (workspace == null) {
      periodReads.cancel();
      previewReads.cancel();
      periods.clear();
      audiences.clear();
      preview.set(null);
      previewStatus.set("No workspace open");
      return;
    }
    previewStatus.set("Loading…");
    periodReads.schedule(
        "Reading the months with cost",
        (progress, cancellation) -> {
          allocation.refresh(workspace);
          return showback.periods(workspace);
        },
        months -> {
          periods.setAll(months);
          YearMonth chosen = period.get();
          if (chosen == null || !months.contains(chosen)) {
            period.set(months.isEmpty() ? null : months.get(months.size() - 1));
            if (months.isEmpty()) {
              refreshPreview();
            }
          } else {
            refreshPreview();
          }
        },
        error -> previewStatus.set("Cannot read the workspace: " + describe(error)));
  }

  /** Recomputes the preview for the current choices; only the latest request's answer shows. */
  public void refreshPreview() {
    Workspace workspace = current.get().orElse(null);
    if (workspace == null || period.get() == null) {
      previewReads.cancel();
      preview.set(null);
      audiences.clear();
      previewStatus.set(
          workspace == null
              ? "No workspace open"
              : "No allocated cost yet: import bills and usage");
      return;
    }
    ShowbackRequest request;
    try {
      request = request();
    } catch (IllegalArgumentException e) {
      preview.set(null);
      previewStatus.set(e.getMessage());
      return;
    }
    previewStatus.set("Loading…");
    previewReads.schedule(
        "Computing the showback summary",
        (progress, cancellation) ->
            new Preview(
                showback.audiences(workspace, request.period(), request.by()),
                showback.preview(workspace, request)),
        result -> {
          if (!audiences.equals(result.audiences())) {
            // replacing equal items would drop the checks a view keeps on them
            audiences.setAll(result.audiences());
          }
          preview.set(result.summary());
          previewStatus.set("");
        },
        error -> {
          preview.set(null);
          previewStatus.set(describe(error));
        });
  }

  /** Asks where to write the pack, then writes it on a background task. */
  public void export() {
    if (!canExport.get()) {
      return;
    }
    Workspace workspace = current.get().orElseThrow();
    ShowbackRequest request = request();
    String suggested = "showback-" + request.period() + "-" + request.by().id() + ".xlsx";
    Path chosen =
        dialogs
            .chooseFileToSave(
                split.get() ? "Export showback packs (one per audience)" : "Export showback pack",
                suggested,
                WORKBOOKS)
            .orElse(null);
    if (chosen == null) {
      return;
    }
    Path file =
        chosen.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")
            ? chosen
            : chosen.resolveSibling(chosen.getFileName() + ".xlsx");
    boolean each = split.get();
    exportStatus.set("");
    BackgroundTask<List<ShowbackPack>> task =
        BackgroundTask.of(
                "Exporting showback " + request.period(),
                (progress, cancellation) ->
                    each
                        ? showback.exportEach(workspace, request, file, progress, cancellation)
                        : List.of(
                            showback.export(workspace, request, file, progress, cancellation)))
            .onSuccess(this::exported)
            .onCancelled(() -> exportStatus.set("Export cancelled: nothing was written."))
            .onFailure(
                error -> {
                  exportStatus.set("Export failed: " + describe(error));
                  dialogs.showError("Showback export failed", describe(error));
                })
            .onFinished(() -> currentExport.set(null));
    currentExport.set(task);
    executor.execute(task);
  }

  /** Stops the running export; nothing is left on disk. */
  public void cancelExport() {
    BackgroundTask<List<ShowbackPack>> running = currentExport.get();
    if (running != null) {
      running.cancel();
    }
  }

  /** Opens the last written pack in the desktop's spreadsheet application. */
  public void openExport() {
    Path file = lastExport.get();
    if (file == null) {
      return;
    }
    executor.execute(
        BackgroundTask.of(
                "Opening " + file.getFileName(),
                (progress, cancellation) -> {
                  opener.open(file);
                  return file;
                })
            .quiet()
            .onFailure(error -> dialogs.showError("Cannot open " + file.getFileName(), error)));
  }

  private void exported(List<ShowbackPack> packs) {
    if (packs.isEmpty()) {
      exportStatus.set("Nothing to export: no audience has cost in the month.");
      return;
    }
    lastExport.set(packs.get(0).file());
    long rows = packs.stream().mapToLong(ShowbackPack::detailRows).sum();
    if (packs.size() == 1) {
      ShowbackPack pack = packs.get(0);
      exportStatus.set(
          String.format(
              Locale.getDefault(),
              "Wrote %s: %d sheets, %,d detail rows.",
              pack.file().getFileName(),
              pack.sheets().size(),
              rows));
    } else {
      exportStatus.set(
          String.format(
              Locale.getDefault(),
              "Wrote %d packs to %s (%,d detail rows in all).",
              packs.size(),
              packs.get(0).file().toAbsolutePath().getParent(),
              rows));
    }
  }

  /** A missing FX rate is written for the user (it names the rates to add); so are the rest. */
  private static String describe(Throwable error) {
    return error instanceof MissingFxRateException
        ? error.getMessage()
        : ErrorMessages.userMessage(error);
  }

  /** The sections in their order, for the view's choices. */
  public static Set<ShowbackSection> optionalSections() {
    EnumSet<ShowbackSection> optional = EnumSet.allOf(ShowbackSection.class);
    optional.remove(ShowbackSection.SUMMARY);
    return optional;
  }
}
