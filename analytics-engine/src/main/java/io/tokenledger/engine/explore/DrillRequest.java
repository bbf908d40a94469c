package io.tokenledger.engine.explore;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A pivot cell to drill into: its dimension values, the pivot's own filters and period, and the
 * page wanted.
 */
public record DrillRequest(PivotRequest pivot, Map<Dimension, String> cell, int offset, int limit) {

  public DrillRequest {
    cell = Map.copyOf(cell);
    if (offset < 0 || limit <= 0) {
      throw new IllegalArgumentException("offset must be >= 0 and limit > 0");
    }
  }

  /** The pivot's filters narrowed to the cell's values. */
  PivotRequest narrowed() {
    Map<Dimension, Set<String>> filters = new LinkedHashMap<>(pivot.filters());
    cell.forEach((dimension, value) -> filters.put(dimension, Set.of(value)));
    return new PivotRequest(
        pivot.rows(),
        pivot.column(),
        pivot.measures(),
        filters,
        pivot.from(),
        pivot.until(),
        0,
        pivot.currency());
  }
}
