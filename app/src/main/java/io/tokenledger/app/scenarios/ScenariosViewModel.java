package io.tokenledger.app.scenarios;

import io.tokenledger.app.context.AnalysisContext;
import io.tokenledger.app.dialog.DialogService;
import io.tokenledger.app.dialog.ErrorMessages;
import io.tokenledger.app.task.BackgroundTask;
import io.tokenledger.app.task.LatestTaskScheduler;
import io.tokenledger.app.task.TaskExecutor;
import io.tokenledger.app.workspace.CurrentWorkspace;
import io.tokenledger.engine.explain.ExplainGrouping;
import io.tokenledger.engine.explain.ExplainResult;
import io.tokenledger.engine.explain.ExplainService;
import io.tokenledger.engine.scenarios.Lever;
import io.tokenledger.engine.scenarios.LeverSpec;
import io.tokenledger.engine.scenarios.SavedScenario;
import io.tokenledger.engine.scenarios.ScenarioResult;
import io.tokenledger.engine.scenarios.ScenarioService;
import io.tokenledger.engine.workspace.Workspace;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Scenarios page's state: the saved scenarios, the one selected with its levers and result
 * (baseline vs scenario, saving per lever, per client and feature, margins), every scenario's
 * result for side-by-side comparison, a lever being typed (checked as it is typed), and the Explain
 * tab's two months, grouping and decomposition. Reads re-run whenever the workspace changes (latest
 * request wins); edits are written to the workspace in the background and mark it modified.
 */
public final class ScenariosViewModel {

  private final ScenarioService scenarioService;
  private final ExplainService explainService;
  private final CurrentWorkspace current;
  private final AnalysisContext context;
  private final TaskExecutor executor;
  private final DialogService dialogs;
  private final LatestTaskScheduler reads;
  private final LatestTaskScheduler explains;

  // Properties
  private final ObservableList<SavedScenario> scenarios = FXCollections.observableArrayList();
  private final ObjectProperty<SavedScenario> selected =
      new SimpleObjectProperty<>(this, "selected");
  private final ReadOnlyObjectWrapper<ScenarioResult> result =
      new ReadOnlyObjectWrapper<>(this, "result");
  private final ObservableList<ScenarioResult> comparison = FXCollections.observableArrayList();
  private final Map<String, ScenarioResult> results = new LinkedHashMap<>();
  private final Map<String, String> failures = new LinkedHashMap<>();
  private String pendingSelection;
  private final StringProperty newName = new SimpleStringProperty(this, "newName", "");
  private final ObjectProperty<YearMonth> newBaseline =
      new SimpleObjectProperty<>(this, "newBaseline");
  private final StringProperty leverText = new SimpleStringProperty(this, "leverText", "");
  private final ReadOnlyStringWrapper leverProblem =
      new ReadOnlyStringWrapper(this, "leverProblem", "");
  private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
  private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
  private final ObjectProperty<YearMonth> explainFrom =
      new SimpleObjectProperty<>(this, "explainFrom");
  private final ObjectProperty<YearMonth> explainTo = new SimpleObjectProperty<>(this, "explainTo");
  private final ObjectProperty<ExplainGrouping> explainBy =
      new SimpleObjectProperty<>(this, "explainBy", ExplainGrouping.TOTAL);
  private final ReadOnlyObjectWrapper<ExplainResult> explanation =
      new ReadOnlyObjectWrapper<>(this, "explanation");
  private final ReadOnlyStringWrapper explainSummary =
      new ReadOnlyStringWrapper(this, "explainSummary", "");

