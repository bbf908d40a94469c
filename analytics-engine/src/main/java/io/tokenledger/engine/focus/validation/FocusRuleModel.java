package io.tokenledger.engine.focus.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The FinOps Foundation's FOCUS requirements model (the focus_validator's {@code model-1.2.json},
 * MIT, bundled with its NOTICE): 621 rules keyed by id, each a check tree over the dataset's
 * columns, and the dataset root rules from which the checks are reached.
 */
public final class FocusRuleModel {

  private static final String BUNDLED = "/io/tokenledger/engine/focus/validation/model-1.2.json";

  private final String modelVersion;
  private final String focusVersion;
  private final Map<String, FocusRule> rules;
  private final Map<String, List<String>> datasetRoots;

  private FocusRuleModel(
      String modelVersion,
      String focusVersion,
      Map<String, FocusRule> rules,
      Map<String, List<String>> datasetRoots) {
    this.modelVersion = modelVersion;
    this.focusVersion = focusVersion;
    this.rules = Collections.unmodifiableMap(rules);
    this.datasetRoots = Collections.unmodifiableMap(datasetRoots);
  }

  /** The model that ships with TokenLedger (FOCUS 1.2). */
  public static FocusRuleModel bundled() {
    try (InputStream in = FocusRuleModel.class.getResourceAsStream(BUNDLED)) {
      if (in == null) {
        throw new IllegalStateException("FOCUS requirements model not found: " + BUNDLED);
      }
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the FOCUS requirements model", e);
    }
  }

  /** Reads a model in the focus_validator's JSON layout. */
  public static FocusRuleModel read(InputStream in) throws IOException {
    JsonNode root = new ObjectMapper().readTree(in);
    JsonNode details = root.path("Details");
    Map<String, FocusRule> rules = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = root.path("ModelRules").fields();
        it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      rules.put(entry.getKey(), rule(entry.getKey(), entry.getValue()));
    }
    Map<String, List<String>> roots = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = root.path("ModelDatasets").fields();
        it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      List<String> ids = new ArrayList<>();
      entry.getValue().path("ModelRules").forEach(id -> ids.add(id.asText()));
      roots.put(entry.getKey(), List.copyOf(ids));
    }
    return new FocusRuleModel(
        details.path("ModelVersion").asText(""),
        details.path("FOCUSVersion").asText(""),
        rules,
        roots);
  }

  private static FocusRule rule(String id, JsonNode node) {
    JsonNode criteria = node.path("ValidationCriteria");
    List<String> applicability = new ArrayList<>();
    node.path("ApplicabilityCriteria").forEach(c -> applicability.add(c.asText()));
    JsonNode requirement = criteria.path("Requirement");
    return new FocusRule(
        id,
        node.path("Function").asText(""),
        node.path("Reference").asText(""),
        node.path("EntityType").asText(""),
        "Dynamic".equals(node.path("Type").asText()) || isEmpty(requirement),
        criteria.path("Keyword").asText("MUST"),
        applicability,
        criteria.path("MustSatisfy").asText(""),
        requirement.isMissingNode() ? MissingNode.getInstance() : requirement,
        criteria.path("Condition"));
  }

  static boolean isEmpty(JsonNode node) {
    return node == null || node.isMissingNode() || node.isNull() || node.isEmpty();
  }

  public String modelVersion() {
    return modelVersion;
  }

  public String focusVersion() {
    return focusVersion;
  }

  public Map<String, FocusRule> rules() {
    return rules;
  }

  public Optional<FocusRule> rule(String id) {
    return Optional.ofNullable(rules.get(id));
  }

  /** The root rules of a dataset ({@code CostAndUsage}); empty when the model has none for it. */
  public List<String> roots(String dataset) {
    return datasetRoots.getOrDefault(dataset, List.of());
  }
}
