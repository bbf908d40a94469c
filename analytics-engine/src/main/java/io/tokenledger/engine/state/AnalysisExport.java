package io.tokenledger.engine.state;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tokenledger.engine.scenarios.DuckDbScenarioService;
import io.tokenledger.engine.scenarios.Lever;
import io.tokenledger.engine.scenarios.LeverSpec;
import io.tokenledger.engine.scenarios.SavedScenario;
import io.tokenledger.engine.scenarios.ScenarioService;
import io.tokenledger.engine.sql.SqlFile;
import io.tokenledger.engine.workspace.Workspace;
import io.tokenledger.engine.workspace.WorkspaceException;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * "Export analysis" and "Import analysis": an analysis without its data as one JSON file, so a
 * colleague can apply the same views, rules, prices and scenarios to their own data. The file holds
 * the state document ({@link AnalysisState}) and the rows of the workspace's own tables that belong
 * to the analysis: mapping rules, the user's price overrides, the allocation settings and the saved
 * what-if scenarios (each with its baseline month and its levers in order, as kind and {@link
 * LeverSpec} text). Importing replaces all of them in one transaction; the imported data stays as
 * it was. A file without a {@code scenarios} field (written before exports carried them) leaves the
 * workspace's scenarios unchanged; a file with an empty one removes them. Every lever is read with
 * {@link LeverSpec} before anything changes, so a file with a lever the Scenarios page could not
 * read is refused whole, with a message naming the scenario and the lever.
 *
 * <pre>{@code
 * {"format": "tokenledger-analysis", "version": 2, "exportedAt": "...",
 *  "state": {...}, "mappingRules": [...], "priceOverrides": [...], "allocationSettings": [...],
 *  "scenarios": [{"name": "Haiku for summaries", "baselineMonth": "2026-10", "description": "...",
 *                 "levers": [{"kind": "route", "spec": "route feature=x from=A to=B"}]}]}
 * }</pre>
 */
public final class AnalysisExport {

  /** Marks a JSON file as an analysis export. */
  public static final String FORMAT = "tokenledger-analysis";

  /** File name extension of analysis exports. */
  public static final String EXTENSION = ".json";

  private final AnalysisStateStore stateStore = new AnalysisStateStore();
  private final ScenarioService scenarioService = new DuckDbScenarioService();

  /**
   * Writes {@code state} and the workspace's rules, prices, allocation settings and scenarios to a
   * file.
   */
  public void exportTo(Workspace workspace, AnalysisState state, Path file) {
    write(collect(workspace, state), file);
  }

  /**
   * Applies the analysis in {@code file} to the workspace and returns its state, which the caller
   * shows. Nothing changes when the file cannot be read or applied.
   */
  public AnalysisState importFrom(Workspace workspace, Path file) {
    AnalysisPackage analysis = read(file);
    apply(workspace, analysis);
    return analysis.state();
  }

  /** The analysis of {@code workspace} with {@code state} as its state. */
  public AnalysisPackage collect(Workspace workspace, AnalysisState state) {
    try (Connection connection = workspace.newConnection()) {
      return new AnalysisPackage(
          state,
          mappingRules(connection),
          priceOverrides(connection),
          allocationSettings(connection),
          scenarioService.list(workspace));
    } catch (SQLException e) {
      throw new WorkspaceException(
          "Cannot read the analysis of " + workspace.displayName() + ": " + e.getMessage(), e);
    }
  }