  public ScenariosViewModel(
      ScenarioService scenarioService,
      ExplainService explainService,
      CurrentWorkspace current,
      AnalysisContext context,
      TaskExecutor executor,
      DialogService dialogs) {
    this.scenarioService = scenarioService;
    this.explainService = explainService;
    this.current = current;
    this.context = context;
    this.executor = executor;
    this.dialogs = dialogs;
    this.reads = new LatestTaskScheduler(executor);
    this.explains = new LatestTaskScheduler(executor);
    current.revisionProperty().addListener((obs, was, now) -> refresh());
    current.workspaceProperty().addListener((obs, was, now) -> refresh());
    selected.addListener((obs, was, now) -> showSelected());
    leverText.addListener((obs, was, now) -> leverProblem.set(problemOf(now)));
    context
        .months()
        .addListener((javafx.collections.ListChangeListener<YearMonth>) c -> defaultMonths());
    context.currencyProperty().addListener((obs, was, now) -> refresh());
    explainFrom.addListener((obs, was, now) -> explain());
    explainTo.addListener((obs, was, now) -> explain());
    explainBy.addListener((obs, was, now) -> explain());
    defaultMonths();
    refresh();
  }

  /** The saved scenarios, by name. */
  public ObservableList<SavedScenario> scenarios() {
    return scenarios;
  }

  public ObjectProperty<SavedScenario> selectedProperty() {
    return selected;
  }

  /** The selected scenario's result in cents, or null while none is computed. */
  public ReadOnlyObjectProperty<ScenarioResult> resultProperty() {
    return result.getReadOnlyProperty();
  }

  /** Every scenario that could be computed, side by side. */
  public ObservableList<ScenarioResult> comparison() {
    return comparison;
  }

  /** The months with data, oldest first (baseline and Explain choices). */
  public ObservableList<YearMonth> months() {
    return context.months();
  }

  public StringProperty newNameProperty() {
    return newName;
  }

  public ObjectProperty<YearMonth> newBaselineProperty() {
    return newBaseline;
  }

  /** The lever being typed, in {@link LeverSpec}'s text form. */
  public StringProperty leverTextProperty() {
    return leverText;
  }

  /** Empty, or what is wrong with the lever being typed. */
  public ReadOnlyStringProperty leverProblemProperty() {
    return leverProblem.getReadOnlyProperty();
  }

