package io.tokenledger.app.explore;

import io.tokenledger.app.context.AnalysisContext;
import io.tokenledger.app.context.Period;
import io.tokenledger.app.dialog.DialogService;
import io.tokenledger.app.dialog.ErrorMessages;
import io.tokenledger.app.dialog.FileType;
import io.tokenledger.app.task.BackgroundTask;
import io.tokenledger.app.task.Debouncer;
import io.tokenledger.app.task.LatestTaskScheduler;
import io.tokenledger.app.task.TaskExecutor;
import io.tokenledger.app.workspace.AllocationRefresh;
import io.tokenledger.app.workspace.CurrentWorkspace;
import io.tokenledger.engine.allocation.AllocationService;
import io.tokenledger.engine.explore.AllocationDetail;
import io.tokenledger.engine.explore.Dimension;
import io.tokenledger.engine.explore.DrillPage;
import io.tokenledger.engine.explore.DrillRequest;
import io.tokenledger.engine.explore.ExploreService;
import io.tokenledger.engine.explore.Measure;
import io.tokenledger.engine.explore.MissingFxRateException;
import io.tokenledger.engine.explore.PivotRequest;
import io.tokenledger.engine.explore.PivotResult;
import io.tokenledger.engine.explore.UsageDetail;
import io.tokenledger.engine.export.PivotColumn;
import io.tokenledger.engine.export.PivotExport;
import io.tokenledger.engine.export.PivotLine;
import io.tokenledger.engine.export.PivotTable;
import io.tokenledger.engine.state.ExploreViewState;
import io.tokenledger.engine.task.Cancellation;
import io.tokenledger.engine.task.ProgressListener;
import io.tokenledger.engine.workspace.Workspace;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The Explore page's state and commands. The choices (row dimensions in order, one column
 * dimension, measures, filters, top N, the chart's kind) and the shared period, comparison and
 * currency make one pivot request; every change re-queries through "latest task wins": changes are
 * debounced, a newer query cancels the one still running, and only the newest answer is shown. The
 * answer is laid out once ({@link PivotTable}: rounded, subtotals, shares, change) and the table,
 * the chart and the export all show that one layout. A cell drills to the allocated amounts and
 * usage events behind it, a page at a time.
 */
public final class ExploreViewModel {

  public static final int DRILL_PAGE = 100;
  static final List<FileType> EXPORT_FILES =
      List.of(
          new FileType("Excel workbook", List.of("*.xlsx")),
          new FileType("CSV file", List.of("*.csv")));

  private final ExploreService explore;
  private final AllocationService allocation;
  private final CurrentWorkspace current;
  private final AnalysisContext context;
  private final TaskExecutor executor;
  private final DialogService dialogs;
  private final Debouncer debouncer;
  private final Clock clock;
  private final LatestTaskScheduler pivots;
  private final LatestTaskScheduler drills;
  private boolean choosing;
  private boolean restoring;

  // Properties: the choices
  private final ObservableList<Dimension> rows =
      FXCollections.observableArrayList(Dimension.CLIENT);
  // The first view answers the first question: what each client costs per month.
  private final ObjectProperty<Dimension> column =
      new SimpleObjectProperty<>(this, "column", Dimension.MONTH);
  private final ObservableList<Measure> measures =
      FXCollections.observableArrayList(Measure.ALLOCATED_COST);
  private final ObservableList<FilterChoice> filters = FXCollections.observableArrayList();
  private final IntegerProperty topN = new SimpleIntegerProperty(this, "topN");
  private final ObjectProperty<ChartKind> chartKind =
      new SimpleObjectProperty<>(this, "chartKind", ChartKind.STACKED);

