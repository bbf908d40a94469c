package io.tokenledger.engine.state;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A what-if scenario: a name and its levers. A placeholder of the state document, kept so that
 * documents that hold it still read; the Scenarios page saves its scenarios in the workspace's own
 * tables ({@code io.tokenledger.engine.scenarios.SavedScenario}), and an analysis export carries
 * those in its {@code scenarios} field ({@link AnalysisExport}), not here.
 *
 * @param name the name, unique in a workspace
 * @param description what the scenario asks
 * @param levers lever id to its setting, in the order the user added them
 */
public record Scenario(String name, String description, Map<String, String> levers) {

  public Scenario {
    name = name == null ? "" : name;
    description = description == null ? "" : description;
    levers = Collections.unmodifiableMap(new LinkedHashMap<>(levers == null ? Map.of() : levers));
  }
}