  /** "Baseline $1,234.56 → $987.65: saves $246.91 (20.0%)", or why there is no result. */
  public ReadOnlyStringProperty summaryProperty() {
    return summary.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty loadingProperty() {
    return loading.getReadOnlyProperty();
  }

  public ObjectProperty<YearMonth> explainFromProperty() {
    return explainFrom;
  }

  public ObjectProperty<YearMonth> explainToProperty() {
    return explainTo;
  }

  public ObjectProperty<ExplainGrouping> explainByProperty() {
    return explainBy;
  }

  /** The Explain decomposition in cents, or null. */
  public ReadOnlyObjectProperty<ExplainResult> explanationProperty() {
    return explanation.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty explainSummaryProperty() {
    return explainSummary.getReadOnlyProperty();
  }

  // Commands

  /** Reads the scenarios and computes every one of them again. */
  public void refresh() {
    Workspace workspace = current.get().orElse(null);
    if (workspace == null) {
      reads.cancel();
      scenarios.clear();
      results.clear();
      comparison.clear();
      result.set(null);
      summary.set("No workspace open");
      return;
    }
    String currency = currency();
    loading.set(true);
    reads.schedule(
        "Computing scenarios",
        (progress, cancellation) -> compute(workspace, currency),
        computed -> {
          String keep =
              pendingSelection != null
                  ? pendingSelection
                  : selected.get() == null ? null : selected.get().name();
          pendingSelection = null;
          results.clear();
          failures.clear();
          results.putAll(computed.results());
          failures.putAll(computed.failures());
          scenarios.setAll(computed.scenarios());
          comparison.setAll(computed.results().values());
          selected.set(
              scenarios.stream()
                  .filter(s -> s.name().equals(keep))
                  .findFirst()
                  .orElse(scenarios.isEmpty() ? null : scenarios.get(0)));
          showSelected();
          loading.set(false);
        },
        error -> {
          summary.set("Cannot read scenarios: " + ErrorMessages.userMessage(error));
          loading.set(false);
        });
    explain();
  }

  /** Saves a new empty scenario with the name and baseline typed, and selects it. */
  public void createScenario() {
    String name = newName.get() == null ? "" : newName.get().strip();
    if (name.isEmpty()) {
      dialogs.showError("New scenario", "Give the scenario a name.");
      return;
    }
    if (scenarios.stream().anyMatch(s -> s.name().equals(name))) {
      dialogs.showError("New scenario", "A scenario named " + name + " exists already.");
      return;
    }
    YearMonth baseline = newBaseline.get();
    if (baseline == null) {
      dialogs.showError("New scenario", "Choose the baseline month (import data first).");
      return;
    }
    SavedScenario scenario = new SavedScenario(name, baseline, "", List.of());
    write("Saving scenario " + name, name, ws -> scenarioService.save(ws, scenario));
    newName.set("");
  }

  /** Adds the typed lever to the selected scenario. */
  public void addLever() {
    SavedScenario scenario = selected.get();
    if (scenario == null) {
      dialogs.showError("Add lever", "Select or create a scenario first.");
      return;
    }
    Lever lever;
    try {
      lever = LeverSpec.parse(leverText.get());
    } catch (IllegalArgumentException e) {
      leverProblem.set(e.getMessage());
      return;
    }
    List<Lever> levers = new ArrayList<>(scenario.levers());
    levers.add(lever);
    SavedScenario changed = scenario.withLevers(levers);
    write(
        "Saving scenario " + scenario.name(),
        scenario.name(),
        ws -> scenarioService.save(ws, changed));
    leverText.set("");
  }

  /** Removes {@code lever} from the selected scenario. */
  public void removeLever(Lever lever) {
    SavedScenario scenario = selected.get();
    if (scenario == null || lever == null) {
      return;
    }
    List<Lever> levers = new ArrayList<>(scenario.levers());
    levers.remove(lever);
    SavedScenario changed = scenario.withLevers(levers);
    write(
        "Saving scenario " + scenario.name(),
        scenario.name(),
        ws -> scenarioService.save(ws, changed));
  }

  /** Deletes the selected scenario after asking. */
  public void deleteSelected() {
    SavedScenario scenario = selected.get();
    if (scenario == null
        || !dialogs.confirm(
            "Delete scenario", "Delete the scenario " + scenario.name() + "?", "Delete")) {
      return;
    }
    write(
        "Deleting scenario " + scenario.name(),
        null,
        ws -> scenarioService.delete(ws, scenario.name()));
  }

  /** Computes the Explain decomposition for the chosen months. */
  public void explain() {
    Workspace workspace = current.get().orElse(null);
    YearMonth from = explainFrom.get();
    YearMonth to = explainTo.get();
    if (workspace == null || from == null || to == null) {
      explains.cancel();
      explanation.set(null);
      explainSummary.set("Choose two months to compare.");
      return;
    }
    ExplainGrouping by = Objects.requireNonNull(explainBy.get());
    String currency = currency();
    explains.schedule(
        "Explaining the change in cost",
        (progress, cancellation) ->
            explainService.explain(workspace, from, to, by, currency).toCents(),
        done -> {
          explanation.set(done);
          explainSummary.set(describe(done));
        },
        error -> {
          explanation.set(null);
          explainSummary.set("Cannot explain: " + ErrorMessages.userMessage(error));
        });
  }

  static String describe(ExplainResult result) {
    BigDecimal change = result.total().change();
    return result.from()
        + " "
        + money(result.total().before())
        + " → "
        + result.to()
        + " "
        + money(result.total().after())
        + ": "
        + (change.signum() >= 0 ? "+" : "")
        + money(change)
        + " "
        + result.currency()
        + (result.unpricedRequests() > 0
            ? " · " + result.unpricedRequests() + " unpriced requests left out"
            : "");
  }

  static String describe(ScenarioResult result) {
    if (result.baselineCost().signum() == 0 && result.unpricedRequests() > 0) {
      return "No priced usage in "
          + result.scenario().baseline()
          + " ("
          + result.unpricedRequests()
          + " requests have no price): import a price catalog on the Prices page.";
    }
    BigDecimal share = result.savingShare();
    return "Baseline "
        + result.scenario().baseline()
        + " "
        + money(result.baselineCost())
        + " → scenario "
        + money(result.scenarioCost())
        + " "
        + result.currency()
        + ": "
        + (result.saving().signum() >= 0 ? "saves " : "adds ")
        + money(result.saving().abs())
        + (share == null
            ? ""
            : " (" + share.movePointRight(2).setScale(1, RoundingMode.HALF_UP).abs() + "%)")
        + (result.unpricedRequests() > 0
            ? " · " + result.unpricedRequests() + " unpriced requests left out"
            : "");
  }

  static String money(BigDecimal value) {
    return value == null ? "" : String.format("%,.2f", value.setScale(2, RoundingMode.HALF_UP));
  }

  private void showSelected() {
    SavedScenario scenario = selected.get();
    if (scenario == null) {
      result.set(null);
      summary.set(
          scenarios.isEmpty()
              ? "No scenario yet: name one, choose its baseline month and add levers."
              : "Select a scenario.");
      return;
    }
    ScenarioResult computed = results.get(scenario.name());
    result.set(computed);
    if (computed != null) {
      summary.set(describe(computed));
    } else {
      summary.set(failures.getOrDefault(scenario.name(), "Computing…"));
    }
  }

  private void defaultMonths() {
    List<YearMonth> months = context.months();
    if (months.isEmpty()) {
      return;
    }
    YearMonth last = months.get(months.size() - 1);
    if (newBaseline.get() == null || !months.contains(newBaseline.get())) {
      newBaseline.set(last);
    }
    if (explainTo.get() == null || !months.contains(explainTo.get())) {
      explainTo.set(last);
    }
    if (explainFrom.get() == null || !months.contains(explainFrom.get())) {
      explainFrom.set(months.size() > 1 ? months.get(months.size() - 2) : last);
    }
  }

  private String currency() {
    String currency = context.currencyProperty().get();
    return currency == null ? AnalysisContext.DEFAULT_CURRENCY : currency;
  }

  private static String problemOf(String text) {
    if (text == null || text.isBlank()) {
      return "";
    }
    try {
      LeverSpec.parse(text);
      return "";
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    }
  }

  private Computed compute(Workspace workspace, String currency) {
    List<SavedScenario> saved = scenarioService.list(workspace);
    Map<String, ScenarioResult> computed = new LinkedHashMap<>();
    Map<String, String> failed = new LinkedHashMap<>();
    try {
      for (ScenarioResult one : scenarioService.runAll(workspace, saved, currency)) {
        computed.put(one.scenario().name(), one.toCents());
      }
    } catch (RuntimeException all) {
      // One scenario's missing price must not hide the others: run them one by one.
      for (SavedScenario scenario : saved) {
        try {
          computed.put(
              scenario.name(), scenarioService.run(workspace, scenario, currency).toCents());
        } catch (RuntimeException e) {
          failed.put(
              scenario.name(),
              "Cannot compute " + scenario.name() + ": " + ErrorMessages.userMessage(e));
        }
      }
    }
    return new Computed(saved, computed, failed);
  }

  /** The scenarios with the results that could be computed and why the others could not. */
  private record Computed(
      List<SavedScenario> scenarios,
      Map<String, ScenarioResult> results,
      Map<String, String> failures) {}

  /** Work that changes the workspace. */
  private interface Change {
    void apply(Workspace workspace);
  }

  private void write(String title, String select, Change change) {
    Workspace workspace = current.get().orElse(null);
    if (workspace == null) {
      return;
    }
    executor.execute(
        BackgroundTask.<Void>of(
                title,
                (progress, cancellation) -> {
                  change.apply(workspace);
                  return null;
                })
            .onSuccess(
                done -> {
                  current.markModified();
                  pendingSelection = select;
                  refresh();
                })
            .onFailure(error -> dialogs.showError(title, error)));
  }
}