  /** Writes {@code analysis} to {@code file}, replacing it in one step. */
  public void write(AnalysisPackage analysis, Path file) {
    ObjectNode root = StateJson.MAPPER.createObjectNode();
    root.put("format", FORMAT);
    root.put("version", AnalysisStateStore.VERSION);
    root.put("exportedAt", Instant.now().toString());
    root.set("state", StateJson.MAPPER.valueToTree(analysis.state()));
    root.set("mappingRules", StateJson.MAPPER.valueToTree(analysis.mappingRules()));
    root.set("priceOverrides", StateJson.MAPPER.valueToTree(analysis.priceOverrides()));
    root.set("allocationSettings", StateJson.MAPPER.valueToTree(analysis.allocationSettings()));
    if (analysis.scenarios() != null) {
      root.set("scenarios", scenariosNode(analysis.scenarios()));
    }
    Path target = file.toAbsolutePath().normalize();
    Path temp = target.resolveSibling("." + target.getFileName() + ".tmp");
    try {
      Files.writeString(temp, root.toPrettyString() + "\n", StandardCharsets.UTF_8);
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new WorkspaceException("Cannot write " + target + ": " + e.getMessage(), e);
    } finally {
      try {
        Files.deleteIfExists(temp);
      } catch (IOException ignored) {
        // a leftover temporary file is harmless
      }
    }
  }

