package io.tokenledger.engine.mapping;

import java.util.List;

/**
 * What re-applying the rules did.
 *
 * @param rules the enabled rules applied
 * @param usageEvents usage events rewritten
 * @param costLines cost lines rewritten
 * @param unmapped what is left without a value, per dimension
 */
public record MappingResult(
    int rules, long usageEvents, long costLines, List<UnmappedTotal> unmapped) {

  public MappingResult {
    unmapped = List.copyOf(unmapped);
  }
}
