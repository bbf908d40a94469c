package io.tokenledger.engine.mapping;

import io.tokenledger.engine.sql.SqlFile;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The SQL of mapping rules on one connection: the rules table, applying the rules to usage_events
 * and cost_lines as one UPDATE each, previews and the unmapped totals. Statements are assembled
 * from fixed fragments ({@link RuleSql}); every user-typed value is a bound parameter.
 */
public final class MappingQueries {

  private static final Map<RuleSql.Table, String> TABLES =
      Map.of(RuleSql.Table.USAGE_EVENTS, "usage_events", RuleSql.Table.COST_LINES, "cost_lines");
  private static final Map<RuleSql.Table, String> COST =
      Map.of(RuleSql.Table.USAGE_EVENTS, "cost", RuleSql.Table.COST_LINES, "BilledCost");
  private static final Map<RuleSql.Table, String> CURRENCY =
      Map.of(
          RuleSql.Table.USAGE_EVENTS, "cost_currency", RuleSql.Table.COST_LINES, "BillingCurrency");

  private final Connection connection;

  public MappingQueries(Connection connection) {
    this.connection = connection;
  }

  public List<MappingRule> rules() throws SQLException {
    List<MappingRule> rules = new ArrayList<>();
    try (PreparedStatement statement = prepare("rules");
        ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        String kind = rows.getString("match_kind");
        String target = rows.getString("target");
        rules.add(
            new MappingRule(
                rows.getInt("rule_id"),
                rows.getInt("priority"),
                SourceKey.parse(rows.getString("source_key")),
                MatchKind.byId(kind)
                    .orElseThrow(() -> new SQLException("unknown match kind " + kind)),
                rows.getString("match_value"),
                MappingTarget.byColumn(target)
                    .orElseThrow(() -> new SQLException("unknown target " + target)),
                rows.getString("target_value"),
                rows.getBoolean("enabled"),
                rows.getString("note")));
      }
    }
    return rules;
  }

  /** Stores a rule; priority 0 places it last. Returns the stored rule. */
  public MappingRule insert(MappingRule rule) throws SQLException {
    check(rule);
    try (PreparedStatement insert = prepare("rule_insert")) {
      if (rule.priority() > 0) {
        insert.setInt(1, rule.priority());
      } else {
        insert.setNull(1, Types.INTEGER);
      }
      insert.setString(2, rule.sourceKey().spelling());
      insert.setString(3, rule.matchKind().id());
      insert.setString(4, rule.matchValue());
      insert.setString(5, rule.target().column());
      insert.setString(6, rule.targetValue());
      insert.setBoolean(7, rule.enabled());
      insert.setString(8, rule.note());
      try (ResultSet row = insert.executeQuery()) {
        row.next();
        return rule.withId(row.getInt(1), row.getInt(2));
      }
    }
  }

  public void update(MappingRule rule) throws SQLException {
    check(rule);
    try (PreparedStatement update = prepare("rule_update")) {
      update.setInt(1, rule.priority());
      update.setString(2, rule.sourceKey().spelling());
      update.setString(3, rule.matchKind().id());
      update.setString(4, rule.matchValue());
      update.setString(5, rule.target().column());
      update.setString(6, rule.targetValue());
      update.setBoolean(7, rule.enabled());
      update.setString(8, rule.note());
      update.setInt(9, rule.id());
      if (update.executeUpdate() == 0) {
        throw new SQLException("no mapping rule " + rule.id());
      }
    }
  }

  public void delete(int ruleId) throws SQLException {
    try (PreparedStatement delete =
        connection.prepareStatement("DELETE FROM mapping_rules WHERE rule_id = ?")) {
      delete.setInt(1, ruleId);
      delete.executeUpdate();
    }
  }

  public void reorder(List<Integer> ruleIds) throws SQLException {
    try (PreparedStatement update =
        connection.prepareStatement("UPDATE mapping_rules SET priority = ? WHERE rule_id = ?")) {
      for (int i = 0; i < ruleIds.size(); i++) {
        update.setInt(1, (i + 1) * 10);
        update.setInt(2, ruleIds.get(i));
        update.executeUpdate();
      }
    }
  }

  /** Refuses a rule whose regex DuckDB cannot compile, with DuckDB's reason. */
  public void check(MappingRule rule) throws SQLException {
    if (rule.matchKind() != MatchKind.REGEX) {
      return;
    }
    try (PreparedStatement statement =
        connection.prepareStatement("SELECT regexp_matches('', ?)")) {
      statement.setString(1, rule.matchValue());
      statement.executeQuery().close();
    } catch (SQLException e) {
      throw new IllegalArgumentException(
          "the regular expression '" + rule.matchValue() + "' is not valid: " + e.getMessage(), e);
    }
    try {
      java.util.regex.Pattern.compile(rule.matchValue());
    } catch (java.util.regex.PatternSyntaxException e) {
      throw new IllegalArgumentException(
          "the regular expression '" + rule.matchValue() + "' is not valid: " + e.getDescription(),
          e);
    }
  }

  /**
   * Applies the enabled rules to both tables.
   *
   * @return rows rewritten in usage_events and cost_lines
   */
  public long[] apply(List<MappingRule> rules) throws SQLException {
    return apply(rules, null);
  }

  /**
   * Applies the enabled rules to the rows one import brought in (every row when {@code importId} is
   * null): what an import does before it commits, so its rows arrive mapped.
   *
   * @return rows rewritten in usage_events and cost_lines
   */
  public long[] apply(List<MappingRule> rules, Integer importId) throws SQLException {
    createMacros();
    for (String capture : List.of("capture_usage", "capture_cost")) {
      try (PreparedStatement statement = prepare(capture)) {
        statement.setObject(1, importId);
        statement.setObject(2, importId);
        statement.executeUpdate();
      }
    }
    List<MappingRule> enabled = rules.stream().filter(MappingRule::enabled).toList();
    return new long[] {
      apply(RuleSql.Table.USAGE_EVENTS, enabled, importId),
      apply(RuleSql.Table.COST_LINES, enabled, importId)
    };
  }

  private long apply(RuleSql.Table table, List<MappingRule> rules, Integer importId)
      throws SQLException {
    RuleSql sql = new RuleSql(table);
    String text = SqlFile.load(getClass(), "apply").replace("{table}", TABLES.get(table));
    for (MappingTarget target : MappingTarget.values()) {
      StringBuilder expression = new StringBuilder();
      for (MappingRule rule : rules) {
        if (rule.target() == target) {
          expression.append(" WHEN ").append(sql.condition(rule));
          expression.append(" THEN ").append(sql.value(rule));
        }
      }
      String imported = "imported_" + target.column();
      text =
          text.replace(
              "{" + target.column() + "}",
              expression.length() == 0
                  ? imported
                  : "CASE" + expression + " ELSE " + imported + " END");
    }
    List<Object> parameters = new ArrayList<>(sql.parameters());
    parameters.add(importId);
    parameters.add(importId);
    try (PreparedStatement update = connection.prepareStatement(text)) {
      bind(update, parameters);
      return update.executeUpdate();
    }
  }

  /** What {@code rule} matches, given the other stored rules. */
  public RulePreview preview(MappingRule rule, List<MappingRule> rules) throws SQLException {
    check(rule);
    createMacros();
    // an unsaved rule without a priority would be added last
    int priority = rule.id() == 0 && rule.priority() == 0 ? Integer.MAX_VALUE : rule.priority();
    List<MappingRule> earlier =
        rules.stream()
            .filter(MappingRule::enabled)
            .filter(r -> r.target() == rule.target() && r.id() != rule.id())
            .filter(
                r ->
                    r.priority() < priority
                        || (r.priority() == priority && rule.id() != 0 && r.id() < rule.id()))
            .toList();
    long[] usage = new long[2];
    BigDecimal[] usageCost = new BigDecimal[2];
    long[] lines = new long[2];
    BigDecimal[] billed = new BigDecimal[2];
    boolean mixed = false;
    for (RuleSql.Table table : RuleSql.Table.values()) {
      RuleSql sql = new RuleSql(table);
      String condition = sql.condition(rule);
      List<Object> conditionParameters = List.copyOf(sql.parameters());
      RuleSql earlierSql = new RuleSql(table);
      StringBuilder anyEarlier = new StringBuilder("false");
      for (MappingRule other : earlier) {
        anyEarlier.append(" OR coalesce(").append(earlierSql.condition(other)).append(", false)");
      }
      String text =
          SqlFile.load(getClass(), "preview")
              .replace("{table}", TABLES.get(table))
              .replace("{cost}", COST.get(table))
              .replace("{currency}", CURRENCY.get(table))
              .replace("{earlier}", anyEarlier);
      String assembled = text.replace("{condition}", condition);
      // parameters in the order the template names them: {condition} five times, {earlier} twice
      List<Object> parameters = new ArrayList<>();
      parameters.addAll(conditionParameters); // matched
      parameters.addAll(conditionParameters); // matched_cost
      parameters.addAll(conditionParameters); // decided
      parameters.addAll(earlierSql.parameters());
      parameters.addAll(conditionParameters); // decided_cost
      parameters.addAll(earlierSql.parameters());
      parameters.addAll(conditionParameters); // currencies
      try (PreparedStatement statement = connection.prepareStatement(assembled)) {
        bind(statement, parameters);
        try (ResultSet row = statement.executeQuery()) {
          row.next();
          if (table == RuleSql.Table.USAGE_EVENTS) {
            usage[0] = row.getLong("matched");
            usageCost[0] = row.getBigDecimal("matched_cost");
            usage[1] = row.getLong("decided");
            usageCost[1] = row.getBigDecimal("decided_cost");
          } else {
            lines[0] = row.getLong("matched");
            billed[0] = row.getBigDecimal("matched_cost");
            lines[1] = row.getLong("decided");
            billed[1] = row.getBigDecimal("decided_cost");
          }
          mixed |= row.getLong("currencies") > 1;
        }
      }
    }
    return new RulePreview(
        usage[0],
        usageCost[0],
        usage[1],
        usageCost[1],
        lines[0],
        billed[0],
        lines[1],
        billed[1],
        mixed,
        values(rule));
  }

  private List<RulePreview.ValueCount> values(MappingRule rule) throws SQLException {
    java.util.Map<String, Long> counts = new java.util.LinkedHashMap<>();
    for (RuleSql.Table table : RuleSql.Table.values()) {
      RuleSql sql = new RuleSql(table);
      String value = sql.value(rule);
      String condition = sql.condition(rule);
      String text =
          SqlFile.load(getClass(), "preview_values")
              .replace("{table}", TABLES.get(table))
              .replace("{value}", value)
              .replace("{condition}", condition);
      try (PreparedStatement statement = connection.prepareStatement(text)) {
        bind(statement, sql.parameters());
        try (ResultSet rows = statement.executeQuery()) {
          while (rows.next()) {
            counts.merge(String.valueOf(rows.getString(1)), rows.getLong(2), Long::sum);
          }
        }
      }
    }
    return counts.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .limit(20)
        .map(e -> new RulePreview.ValueCount(e.getKey(), e.getValue()))
        .toList();
  }

  public List<UnmappedTotal> unmapped() throws SQLException {
    List<UnmappedTotal> totals = new ArrayList<>();
    try (PreparedStatement statement = prepare("unmapped");
        ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        boolean usageMixed = rows.getLong("usage_currencies") > 1;
        boolean billedMixed = rows.getLong("billed_currencies") > 1;
        totals.add(
            new UnmappedTotal(
                MappingTarget.byColumn(rows.getString("target")).orElseThrow(),
                rows.getLong("usage_events"),
                rows.getBigDecimal("usage_cost"),
                usageMixed ? null : rows.getString("usage_currency"),
                usageMixed,
                rows.getLong("cost_lines"),
                rows.getBigDecimal("billed_cost"),
                billedMixed ? null : rows.getString("billed_currency"),
                billedMixed));
      }
    }
    return totals;
  }

  private void createMacros() throws SQLException {
    String script = SqlFile.load(getClass(), "macros");
    try (Statement statement = connection.createStatement()) {
      for (String sql : script.split(";\\s*(\\r?\\n|$)")) {
        if (!sql.isBlank()) {
          statement.execute(sql);
        }
      }
    }
  }

  private static void bind(PreparedStatement statement, List<Object> parameters)
      throws SQLException {
    for (int i = 0; i < parameters.size(); i++) {
      statement.setObject(i + 1, parameters.get(i));
    }
  }

  private PreparedStatement prepare(String name) throws SQLException {
    return connection.prepareStatement(SqlFile.load(getClass(), name));
  }
}
