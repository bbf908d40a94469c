package io.tokenledger.app.context;

import io.tokenledger.app.dialog.ErrorMessages;
import io.tokenledger.app.task.LatestTaskScheduler;
import io.tokenledger.app.task.TaskExecutor;
import io.tokenledger.app.workspace.CurrentWorkspace;
import io.tokenledger.engine.explore.ExploreService;
import io.tokenledger.engine.workspace.Workspace;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The choices at the top of the window that apply to every page: the period, what it is compared
 * with, and the reporting currency. Pages observe these properties and re-query when they change.
 * The periods offered (all time, each month with data, a custom range once chosen) and the
 * currencies (USD plus those in the data) are read from the open workspace after every change to
 * it. Used on the UI thread only.
 */
public final class AnalysisContext {

  public static final String DEFAULT_CURRENCY = "USD";

  private final ExploreService explore;
  private final CurrentWorkspace current;
  private final LatestTaskScheduler reads;

  // Properties
  private final ObjectProperty<Period> period =
      new SimpleObjectProperty<>(this, "period", Period.allTime());
  private final ObjectProperty<Comparison> comparison =
      new SimpleObjectProperty<>(this, "comparison", Comparison.NONE);
  private final StringProperty currency =
      new SimpleStringProperty(this, "currency", DEFAULT_CURRENCY);
  private final ObservableList<Period> periods =
      FXCollections.observableArrayList(Period.allTime());
  private final ObservableList<YearMonth> months = FXCollections.observableArrayList();
  private final ObservableList<String> currencies =
      FXCollections.observableArrayList(DEFAULT_CURRENCY);
  private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");

  public AnalysisContext(ExploreService explore, CurrentWorkspace current, TaskExecutor executor) {
    this.explore = explore;
    this.current = current;
    this.reads = new LatestTaskScheduler(executor);
    current
        .workspaceProperty()
        .addListener(
            (obs, was, now) -> {
              // Another workspace: its months and currencies are not this one's.
              period.set(Period.allTime());
              currency.set(DEFAULT_CURRENCY);
            });
    current.revisionProperty().addListener((obs, was, now) -> reload());
    reload();
  }

  /** The period every page shows; all time by default. */
  public ObjectProperty<Period> periodProperty() {
    return period;
  }

  public ObjectProperty<Comparison> comparisonProperty() {
    return comparison;
  }

  /** The reporting currency; amounts in others convert through the FX table. */
  public StringProperty currencyProperty() {
    return currency;
  }

  /** All time, the months with data newest first, and a custom range once one was chosen. */
  public ObservableList<Period> periods() {
    return periods;
  }

  /** The months that hold data, oldest first; empty for an empty workspace. */
  public ObservableList<YearMonth> months() {
    return months;
  }

  /** USD and the currencies the data has or converts into. */
  public ObservableList<String> currencies() {
    return currencies;
  }

  /** Empty, or why the choices could not be read. */
  public ReadOnlyStringProperty problemProperty() {
    return problem.getReadOnlyProperty();
  }

  /** The period to compare with, when a comparison is chosen and the period has one before it. */
  public Optional<Period> comparisonPeriod() {
    return comparison.get() == Comparison.PREVIOUS_PERIOD
        ? period.get().previous()
        : Optional.empty();
  }

  // Commands

  /** Chooses the days from {@code first} to {@code last}, both included. */
  public void chooseDays(java.time.LocalDate first, java.time.LocalDate last) {
    Period chosen = Period.days(first, last);
    if (!periods.contains(chosen)) {
      periods.add(chosen);
    }
    period.set(chosen);
  }

  /** Reads the months and currencies of the open workspace again. */
  public void reload() {
    Workspace workspace = current.get().orElse(null);
    if (workspace == null) {
      reads.cancel();
      apply(List.of(), List.of(DEFAULT_CURRENCY));
      return;
    }
    reads.schedule(
        "Reading periods and currencies",
        (progress, cancellation) ->
            new Choices(explore.periods(workspace), explore.currencies(workspace)),
        choices -> apply(choices.months(), choices.currencies()),
        error -> problem.set("Cannot read the periods: " + ErrorMessages.userMessage(error)));
  }

  private record Choices(List<YearMonth> months, List<String> currencies) {}

  private void apply(List<YearMonth> found, List<String> foundCurrencies) {
    problem.set("");
    months.setAll(found);
    List<Period> offered = new ArrayList<>();
    offered.add(Period.allTime());
    found.stream().sorted(Comparator.reverseOrder()).map(Period::month).forEach(offered::add);
    Period chosen = period.get();
    if (chosen.kind() == Period.Kind.RANGE) {
      offered.add(chosen);
    }
    periods.setAll(offered);
    if (!offered.contains(chosen)) {
      // The month chosen has no data any more (its file was replaced): show all time.
      period.set(Period.allTime());
    }
    List<String> all = new ArrayList<>(foundCurrencies);
    if (!all.contains(DEFAULT_CURRENCY)) {
      all.add(0, DEFAULT_CURRENCY);
    }
    all.sort(Comparator.comparing((String c) -> !c.equals(DEFAULT_CURRENCY)).thenComparing(c -> c));
    currencies.setAll(all);
    if (!all.contains(currency.get())) {
      currency.set(DEFAULT_CURRENCY);
    }
  }
}
