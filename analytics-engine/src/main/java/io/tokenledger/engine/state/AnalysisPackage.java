package io.tokenledger.engine.state;

import io.tokenledger.engine.scenarios.SavedScenario;
import java.util.List;

/**
 * An analysis without its data, as "Export analysis" writes it and "Import analysis" applies it:
 * the state document and the workspace's own rules, prices, allocation settings and saved
 * scenarios. Scenarios are the one part that may be absent: a file written before exports carried
 * them says nothing about scenarios, and applying it keeps the workspace's own.
 *
 * @param state views, period, currency, scenarios, budgets, showback settings
 * @param mappingRules every mapping rule
 * @param priceOverrides the user's own prices
 * @param allocationSettings how each shared cost pool is split
 * @param scenarios every saved what-if scenario, or null when the file has none to say (the
 *     workspace's scenarios then stay as they are)
 */
public record AnalysisPackage(
    AnalysisState state,
    List<MappingRule> mappingRules,
    List<PriceOverride> priceOverrides,
    List<AllocationSetting> allocationSettings,
    List<SavedScenario> scenarios) {

  public AnalysisPackage {
    state = state == null ? AnalysisState.DEFAULT : state;
    mappingRules = mappingRules == null ? List.of() : List.copyOf(mappingRules);
    priceOverrides = priceOverrides == null ? List.of() : List.copyOf(priceOverrides);
    allocationSettings = allocationSettings == null ? List.of() : List.copyOf(allocationSettings);
    scenarios = scenarios == null ? null : List.copyOf(scenarios);
  }

  /** An analysis that leaves the workspace's scenarios as they are. */
  public AnalysisPackage(
      AnalysisState state,
      List<MappingRule> mappingRules,
      List<PriceOverride> priceOverrides,
      List<AllocationSetting> allocationSettings) {
    this(state, mappingRules, priceOverrides, allocationSettings, null);
  }
}