  // Properties: the answer
  private final ReadOnlyObjectWrapper<PivotTable> table =
      new ReadOnlyObjectWrapper<>(this, "table");
  private final ReadOnlyObjectWrapper<ChartData> chart = new ReadOnlyObjectWrapper<>(this, "chart");
  private final ReadOnlyBooleanWrapper linesPossible = new ReadOnlyBooleanWrapper(this, "lines");
  private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
  private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>(this, "notice");
  private final ReadOnlyStringWrapper exportStatus =
      new ReadOnlyStringWrapper(this, "exportStatus", "");

  // Properties: the drill-through
  private final ObservableList<DrillStep> drillPath = FXCollections.observableArrayList();
  private final ObservableList<AllocationDetail> drillAllocations =
      FXCollections.observableArrayList();
  private final ObservableList<UsageDetail> drillUsage = FXCollections.observableArrayList();
  private final ReadOnlyLongWrapper allocationCount = new ReadOnlyLongWrapper(this, "allocations");
  private final ReadOnlyLongWrapper usageCount = new ReadOnlyLongWrapper(this, "usage");
  private final ReadOnlyIntegerWrapper allocationOffset =
      new ReadOnlyIntegerWrapper(this, "allocationOffset");
  private final ReadOnlyIntegerWrapper usageOffset =
      new ReadOnlyIntegerWrapper(this, "usageOffset");
  private final ReadOnlyBooleanWrapper drillRunning = new ReadOnlyBooleanWrapper(this, "drilling");
  private final ReadOnlyStringWrapper drillProblem =
      new ReadOnlyStringWrapper(this, "drillProblem", "");
  private final BooleanBinding drilling = Bindings.isNotEmpty(drillPath);

  // Read-only views, made once: a view made per call would be collected with its listeners.
  private final ObservableList<Dimension> rowsView = FXCollections.unmodifiableObservableList(rows);
  private final ObservableList<Measure> measuresView =
      FXCollections.unmodifiableObservableList(measures);
  private final ObservableList<FilterChoice> filtersView =
      FXCollections.unmodifiableObservableList(filters);
  private final ObservableList<DrillStep> drillPathView =
      FXCollections.unmodifiableObservableList(drillPath);

  public ExploreViewModel(
      ExploreService explore,
      AllocationService allocation,
      CurrentWorkspace current,
      AnalysisContext context,
      TaskExecutor executor,
      DialogService dialogs,
      Debouncer debouncer,
      Clock clock) {
    this.explore = explore;
    this.allocation = allocation;
    this.current = current;
    this.context = context;
    this.executor = executor;
    this.dialogs = dialogs;
    this.debouncer = debouncer;
    this.clock = clock;
    this.pivots = new LatestTaskScheduler(executor);
    this.drills = new LatestTaskScheduler(executor);

    ListChangeListener<Object> choiceChanged = change -> choicesChanged();
    rows.addListener(choiceChanged);
    measures.addListener(choiceChanged);
    column.addListener((obs, was, now) -> choicesChanged());
    topN.addListener((obs, was, now) -> choicesChanged());
    context.periodProperty().addListener((obs, was, now) -> choicesChanged());
    context.comparisonProperty().addListener((obs, was, now) -> choicesChanged());
    context.currencyProperty().addListener((obs, was, now) -> choicesChanged());
    chartKind.addListener((obs, was, now) -> redrawChart());
    current
        .workspaceProperty()
        .addListener(
            (obs, was, now) -> {
              closeDrill();
              filters.clear();
            });
    current.revisionProperty().addListener((obs, was, now) -> dataChanged());
    current
        .stateGenerationProperty()
        .addListener((obs, was, now) -> restore(current.state().pages().explore()));
    requery();
  }

  // Properties

  /** The row dimensions, outermost first. Change through the commands. */
  public ObservableList<Dimension> rows() {
    return rowsView;
  }

  /** The dimensions that can still be added as rows. */
  public List<Dimension> addableRows() {
    return EnumSet.allOf(Dimension.class).stream().filter(d -> !rows.contains(d)).toList();
  }

  /** The column dimension, or null for none. */
  public ReadOnlyObjectProperty<Dimension> columnProperty() {
    return column;
  }

