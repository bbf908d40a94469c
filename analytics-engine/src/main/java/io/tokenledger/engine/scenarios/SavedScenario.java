package io.tokenledger.engine.scenarios;

import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;

/**
 * A named what-if: levers applied to the actual usage of a baseline month. Saved in the workspace
 * (tables {@code scenarios} and {@code scenario_levers}).
 *
 * @param name unique in the workspace
 * @param baseline the month whose usage is re-run
 * @param description what the scenario asks, free text
 * @param levers the levers in the order the user added them
 */
public record SavedScenario(
    String name, YearMonth baseline, String description, List<Lever> levers) {

  public SavedScenario {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("A scenario needs a name");
    }
    name = name.strip();
    if (baseline == null) {
      throw new IllegalArgumentException("A scenario needs a baseline month");
    }
    description = description == null ? "" : description.strip();
    levers = List.copyOf(levers == null ? List.of() : levers);
  }

  /** The levers in the order they apply: by {@link LeverKind}, then as the user added them. */
  public List<Lever> leversInOrder() {
    return levers.stream().sorted(Comparator.comparing(Lever::kind)).toList();
  }

  public SavedScenario withLevers(List<Lever> list) {
    return new SavedScenario(name, baseline, description, list);
  }
}