  /**
   * Reads an analysis export, migrating an older one.
   *
   * @throws WorkspaceException when the file is not an analysis export, is from a newer
   *     TokenLedger, holds a scenario or lever that cannot be read, or cannot be read at all
   */
  public AnalysisPackage read(Path file) {
    String name = file.getFileName().toString();
    JsonNode root;
    try {
      root = StateJson.MAPPER.readTree(Files.readString(file, StandardCharsets.UTF_8));
    } catch (JsonProcessingException e) {
      throw new WorkspaceException(
          name + " is not a TokenLedger analysis export: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new WorkspaceException("Cannot read " + file + ": " + e.getMessage(), e);
    }
    if (root == null || !FORMAT.equals(root.path("format").asText())) {
      throw new WorkspaceException(
          name + " is not a TokenLedger analysis export (no \"format\": \"" + FORMAT + "\")");
    }
    int version = root.path("version").asInt(-1);
    AnalysisState state =
        AnalysisStateStore.toState(root.path("state"), version, "The analysis in " + name);
    try {
      return new AnalysisPackage(
          state,
          list(root, "mappingRules", new TypeReference<List<MappingRule>>() {}),
          list(root, "priceOverrides", new TypeReference<List<PriceOverride>>() {}),
          list(root, "allocationSettings", new TypeReference<List<AllocationSetting>>() {}),
          scenarios(root.get("scenarios"), name));
    } catch (JsonProcessingException | IllegalArgumentException e) {
      throw new WorkspaceException(name + " cannot be read: " + e.getMessage(), e);
    }
  }

  /**
   * Replaces the workspace's rules, price overrides, allocation settings, state and (when the
   * analysis has them) scenarios at once.
   */
  public void apply(Workspace workspace, AnalysisPackage analysis) {
    try (Connection connection = workspace.newConnection()) {
      connection.setAutoCommit(false);
      try {
        replace(connection, "mapping_rules", rulesJson(analysis.mappingRules()));
        replace(connection, "price_overrides", pricesJson(analysis.priceOverrides()));
        replace(connection, "allocation_settings", settingsJson(analysis.allocationSettings()));
        if (analysis.scenarios() != null) {
          replace(connection, "scenarios", scenarioRowsJson(analysis.scenarios()));
          replace(connection, "scenario_levers", leverRowsJson(analysis.scenarios()));
        }
        stateStore.save(connection, analysis.state());
        connection.commit();
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new WorkspaceException(
          "Cannot apply the analysis to " + workspace.displayName() + ": " + e.getMessage(), e);
    }
  }

  private static <T> List<T> list(JsonNode root, String field, TypeReference<List<T>> type)
      throws JsonProcessingException {
    JsonNode node = root.path(field);
    return node.isArray() ? StateJson.MAPPER.treeToValue(node, type) : List.of();
  }

  /**
   * The scenarios of the file's {@code scenarios} field, each lever read by {@link LeverSpec}; null
   * when the file has no such field.
   */
  private static List<SavedScenario> scenarios(JsonNode node, String file) {
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isArray()) {
      throw new WorkspaceException(file + " cannot be read: \"scenarios\" is not a list");
    }
    List<SavedScenario> scenarios = new ArrayList<>();
    Set<String> names = new HashSet<>();
    int index = 0;
    for (JsonNode scenario : node) {
      index++;
      String name = scenario.path("name").asText("").strip();
      String which = name.isEmpty() ? "scenario " + index : "scenario \"" + name + "\"";
      String refused = file + " cannot be imported: " + which;
      if (name.isEmpty()) {
        throw new WorkspaceException(refused + " has no name");
      }
      if (!names.add(name)) {
        throw new WorkspaceException(refused + " appears twice");
      }
      String month = scenario.path("baselineMonth").asText("");
      YearMonth baseline;
      try {
        baseline = YearMonth.parse(month.strip());
      } catch (DateTimeParseException e) {
        throw new WorkspaceException(
            refused + ": baseline month '" + month + "' is not a month like 2026-10", e);
      }
      List<Lever> levers = new ArrayList<>();
      for (JsonNode lever : scenario.path("levers")) {
        String spec = lever.path("spec").asText("");
        String kind = lever.path("kind").asText("").strip();
        String at = refused + ", lever " + (levers.size() + 1) + " '" + spec + "': ";
        Lever read;
        try {
          read = LeverSpec.parse(spec);
        } catch (IllegalArgumentException e) {
          throw new WorkspaceException(at + e.getMessage(), e);
        }
        if (!kind.isEmpty() && !kind.equalsIgnoreCase(read.kind().id())) {
          throw new WorkspaceException(
              at + "its kind says " + kind + ", its text " + read.kind().id());
        }
        levers.add(read);
      }
      scenarios.add(
          new SavedScenario(name, baseline, scenario.path("description").asText(""), levers));
    }
    return scenarios;
  }

  private static void replace(Connection connection, String table, String rowsJson)
      throws SQLException {
    try (PreparedStatement delete =
        connection.prepareStatement(SqlFile.load(AnalysisExport.class, "delete_" + table))) {
      delete.executeUpdate();
    }
    try (PreparedStatement insert =
        connection.prepareStatement(SqlFile.load(AnalysisExport.class, "insert_" + table))) {
      insert.setString(1, rowsJson);
      insert.executeUpdate();
    }
  }

  private static List<MappingRule> mappingRules(Connection connection) throws SQLException {
    List<MappingRule> rules = new ArrayList<>();
    try (PreparedStatement statement =
            connection.prepareStatement(SqlFile.load(AnalysisExport.class, "mapping_rules"));
        ResultSet row = statement.executeQuery()) {
      while (row.next()) {
        rules.add(
            new MappingRule(
                row.getInt(1),
                row.getInt(2),
                row.getString(3),
                row.getString(4),
                row.getString(5),
                row.getString(6),
                row.getString(7),
                row.getBoolean(8),
                row.getString(9)));
      }
    }
    return rules;
  }

  private static List<PriceOverride> priceOverrides(Connection connection) throws SQLException {
    List<PriceOverride> prices = new ArrayList<>();
    try (PreparedStatement statement =
            connection.prepareStatement(SqlFile.load(AnalysisExport.class, "price_overrides"));
        ResultSet row = statement.executeQuery()) {
      while (row.next()) {
        prices.add(
            new PriceOverride(
                row.getString(1),
                row.getString(2),
                row.getString(3),
                row.getString(4),
                row.getLong(5),
                new BigDecimal(row.getString(6)),
                row.getString(7),
                LocalDate.parse(row.getString(8)),
                row.getString(9) == null ? null : LocalDate.parse(row.getString(9)),
                row.getString(10)));
      }
    }
    return prices;
  }

  private static List<AllocationSetting> allocationSettings(Connection connection)
      throws SQLException {
    List<AllocationSetting> settings = new ArrayList<>();
    try (PreparedStatement statement =
            connection.prepareStatement(SqlFile.load(AnalysisExport.class, "allocation_settings"));
        ResultSet row = statement.executeQuery()) {
      while (row.next()) {
        settings.add(
            new AllocationSetting(
                row.getString(1),
                row.getString(2),
                row.getString(3),
                row.getString(4),
                row.getString(5),
                row.getString(6)));
      }
    }
    return settings;
  }

  /** The rows as the JSON array the insert statements read: column names, decimals as text. */
  private static String rulesJson(List<MappingRule> rules) {
    ArrayNode rows = StateJson.MAPPER.createArrayNode();
    for (MappingRule rule : rules) {
      rows.addObject()
          .put("rule_id", rule.ruleId())
          .put("priority", rule.priority())
          .put("source_key", rule.sourceKey())
          .put("match_kind", rule.matchKind())
          .put("match_value", rule.matchValue())
          .put("target", rule.target())
          .put("target_value", rule.targetValue())
          .put("enabled", rule.enabled())
          .put("note", rule.note());
    }
    return rows.toString();
  }

  private static String pricesJson(List<PriceOverride> prices) {
    ArrayNode rows = StateJson.MAPPER.createArrayNode();
    for (PriceOverride price : prices) {
      rows.addObject()
          .put("provider", price.provider())
          .put("model", price.model())
          .put("token_bucket", price.tokenBucket())
          .put("service_tier", price.serviceTier())
          .put("above_prompt_tokens", price.abovePromptTokens())
          .put("unit_price", price.unitPrice() == null ? null : price.unitPrice().toPlainString())
          .put("currency", price.currency())
          .put("effective_from", text(price.effectiveFrom()))
          .put("effective_to", text(price.effectiveTo()))
          .put("match_pattern", price.matchPattern());
    }
    return rows.toString();
  }

  private static String settingsJson(List<AllocationSetting> settings) {
    ArrayNode rows = StateJson.MAPPER.createArrayNode();
    for (AllocationSetting setting : settings) {
      rows.addObject()
          .put("pool_key", setting.poolKey())
          .put("method", setting.method())
          .put("dimension", setting.dimension())
          .put("basis", setting.basis())
          .put("fixed_shares", setting.fixedShares())
          .put("note", setting.note());
    }
    return rows.toString();
  }

  private static ArrayNode scenariosNode(List<SavedScenario> scenarios) {
    ArrayNode list = StateJson.MAPPER.createArrayNode();
    for (SavedScenario scenario : scenarios) {
      ObjectNode node =
          list.addObject()
              .put("name", scenario.name())
              .put("baselineMonth", scenario.baseline().toString())
              .put("description", scenario.description());
      ArrayNode levers = node.putArray("levers");
      for (Lever lever : scenario.levers()) {
        levers.addObject().put("kind", lever.kind().id()).put("spec", LeverSpec.format(lever));
      }
    }
    return list;
  }

  private static String scenarioRowsJson(List<SavedScenario> scenarios) {
    ArrayNode rows = StateJson.MAPPER.createArrayNode();
    for (SavedScenario scenario : scenarios) {
      rows.addObject()
          .put("name", scenario.name())
          .put("baseline_month", scenario.baseline().atDay(1).toString())
          .put("description", scenario.description());
    }
    return rows.toString();
  }

  /** Levers numbered from 1 in the order the user added them, as the Scenarios page saves them. */
  private static String leverRowsJson(List<SavedScenario> scenarios) {
    ArrayNode rows = StateJson.MAPPER.createArrayNode();
    for (SavedScenario scenario : scenarios) {
      int position = 0;
      for (Lever lever : scenario.levers()) {
        rows.addObject()
            .put("scenario", scenario.name())
            .put("position", ++position)
            .put("kind", lever.kind().id())
            .put("spec", LeverSpec.format(lever));
      }
    }
    return rows.toString();
  }

  private static String text(LocalDate date) {
    return date == null ? null : date.toString();
  }
}
