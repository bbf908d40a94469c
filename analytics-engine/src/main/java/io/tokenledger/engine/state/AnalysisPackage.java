package io.tokenledger.engine.state;

import java.util.List;

/**
 * An analysis without its data, as "Export analysis" writes it and "Import analysis" applies it:
 * the state document and the workspace's own rules, prices and allocation settings.
 *
 * @param state views, period, currency, scenarios, budgets, showback settings
 * @param mappingRules every mapping rule
 * @param priceOverrides the user's own prices
 * @param allocationSettings how each shared cost pool is split
 */
public record AnalysisPackage(
    AnalysisState state,
    List<MappingRule> mappingRules,
    List<PriceOverride> priceOverrides,
    List<AllocationSetting> allocationSettings) {

  public AnalysisPackage {
    state = state == null ? AnalysisState.DEFAULT : state;
    mappingRules = mappingRules == null ? List.of() : List.copyOf(mappingRules);
    priceOverrides = priceOverrides == null ? List.of() : List.copyOf(priceOverrides);
    allocationSettings = allocationSettings == null ? List.of() : List.copyOf(allocationSettings);
  }
}
