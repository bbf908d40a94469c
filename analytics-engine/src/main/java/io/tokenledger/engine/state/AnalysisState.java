package io.tokenledger.engine.state;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Everything about an analysis that is not data and not a table of its own: the reporting currency
 * and period, the current view of each page, the named saved views, scenarios, budgets and showback
 * settings. Stored as one versioned JSON document in the workspace ({@link AnalysisStateStore});
 * mapping rules, price overrides and allocation settings live in their own tables and travel with
 * it only in an analysis export ({@link AnalysisExport}). Immutable: a change makes a new state
 * with one of the {@code with...} methods.
 *
 * @param reportingCurrency ISO code every amount is shown in
 * @param period the period every page reports on
 * @param pages the current view of each page
 * @param savedViews named Explore views, in the order the user saved them
 * @param scenarios what-if scenarios
 * @param budgets budgets and spend caps
 * @param showback how the showback pack is made
 */
public record AnalysisState(
    String reportingCurrency,
    PeriodSelection period,
    PageStates pages,
    List<SavedView> savedViews,
    List<Scenario> scenarios,
    List<Budget> budgets,
    ShowbackSettings showback) {

  /** The state of a new workspace. */
  public static final AnalysisState DEFAULT =
      new AnalysisState(
          "USD",
          PeriodSelection.ALL_TIME,
          PageStates.DEFAULT,
          List.of(),
          List.of(),
          List.of(),
          ShowbackSettings.DEFAULT);

  public AnalysisState {
    reportingCurrency =
        reportingCurrency == null || reportingCurrency.isBlank()
            ? "USD"
            : reportingCurrency.strip().toUpperCase(Locale.ROOT);
    period = Objects.requireNonNullElse(period, PeriodSelection.ALL_TIME);
    pages = Objects.requireNonNullElse(pages, PageStates.DEFAULT);
    savedViews = savedViews == null ? List.of() : List.copyOf(savedViews);
    scenarios = scenarios == null ? List.of() : List.copyOf(scenarios);
    budgets = budgets == null ? List.of() : List.copyOf(budgets);
    showback = Objects.requireNonNullElse(showback, ShowbackSettings.DEFAULT);
    if (savedViews.stream().map(SavedView::name).distinct().count() != savedViews.size()) {
      throw new IllegalArgumentException("Two saved views have the same name");
    }
  }

  public AnalysisState withReportingCurrency(String currency) {
    return new AnalysisState(currency, period, pages, savedViews, scenarios, budgets, showback);
  }

  public AnalysisState withPeriod(PeriodSelection selection) {
    return new AnalysisState(
        reportingCurrency, selection, pages, savedViews, scenarios, budgets, showback);
  }

  public AnalysisState withPages(PageStates states) {
    return new AnalysisState(
        reportingCurrency, period, states, savedViews, scenarios, budgets, showback);
  }

  public AnalysisState withSelectedPage(String page) {
    return withPages(pages.withSelectedPage(page));
  }

  public AnalysisState withSources(SourcesViewState view) {
    return withPages(pages.withSources(view));
  }

  public AnalysisState withExplore(ExploreViewState view) {
    return withPages(pages.withExplore(view));
  }

  /** Adds {@code view}, or replaces the saved view of the same name where it stands. */
  public AnalysisState withSavedView(SavedView view) {
    List<SavedView> views = new ArrayList<>(savedViews);
    int index = indexOf(view.name());
    if (index >= 0) {
      views.set(index, view);
    } else {
      views.add(view);
    }
    return withSavedViews(views);
  }

  public AnalysisState withoutSavedView(String name) {
    List<SavedView> views = new ArrayList<>(savedViews);
    views.removeIf(view -> view.name().equals(name));
    return withSavedViews(views);
  }

  public AnalysisState withSavedViews(List<SavedView> views) {
    return new AnalysisState(reportingCurrency, period, pages, views, scenarios, budgets, showback);
  }

  public AnalysisState withScenarios(List<Scenario> list) {
    return new AnalysisState(reportingCurrency, period, pages, savedViews, list, budgets, showback);
  }

  public AnalysisState withBudgets(List<Budget> list) {
    return new AnalysisState(
        reportingCurrency, period, pages, savedViews, scenarios, list, showback);
  }

  public AnalysisState withShowback(ShowbackSettings settings) {
    return new AnalysisState(
        reportingCurrency, period, pages, savedViews, scenarios, budgets, settings);
  }

  private int indexOf(String name) {
    for (int i = 0; i < savedViews.size(); i++) {
      if (savedViews.get(i).name().equals(name.strip())) {
        return i;
      }
    }
    return -1;
  }
}
