package io.tokenledger.engine.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each part of the analysis state survives the JSON document unchanged. */
class AnalysisStateTest {

  @Test
  void aFullStateRoundTripsThroughItsDocument() {
    AnalysisState state = StateSamples.full();

    assertThat(roundTrip(state)).isEqualTo(state);
  }

  @Test
  void theDefaultStateRoundTrips() {
    assertThat(roundTrip(AnalysisState.DEFAULT)).isEqualTo(AnalysisState.DEFAULT);
  }

  @Test
  void theReportingCurrencyRoundTripsInUpperCase() {
    AnalysisState state = AnalysisState.DEFAULT.withReportingCurrency(" eur ");

    assertThat(state.reportingCurrency()).isEqualTo("EUR");
    assertThat(roundTrip(state).reportingCurrency()).isEqualTo("EUR");
  }

  @Test
  void thePeriodRoundTripsWithItsComparison() {
    PeriodSelection october =
        PeriodSelection.month(YearMonth.of(2026, 10), PeriodSelection.Comparison.PREVIOUS_YEAR);
    AnalysisState state = AnalysisState.DEFAULT.withPeriod(october);

    String json = AnalysisStateStore.toJson(state);

    assertThat(json)
        .contains(
            "\"period\":{\"from\":\"2026-10-01\",\"until\":\"2026-11-01\","
                + "\"comparison\":\"previous_year\"}");
    assertThat(roundTrip(state).period()).isEqualTo(october);
    assertThat(roundTrip(AnalysisState.DEFAULT).period()).isEqualTo(PeriodSelection.ALL_TIME);
  }

  @Test
  void theExploreViewRoundTripsWithItsFilterOrder() {
    AnalysisState state = AnalysisState.DEFAULT.withExplore(StateSamples.explore());

    ExploreViewState back = roundTrip(state).pages().explore();

    assertThat(back).isEqualTo(StateSamples.explore());
    assertThat(back.filters().keySet()).containsExactly("provider", "env");
    assertThat(back.filters().get("provider")).containsExactly("openai", "anthropic");
    assertThat(back.column()).isEqualTo("month");
    assertThat(back.topN()).isEqualTo(10);
    assertThat(back.chartType()).isEqualTo("stacked_bar");
  }

  @Test
  void theSourcesViewAndTheShownPageRoundTrip() {
    AnalysisState state =
        AnalysisState.DEFAULT.withSelectedPage("sources").withSources(new SourcesViewState(42));

    PageStates back = roundTrip(state).pages();

    assertThat(back.selectedPage()).isEqualTo("sources");
    assertThat(back.sources().selectedImportId()).isEqualTo(42);
  }

  @Test
  void savedViewsRoundTripInOrderAndAreReplacedByName() {
    AnalysisState state = StateSamples.full();
    assertThat(roundTrip(state).savedViews())
        .extracting(SavedView::name)
        .containsExactly("Top clients", "Cache by model");

    AnalysisState replaced =
        state.withSavedView(new SavedView("Top clients", ExploreViewState.DEFAULT));

    assertThat(replaced.savedViews())
        .extracting(SavedView::name)
        .containsExactly("Top clients", "Cache by model");
    assertThat(replaced.savedViews().get(0).view()).isEqualTo(ExploreViewState.DEFAULT);
    assertThat(roundTrip(replaced.withoutSavedView("Top clients")).savedViews())
        .extracting(SavedView::name)
        .containsExactly("Cache by model");
  }

  @Test
  void scenariosRoundTripWithTheirLevers() {
    Scenario scenario =
        new Scenario("Batch half", "Half of the traffic on batch", Map.of("batch.share", "0.5"));

    assertThat(roundTrip(AnalysisState.DEFAULT.withScenarios(List.of(scenario))).scenarios())
        .containsExactly(scenario);
  }

  @Test
  void budgetsRoundTripWithExactAmountsWrittenAsText() {
    AnalysisState state = StateSamples.full();

    assertThat(AnalysisStateStore.toJson(state)).contains("\"amount\":\"12500.0000000001\"");
    Budget back = roundTrip(state).budgets().get(0);
    assertThat(back.amount()).isEqualByComparingTo(new BigDecimal("12500.0000000001"));
    assertThat(back.amount().scale()).isEqualTo(10);
    assertThat(back.alertPercents()).containsExactly(50, 80, 95);
  }

  @Test
  void showbackSettingsRoundTrip() {
    ShowbackSettings settings = new ShowbackSettings("team", List.of("rate_card"), false);

    assertThat(roundTrip(AnalysisState.DEFAULT.withShowback(settings)).showback())
        .isEqualTo(settings);
  }

  @Test
  void missingPartsOfADocumentTakeTheirDefaults() {
    AnalysisState state =
        AnalysisStateStore.fromJson("{\"reportingCurrency\":\"GBP\"}", 2, "The analysis");

    assertThat(state).isEqualTo(AnalysisState.DEFAULT.withReportingCurrency("GBP"));
  }

  @Test
  void twoSavedViewsWithOneNameAreRefused() {
    assertThatThrownBy(
            () ->
                AnalysisState.DEFAULT.withSavedViews(
                    List.of(
                        new SavedView("A", ExploreViewState.DEFAULT),
                        new SavedView("A", StateSamples.explore()))))
        .hasMessageContaining("same name");
  }

  @Test
  void aDocumentThatDoesNotFitIsAClearError() {
    assertThatThrownBy(
            () ->
                AnalysisStateStore.fromJson(
                    "{\"period\":{\"from\":\"last October\"}}", 2, "The analysis in acme.tlw"))
        .hasMessageStartingWith("The analysis in acme.tlw cannot be read:")
        .hasMessageContaining("last October");
  }

  private static AnalysisState roundTrip(AnalysisState state) {
    return AnalysisStateStore.fromJson(
        AnalysisStateStore.toJson(state), AnalysisStateStore.VERSION, "The analysis");
  }
}
