package io.tokenledger.engine.state;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A state with every part set to something other than its default, for round-trip tests. */
final class StateSamples {

  private StateSamples() {}

  static ExploreViewState explore() {
    Map<String, List<String>> filters = new LinkedHashMap<>();
    filters.put("provider", List.of("openai", "anthropic"));
    filters.put("env", List.of("prod"));
    return new ExploreViewState(
        List.of("client", "model"),
        "month",
        List.of("allocated_cost", "tokens", "cost_per_1m_tokens"),
        filters,
        10,
        "stacked_bar");
  }

  static AnalysisState full() {
    return AnalysisState.DEFAULT
        .withReportingCurrency("eur")
        .withPeriod(
            PeriodSelection.month(
                YearMonth.of(2026, 10), PeriodSelection.Comparison.PREVIOUS_PERIOD))
        .withSelectedPage("explore")
        .withSources(new SourcesViewState(3))
        .withExplore(explore())
        .withSavedView(new SavedView("Top clients", explore()))
        .withSavedView(
            new SavedView(
                "Cache by model",
                new ExploreViewState(
                    List.of("model"), "token_bucket", List.of("tokens"), Map.of(), 0, "table")))
        .withScenarios(
            List.of(
                new Scenario(
                    "Route search to mini",
                    "Search feature on gpt-4o-mini",
                    Map.of("route.feature", "search", "route.to", "gpt-4o-mini"))))
        .withBudgets(
            List.of(
                new Budget(
                    "Acme cap",
                    "client",
                    "Acme",
                    new BigDecimal("12500.0000000001"),
                    "USD",
                    "month",
                    List.of(50, 80, 95))))
        .withShowback(new ShowbackSettings("team", List.of("rate_card", "methodology"), false));
  }

  static LocalDate day(String iso) {
    return LocalDate.parse(iso);
  }
}
