package io.tokenledger.engine.state;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A what-if scenario: a name and its levers. A placeholder until the Scenarios page defines the
 * levers (routing, cache rate, batch share, price change, growth); the document keeps them as named
 * text values so that the format already has their place.
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