  /** The measures shown, in catalog order. */
  public ObservableList<Measure> measures() {
    return measuresView;
  }

  public ObservableList<FilterChoice> filters() {
    return filtersView;
  }

  /** Keep the N largest values of the first row dimension and fold the rest into Other; 0: all. */
  public IntegerProperty topNProperty() {
    return topN;
  }

  public ObjectProperty<ChartKind> chartKindProperty() {
    return chartKind;
  }

  /** The pivot shown, or null while there is none (see {@link #noticeProperty()}). */
  public ReadOnlyObjectProperty<PivotTable> tableProperty() {
    return table.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<ChartData> chartProperty() {
    return chart.getReadOnlyProperty();
  }

  /** True when the chart can draw lines: time is the column or the first row dimension. */
  public ReadOnlyBooleanProperty linesPossibleProperty() {
    return linesPossible.getReadOnlyProperty();
  }

  /** True while a pivot query runs. */
  public ReadOnlyBooleanProperty runningProperty() {
    return running.getReadOnlyProperty();
  }

  /** An empty state or a problem to show, or null. */
  public ReadOnlyObjectProperty<Notice> noticeProperty() {
    return notice.getReadOnlyProperty();
  }

  /** The result of the last export, for the toolbar. */
  public ReadOnlyStringProperty exportStatusProperty() {
    return exportStatus.getReadOnlyProperty();
  }

  /** The cell drilled into, step by step; empty when not drilling. */
  public ObservableList<DrillStep> drillPath() {
    return drillPathView;
  }

  public BooleanBinding drillingProperty() {
    return drilling;
  }

  public ObservableList<AllocationDetail> drillAllocations() {
    return drillAllocations;
  }

  public ObservableList<UsageDetail> drillUsage() {
    return drillUsage;
  }

  /** How many allocated amounts are behind the cell (all pages). */
  public ReadOnlyLongProperty allocationCountProperty() {
    return allocationCount.getReadOnlyProperty();
  }

  public ReadOnlyLongProperty usageCountProperty() {
    return usageCount.getReadOnlyProperty();
  }

  public ReadOnlyIntegerProperty allocationOffsetProperty() {
    return allocationOffset.getReadOnlyProperty();
  }

  public ReadOnlyIntegerProperty usageOffsetProperty() {
    return usageOffset.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty drillRunningProperty() {
    return drillRunning.getReadOnlyProperty();
  }

  /** Empty, or why the drill-through shows nothing. */
  public ReadOnlyStringProperty drillProblemProperty() {
    return drillProblem.getReadOnlyProperty();
  }

  public AnalysisContext context() {
    return context;
  }

  // Commands: the choices

  /** Adds {@code dimension} as the innermost row (taking it from the column if it is there). */
  public void addRow(Dimension dimension) {
    if (rows.contains(dimension)) {
      return;
    }
    choose(
        () -> {
          if (column.get() == dimension) {
            column.set(null);
          }
          rows.add(dimension);
        });
  }

  public void removeRow(Dimension dimension) {
    rows.remove(dimension);
  }

  /** Moves a row dimension {@code delta} places out (negative) or in (positive). */
  public void moveRow(Dimension dimension, int delta) {
    int from = rows.indexOf(dimension);
    int to = from + delta;
    if (from < 0 || to < 0 || to >= rows.size() || delta == 0) {
      return;
    }
    List<Dimension> reordered = new ArrayList<>(rows);
    reordered.remove(from);
    reordered.add(to, dimension);
    rows.setAll(reordered);
  }

  /** Sets the rows in one go (a saved view, a test). */
  public void setRows(List<Dimension> dimensions) {
    choose(
        () -> {
          if (column.get() != null && dimensions.contains(column.get())) {
            column.set(null);
          }
          rows.setAll(new LinkedHashSet<>(dimensions));
        });
  }

  /** Sets the column dimension (null for none), taking it out of the rows if it is there. */
  public void setColumn(Dimension dimension) {
    choose(
        () -> {
          if (dimension != null) {
            rows.remove(dimension);
          }
          column.set(dimension);
        });
  }

  /** Shows {@code chosen}, in catalog order. */
  public void setMeasures(Collection<Measure> chosen) {
    List<Measure> ordered = chosen.stream().distinct().sorted(Comparator.naturalOrder()).toList();
    if (!ordered.equals(measures)) {
      measures.setAll(ordered);
    }
  }

  /** Adds a filter on {@code dimension} (keeping everything until values are picked). */
  public void addFilter(Dimension dimension) {
    if (filter(dimension).isPresent()) {
      return;
    }
    FilterChoice choice = new FilterChoice(dimension);
    filters.add(choice);
    loadValues(choice);
  }

  public void removeFilter(Dimension dimension) {
    filter(dimension)
        .ifPresent(
            choice -> {
              filters.remove(choice);
              if (!choice.selected().isEmpty()) {
                choicesChanged();
              }
            });
  }

  /** Keeps only {@code values} of {@code dimension}; none kept removes the filter's effect. */
  public void setFilterValues(Dimension dimension, Collection<String> values) {
    FilterChoice choice =
        filter(dimension)
            .orElseGet(
                () -> {
                  addFilter(dimension);
                  return filter(dimension).orElseThrow();
                });
    List<String> kept = new ArrayList<>(new LinkedHashSet<>(values));
    if (kept.equals(choice.selected())) {
      return;
    }
    choice.mutableSelected().setAll(kept);
    choicesChanged();
  }

  /** Reads the values a filter offers again. */
  public void reloadValues(Dimension dimension) {
    filter(dimension).ifPresent(this::loadValues);
  }

  /** Queries again now (F5), without waiting for the debounce. */
  public void refresh() {
    query();
  }

  // Commands: drill-through

  /**
   * Drills into the cell of {@code line} under {@code column}: the amounts and events of the line's
   * row values (and the column's value, unless it is a total column).
   */
  public void drill(PivotLine line, PivotColumn valueColumn) {
    PivotTable shown = table.get();
    if (shown == null || line == null) {
      return;
    }
    PivotRequest request = shown.request();
    List<DrillStep> steps = new ArrayList<>();
    for (int i = 0; i < line.keys().size(); i++) {
      steps.add(new DrillStep(request.rows().get(i), line.keys().get(i)));
    }
    if (valueColumn != null && !valueColumn.total() && request.column() != null) {
      steps.add(new DrillStep(request.column(), valueColumn.group()));
    }
    if (request.topN() > 0 && !line.keys().isEmpty() && "Other".equals(line.keys().get(0))) {
      drillProblem.set(
          "“Other” stands for many "
              + request.rows().get(0).label().toLowerCase(Locale.ROOT)
              + " values: drill into a named one, or set Top to 0 to list them all.");
      return;
    }
    drillPath.setAll(steps);
    loadDrill(0, 0);
  }

  /** Goes back to the first {@code depth} steps of the drill path; 0 closes the drill. */
  public void drillTo(int depth) {
    if (depth <= 0) {
      closeDrill();
      return;
    }
    if (depth < drillPath.size()) {
      drillPath.remove(depth, drillPath.size());
      loadDrill(0, 0);
    }
  }

  public void closeDrill() {
    drills.cancel();
    drillRunning.set(false);
    drillPath.clear();
    drillAllocations.clear();
    drillUsage.clear();
    allocationCount.set(0);
    usageCount.set(0);
    allocationOffset.set(0);
    usageOffset.set(0);
    drillProblem.set("");
  }

  /** Shows the next ({@code +1}) or previous ({@code -1}) page of allocated amounts. */
  public void pageAllocations(int direction) {
    int offset = page(allocationOffset.get(), direction, allocationCount.get());
    if (offset != allocationOffset.get()) {
      loadDrill(offset, usageOffset.get());
    }
  }

  public void pageUsage(int direction) {
    int offset = page(usageOffset.get(), direction, usageCount.get());
    if (offset != usageOffset.get()) {
      loadDrill(allocationOffset.get(), offset);
    }
  }

  // Commands: export

  /** Asks for a file and writes the pivot shown to it (CSV or Excel by the name). */
  public void export() {
    if (table.get() == null) {
      dialogs.showError("Nothing to export", "The pivot shows nothing yet.");
      return;
    }
    dialogs
        .chooseFileToSave("Export what you see", "pivot.xlsx", EXPORT_FILES)
        .map(ExploreViewModel::withExtension)
        .ifPresent(this::exportTo);
  }

  /** Writes the pivot shown to {@code file} on a background task. */
  public void exportTo(Path file) {
    PivotTable shown = table.get();
    Workspace workspace = current.get().orElse(null);
    if (shown == null || workspace == null) {
      return;
    }
    exportStatus.set("Exporting to " + file.getFileName() + "…");
    executor.execute(
        BackgroundTask.of(
                "Exporting " + file.getFileName(),
                (progress, cancellation) -> {
                  new PivotExport(shown, workspace.displayName(), clock.instant()).write(file);
                  return file;
                })
            .onSuccess(written -> exportStatus.set("Exported to " + written))
            .onFailure(
                error -> {
                  exportStatus.set("");
                  dialogs.showError("Export failed", error);
                }));
  }

  // The queries

  private void choose(Runnable change) {
    // One user action may change rows and column together: query once, after both.
    choosing = true;
    try {
      change.run();
    } finally {
      choosing = false;
    }
    choicesChanged();
  }

  private void choicesChanged() {
    if (choosing) {
      return;
    }
    closeDrill();
    requery();
    if (!restoring && current.get().isPresent()) {
      // The view is part of the workspace: saving keeps it, reopening restores it.
      ExploreViewState view = viewState();
      if (!view.equals(current.state().pages().explore())) {
        current.updateState(state -> state.withExplore(view));
      }
    }
  }

  /** The current choices as the analysis state stores them. */
  ExploreViewState viewState() {
    Map<String, List<String>> kept = new LinkedHashMap<>();
    for (FilterChoice choice : filters) {
      if (!choice.selected().isEmpty()) {
        kept.put(choice.dimension().id(), List.copyOf(choice.selected()));
      }
    }
    return new ExploreViewState(
        rows.stream().map(Dimension::id).toList(),
        column.get() == null ? null : column.get().id(),
        measures.stream().map(Measure::id).toList(),
        kept,
        topN.get(),
        chartKind.get().name().toLowerCase(Locale.ROOT));
  }

  /** Shows the view saved in the workspace (after open, recovery or an imported analysis). */
  private void restore(ExploreViewState view) {
    // A workspace that never saved a view keeps the page's own first view (cost per client and
    // month).
    if (view == null || view.equals(ExploreViewState.DEFAULT) || view.equals(viewState())) {
      return;
    }
    restoring = true;
    try {
      choose(
          () -> {
            rows.setAll(
                view.rows().stream().map(Dimension::byId).flatMap(Optional::stream).toList());
            column.set(view.column() == null ? null : Dimension.byId(view.column()).orElse(null));
            measures.setAll(
                view.measures().stream().map(Measure::byId).flatMap(Optional::stream).toList());
            topN.set(view.topN());
            Arrays.stream(ChartKind.values())
                .filter(kind -> kind.name().equalsIgnoreCase(view.chartType()))
                .findFirst()
                .ifPresent(chartKind::set);
            filters.clear();
            view.filters()
                .forEach(
                    (id, values) ->
                        Dimension.byId(id)
                            .ifPresent(
                                dimension -> {
                                  FilterChoice choice = new FilterChoice(dimension);
                                  choice.mutableSelected().setAll(values);
                                  filters.add(choice);
                                  loadValues(choice);
                                }));
          });
    } finally {
      restoring = false;
    }
  }

  private void dataChanged() {
    filters.forEach(this::loadValues);
    requery();
    if (!drillPath.isEmpty()) {
      loadDrill(allocationOffset.get(), usageOffset.get());
    }
  }

  private void requery() {
    debouncer.request(this::query);
  }

  private record Answer(PivotTable table, boolean empty, boolean workspaceEmpty) {}

  private void query() {
    Workspace workspace = current.get().orElse(null);
    if (workspace == null) {
      stop(new Notice(Notice.Kind.NO_WORKSPACE, "No workspace open."));
      return;
    }
    if (measures.isEmpty()) {
      stop(new Notice(Notice.Kind.CHOOSE, "Pick at least one measure."));
      return;
    }
    if (rows.isEmpty() && column.get() == null) {
      stop(new Notice(Notice.Kind.CHOOSE, "Pick a row or column dimension."));
      return;
    }
    PivotRequest request = request();
    Optional<Period> previous = context.comparisonPeriod();
    Period period = context.periodProperty().get();
    running.set(true);
    pivots.schedule(
        "Explore pivot",
        (progress, cancellation) -> answer(workspace, request, previous, cancellation),
        answer -> show(answer, period),
        this::failed);
  }

  private Answer answer(
      Workspace workspace,
      PivotRequest request,
      Optional<Period> previous,
      Cancellation cancellation) {
    AllocationRefresh.ensureCurrent(allocation, workspace, ProgressListener.NONE, cancellation);
    PivotResult now = explore.pivot(workspace, request, cancellation);
    PivotResult before = null;
    if (previous.isPresent()) {
      before =
          explore.pivot(
              workspace,
              request.withPeriod(previous.get().from(), previous.get().until()),
              cancellation);
    }
    PivotTable laidOut = PivotTable.of(now, before, previous.map(Period::label).orElse(null));
    // No line and no column value: the grand total alone stands for nothing.
    boolean empty = now.rows().isEmpty() && now.columnValues().isEmpty();
    boolean workspaceEmpty = empty && explore.periods(workspace).isEmpty();
    return new Answer(laidOut, empty, workspaceEmpty);
  }

  private void show(Answer answer, Period period) {
    running.set(false);
    if (answer.workspaceEmpty()) {
      table.set(null);
      notice.set(
          new Notice(
              Notice.Kind.EMPTY_WORKSPACE,
              "This workspace has no cost or usage yet. Import usage exports, bills or traces on"
                  + " the Sources page (Ctrl+1), or open the demo workspace from the File menu."));
    } else if (answer.empty()) {
      table.set(null);
      notice.set(
          new Notice(
              Notice.Kind.NO_ROWS,
              "Nothing in "
                  + period.label().toLowerCase(Locale.ROOT).replace("all time", "the workspace")
                  + " matches the filters."));
    } else {
      table.set(answer.table());
      notice.set(null);
    }
    redrawChart();
  }

  private void failed(Throwable error) {
    running.set(false);
    table.set(null);
    chart.set(null);
    if (error instanceof MissingFxRateException missing) {
      notice.set(new Notice(Notice.Kind.MISSING_RATE, missing.getMessage() + "."));
    } else {
      notice.set(
          new Notice(Notice.Kind.ERROR, "The pivot failed: " + ErrorMessages.userMessage(error)));
    }
  }

  private void stop(Notice why) {
    pivots.cancel();
    running.set(false);
    table.set(null);
    chart.set(null);
    notice.set(why);
  }

  private void redrawChart() {
    PivotTable shown = table.get();
    linesPossible.set(shown != null && ChartData.canDrawLines(shown.request()));
    chart.set(shown == null ? null : ChartData.of(shown, chartKind.get()));
  }

  /** The pivot request the choices and the shared context make. */
  PivotRequest request() {
    Period period = context.periodProperty().get();
    return new PivotRequest(
        rows,
        column.get(),
        measures,
        activeFilters(),
        period.from(),
        period.until(),
        Math.max(0, topN.get()),
        context.currencyProperty().get());
  }

  private Map<Dimension, Set<String>> activeFilters() {
    Map<Dimension, Set<String>> active = new LinkedHashMap<>();
    for (FilterChoice choice : filters) {
      if (!choice.selected().isEmpty()) {
        active.put(choice.dimension(), new LinkedHashSet<>(choice.selected()));
      }
    }
    return active;
  }

  private Optional<FilterChoice> filter(Dimension dimension) {
    return filters.stream().filter(f -> f.dimension() == dimension).findFirst();
  }

  private void loadValues(FilterChoice choice) {
    Workspace workspace = current.get().orElse(null);
    if (workspace == null) {
      return;
    }
    Period period = context.periodProperty().get();
    PivotRequest within =
        new PivotRequest(
            List.of(choice.dimension()),
            null,
            List.of(Measure.TOKENS),
            activeFilters(),
            period.from(),
            period.until(),
            0,
            context.currencyProperty().get());
    choice.setLoading(true);
    executor.execute(
        BackgroundTask.of(
                "Reading " + choice.dimension().label().toLowerCase(Locale.ROOT) + " values",
                (progress, cancellation) -> explore.values(workspace, choice.dimension(), within))
            .quiet()
            .onSuccess(
                values -> {
                  choice.setProblem("");
                  // Keep picked values that this period lacks: the filter still means them.
                  List<String> offered = new ArrayList<>(values);
                  choice.selected().stream()
                      .filter(v -> !offered.contains(v))
                      .forEach(offered::add);
                  choice.mutableValues().setAll(offered);
                })
            .onFailure(
                error ->
                    choice.setProblem(
                        "Cannot read the values: " + ErrorMessages.userMessage(error)))
            .onFinished(() -> choice.setLoading(false)));
  }

  private void loadDrill(int allocationsFrom, int usageFrom) {
    PivotTable shown = table.get();
    Workspace workspace = current.get().orElse(null);
    if (shown == null || workspace == null || drillPath.isEmpty()) {
      return;
    }
    Map<Dimension, String> cell = new LinkedHashMap<>();
    drillPath.forEach(step -> cell.put(step.dimension(), step.value()));
    DrillRequest amounts = new DrillRequest(shown.request(), cell, allocationsFrom, DRILL_PAGE);
    DrillRequest events = new DrillRequest(shown.request(), cell, usageFrom, DRILL_PAGE);
    drillRunning.set(true);
    drillProblem.set("");
    drills.schedule(
        "Rows behind the cell",
        (progress, cancellation) ->
            new DrillAnswer(
                explore.drillAllocations(workspace, amounts),
                explore.drillUsage(workspace, events)),
        answer -> {
          drillRunning.set(false);
          drillAllocations.setAll(answer.allocations().rows());
          allocationCount.set(answer.allocations().total());
          allocationOffset.set(answer.allocations().offset());
          drillUsage.setAll(answer.usage().rows());
          usageCount.set(answer.usage().total());
          usageOffset.set(answer.usage().offset());
        },
        error -> {
          drillRunning.set(false);
          drillProblem.set("Cannot read the rows: " + ErrorMessages.userMessage(error));
        });
  }

  private record DrillAnswer(
      DrillPage<AllocationDetail> allocations, DrillPage<UsageDetail> usage) {}

  private static int page(int offset, int direction, long total) {
    int next = offset + direction * DRILL_PAGE;
    if (next < 0 || next >= total) {
      return offset;
    }
    return next;
  }

  private static Path withExtension(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".csv") || name.endsWith(".xlsx")
        ? file
        : file.resolveSibling(file.getFileName() + ".xlsx");
  }
}
