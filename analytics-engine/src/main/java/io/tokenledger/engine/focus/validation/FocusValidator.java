package io.tokenledger.engine.focus.validation;

import com.fasterxml.jackson.databind.JsonNode;
import io.tokenledger.engine.focus.FocusFiles;
import io.tokenledger.engine.focus.ScratchDatabase;
import io.tokenledger.engine.sql.SqlFile;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a FOCUS file against the requirements model: loads the file into a private in-memory
 * DuckDB table, turns every Static rule into a SQL predicate (one scan answers all row rules),
 * reports Dynamic rules as not checkable, and derives composite rules from their children.
 */
public final class FocusValidator {

  private static final String CURRENCY_CODES =
      "/io/tokenledger/engine/focus/validation/currency_codes.csv";
  private static final String TABLE = "focus_data";

  private final FocusRuleModel model;
  private final List<String> currencyCodes;

  public FocusValidator(FocusRuleModel model, List<String> currencyCodes) {
    this.model = model;
    this.currencyCodes = List.copyOf(currencyCodes);
  }

  /** A validator with the bundled FOCUS 1.2 model and ISO 4217 list. */
  public static FocusValidator bundled() {
    return new FocusValidator(FocusRuleModel.bundled(), bundledCurrencyCodes());
  }

  public FocusRuleModel model() {
    return model;
  }

  /** Checks a CSV, CSV.gz or Parquet file, or a folder of them, against the model. */
  public FocusValidationReport validate(Path file, FocusValidationOptions options)
      throws SQLException {
    FocusFiles files = FocusFiles.resolve(file);
    try (Connection connection = ScratchDatabase.open()) {
      load(connection, files);
      return check(connection, file, options);
    }
  }

  private static void load(Connection connection, FocusFiles files) throws SQLException {
    String sql =
        SqlFile.load(
            FocusValidator.class,
            files.kind() == FocusFiles.Kind.PARQUET ? "load_parquet" : "load_csv");
    try (PreparedStatement load = connection.prepareStatement(sql)) {
      Object[] paths = files.files().stream().map(Path::toString).toArray();
      load.setObject(1, connection.createArrayOf("VARCHAR", paths));
      load.execute();
    }
  }

  private FocusValidationReport check(
      Connection connection, Path file, FocusValidationOptions options) throws SQLException {
    DataColumns columns = describe(connection);
    Evaluation evaluation =
        new Evaluation(new RuleSqlCompiler(columns, currencyCodes), columns, options);
    for (String root : model.roots("CostAndUsage")) {
      evaluation.plan(root, List.of(), null);
    }
    for (String id : model.rules().keySet()) {
      evaluation.plan(id, List.of(), null);
    }
    long rows = evaluation.run(connection);
    for (String id : model.rules().keySet()) {
      evaluation.result(id);
    }
    // Read the results only now: an OR composite may have turned a failed alternative into a pass.
    List<RuleResult> results = new ArrayList<>();
    for (String id : model.rules().keySet()) {
      results.add(evaluation.result(id));
    }
    return new FocusValidationReport(file, model.modelVersion(), rows, results);
  }

  private static DataColumns describe(Connection connection) throws SQLException {
    Map<String, String> types = new LinkedHashMap<>();
    try (Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery("DESCRIBE " + TABLE)) {
      while (rs.next()) {
        types.put(rs.getString(1), rs.getString(2));
      }
    }
    return new DataColumns(types);
  }

  static List<String> bundledCurrencyCodes() {
    List<String> codes = new ArrayList<>();
    try (InputStream in = FocusValidator.class.getResourceAsStream(CURRENCY_CODES)) {
      if (in == null) {
        throw new IllegalStateException("Currency code list not found: " + CURRENCY_CODES);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      reader.readLine(); // header: ",currency_codes" (an unnamed pandas index, then the code)
      String line;
      while ((line = reader.readLine()) != null) {
        int comma = line.indexOf(',');
        if (comma >= 0) {
          codes.add(line.substring(comma + 1).strip());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the currency code list", e);
    }
    return codes;
  }

  /** How a planned rule is decided. */
  private enum Kind {
    /** Decided while planning (not applicable, not checkable, column presence). */
    DECIDED,
    /** One predicate per row, answered by the shared scan. */
    ROW,
    /** A per-group distinct count. */
    DISTINCT,
    /** Derived from the children. */
    COMPOSITE
  }

  /** One rule as planned for this file. */
  private static final class Node {
    final FocusRule rule;
    Kind kind = Kind.DECIDED;
    RuleResult result;
    String condition = "TRUE";
    String requirement;
    boolean any;
    final List<String> children = new ArrayList<>();
    String note = "";

    Node(FocusRule rule) {
      this.rule = rule;
    }
  }

  /** Plans and runs the rules against one loaded file. */
  private final class Evaluation {
    private final RuleSqlCompiler compiler;
    private final DataColumns columns;
    private final FocusValidationOptions options;
    private final Map<String, Node> nodes = new LinkedHashMap<>();

    Evaluation(RuleSqlCompiler compiler, DataColumns columns, FocusValidationOptions options) {
      this.compiler = compiler;
      this.columns = columns;
      this.options = options;
    }

    /**
     * Plans a rule reached with the conditions of its parents; {@code skip} is set when a parent
     * does not apply, so the rule does not either.
     */
    void plan(String id, List<String> parentConditions, RuleResultReason skip) {
      if (nodes.containsKey(id)) {
        return;
      }
      Optional<FocusRule> found = model.rule(id);
      if (found.isEmpty()) {
        return;
      }
      FocusRule rule = found.get();
      Node node = new Node(rule);
      nodes.put(id, node);
      RuleResultReason reason = skip != null ? skip : reasonNotToRun(rule);
      List<String> conditions = new ArrayList<>(parentConditions);
      if (reason == null && !FocusRuleModel.isEmpty(rule.condition())) {
        reason = compileCondition(rule, node, conditions);
      }
      if (rule.isComposite()) {
        node.kind = Kind.COMPOSITE;
        node.any = "OR".equals(rule.requirement().path("CheckFunction").asText());
        for (JsonNode item : rule.requirement().path("Items")) {
          if ("CheckModelRule".equals(item.path("CheckFunction").asText())) {
            node.children.add(item.path("ModelRuleId").asText());
          }
        }
        if (reason != null) {
          decide(node, reason.outcome, reason.text);
        }
        RuleResultReason childSkip =
            reason == null
                ? null
                : new RuleResultReason(
                    reason.outcome == RuleOutcome.NOT_CHECKABLE
                        ? RuleOutcome.NOT_CHECKABLE
                        : RuleOutcome.NOT_APPLICABLE,
                    "parent " + id + ": " + reason.text);
        for (String child : node.children) {
          plan(child, conditions, childSkip);
        }
        return;
      }
      if (reason != null) {
        decide(node, reason.outcome, reason.text);
        return;
      }
      planLeaf(node, conditions);
    }

    private RuleResultReason reasonNotToRun(FocusRule rule) {
      if (!options.declares(rule.applicability())) {
        return new RuleResultReason(
            RuleOutcome.NOT_APPLICABLE,
            "applies when the provider declares " + String.join(" and ", rule.applicability()));
      }
      Optional<String> defect = KnownDefects.of(rule.id());
      if (defect.isPresent()) {
        return new RuleResultReason(RuleOutcome.NOT_CHECKABLE, "model defect: " + defect.get());
      }
      if (rule.dynamic()) {
        return new RuleResultReason(
            RuleOutcome.NOT_CHECKABLE, "dynamic rule: the model has no executable check");
      }
      return null;
    }

    private RuleResultReason compileCondition(FocusRule rule, Node node, List<String> conditions) {
      if (RuleSqlCompiler.isMalformed(rule.condition())) {
        node.note = "malformed condition read as AND";
      }
      if (RuleSqlCompiler.namesColumnAsCheckCondition(rule.condition())) {
        node.note = "condition's column read from CheckCondition";
      }
      Set<String> used = new LinkedHashSet<>();
      String condition;
      try {
        condition = compiler.predicate(rule.condition(), used);
      } catch (UncheckableRuleException e) {
        return new RuleResultReason(RuleOutcome.NOT_CHECKABLE, e.getMessage());
      }
      Optional<String> absent = used.stream().filter(c -> !columns.has(c)).findFirst();
      if (absent.isPresent()) {
        return new RuleResultReason(
            RuleOutcome.NOT_APPLICABLE, "column " + absent.get() + " is not in the file");
      }
      conditions.add(condition);
      return null;
    }

    private void planLeaf(Node node, List<String> conditions) {
      JsonNode requirement = RuleSqlCompiler.normalise(node.rule.requirement());
      String function = requirement.path("CheckFunction").asText("");
      node.condition =
          conditions.isEmpty()
              ? "TRUE"
              : conditions.stream()
                  .map(c -> "(" + c + ")")
                  .reduce((a, b) -> a + " AND " + b)
                  .orElse("TRUE");
      if (function.equals("ColumnPresent")) {
        String column = requirement.path("ColumnName").asText();
        boolean present = columns.has(column);
        boolean permission = node.rule.severity() == RuleSeverity.INFO;
        node.result =
            new RuleResult(
                node.rule,
                present || permission ? RuleOutcome.PASSED : RuleOutcome.FAILED,
                present || permission ? 0 : 1,
                0,
                present ? node.note : join(node.note, "column " + column + " is missing"));
        return;
      }
      if (function.equals("CheckDistinctCount")) {
        String a = requirement.path("ColumnAName").asText();
        String b = requirement.path("ColumnBName").asText();
        for (String column : List.of(a, b)) {
          if (!columns.has(column)) {
            decide(node, RuleOutcome.NOT_APPLICABLE, "column " + column + " is not in the file");
            return;
          }
        }
        node.kind = Kind.DISTINCT;
        node.requirement =
            "SELECT count(*) FROM (SELECT "
                + DataColumns.quote(a)
                + " FROM "
                + TABLE
                + " WHERE "
                + DataColumns.quote(a)
                + " IS NOT NULL AND ("
                + node.condition
                + ") IS TRUE GROUP BY "
                + DataColumns.quote(a)
                + " HAVING count("
                + DataColumns.quote(b)
                + ") > 0 AND count(DISTINCT "
                + DataColumns.quote(b)
                + ") <> "
                + requirement.path("ExpectedCount").asLong()
                + ")";
        return;
      }
      Set<String> used = new LinkedHashSet<>();
      try {
        node.requirement = compiler.predicate(requirement, used);
      } catch (UncheckableRuleException e) {
        decide(node, RuleOutcome.NOT_CHECKABLE, e.getMessage());
        return;
      }
      Optional<String> absent = used.stream().filter(c -> !columns.has(c)).findFirst();
      if (absent.isPresent()) {
        decide(node, RuleOutcome.NOT_APPLICABLE, "column " + absent.get() + " is not in the file");
        return;
      }
      node.kind = Kind.ROW;
    }

    private void decide(Node node, RuleOutcome outcome, String note) {
      node.kind = Kind.DECIDED;
      node.result = new RuleResult(node.rule, outcome, 0, 0, join(node.note, note));
    }

    /** Runs the row and distinct-count rules; returns the file's row count. */
    long run(Connection connection) throws SQLException {
      List<Node> rowRules = nodes.values().stream().filter(n -> n.kind == Kind.ROW).toList();
      long rows = runRowRules(connection, rowRules);
      for (Node node : nodes.values()) {
        if (node.kind == Kind.DISTINCT) {
          runDistinct(connection, node);
        }
      }
      return rows;
    }

    private long runRowRules(Connection connection, List<Node> rowRules) throws SQLException {
      StringBuilder sql = new StringBuilder("SELECT count(*)");
      for (Node node : rowRules) {
        String violation = violation(node);
        sql.append(",\n  count(*) FILTER (WHERE ")
            .append(violation)
            .append("),\n  min(rowid) FILTER (WHERE ")
            .append(violation)
            .append(')');
      }
      sql.append("\nFROM ").append(TABLE);
      try (Statement statement = connection.createStatement();
          ResultSet rs = statement.executeQuery(sql.toString())) {
        rs.next();
        for (int i = 0; i < rowRules.size(); i++) {
          record(rowRules.get(i), rs.getLong(2 + 2 * i), rs.getLong(3 + 2 * i));
        }
        return rs.getLong(1);
      } catch (SQLException e) {
        // One rule's SQL failed on this data: run each alone so the others still answer.
        for (Node node : rowRules) {
          runAlone(connection, node);
        }
        try (Statement statement = connection.createStatement();
            ResultSet rs = statement.executeQuery("SELECT count(*) FROM " + TABLE)) {
          rs.next();
          return rs.getLong(1);
        }
      }
    }

    private void runAlone(Connection connection, Node node) {
      String violation = violation(node);
      try (Statement statement = connection.createStatement();
          ResultSet rs =
              statement.executeQuery(
                  "SELECT count(*) FILTER (WHERE "
                      + violation
                      + "), min(rowid) FILTER (WHERE "
                      + violation
                      + ") FROM "
                      + TABLE)) {
        rs.next();
        record(node, rs.getLong(1), rs.getLong(2));
      } catch (SQLException e) {
        decide(node, RuleOutcome.NOT_CHECKABLE, "the check failed on this data: " + firstLine(e));
      }
    }

    private String violation(Node node) {
      return "(" + node.condition + ") IS TRUE AND (" + node.requirement + ") IS FALSE";
    }

    private void record(Node node, long violations, long firstRowId) {
      // A MAY rule grants a permission: rows that do not use it do not break it.
      boolean permission = node.rule.severity() == RuleSeverity.INFO;
      String note = node.note;
      node.result =
          new RuleResult(
              node.rule,
              violations == 0 || permission ? RuleOutcome.PASSED : RuleOutcome.FAILED,
              permission ? 0 : violations,
              violations == 0 || permission ? 0 : firstRowId + 1,
              note);
    }

    private void runDistinct(Connection connection, Node node) {
      try (Statement statement = connection.createStatement();
          ResultSet rs = statement.executeQuery(node.requirement)) {
        rs.next();
        long groups = rs.getLong(1);
        boolean passed = groups == 0 || node.rule.severity() == RuleSeverity.INFO;
        node.result =
            new RuleResult(
                node.rule,
                passed ? RuleOutcome.PASSED : RuleOutcome.FAILED,
                passed ? 0 : groups,
                0,
                passed ? node.note : join(node.note, groups + " values break it"));
      } catch (SQLException e) {
        decide(node, RuleOutcome.NOT_CHECKABLE, "the check failed on this data: " + firstLine(e));
      }
    }

    /** The result of a rule, deriving composites from their children. */
    RuleResult result(String id) {
      Node node = nodes.get(id);
      if (node.result != null) {
        return node.result;
      }
      List<RuleResult> children = new ArrayList<>();
      for (String child : node.children) {
        if (nodes.containsKey(child)) {
          children.add(result(child));
        }
      }
      node.result = node.any ? anyOf(node, children) : allOf(node, children);
      return node.result;
    }

    private RuleResult allOf(Node node, List<RuleResult> children) {
      long failed = children.stream().filter(RuleResult::failed).count();
      long passed = children.stream().filter(c -> c.outcome() == RuleOutcome.PASSED).count();
      if (failed > 0) {
        return new RuleResult(node.rule, RuleOutcome.FAILED, failed, 0, failedNote(children));
      }
      if (passed > 0) {
        return new RuleResult(
            node.rule,
            RuleOutcome.PASSED,
            0,
            0,
            passed == children.size()
                ? ""
                : passed + " of " + children.size() + " parts checked, the others are not");
      }
      return new RuleResult(node.rule, collectiveOutcome(children), 0, 0, "no part checkable");
    }

    private RuleResult anyOf(Node node, List<RuleResult> children) {
      Optional<RuleResult> passing =
          children.stream().filter(c -> c.outcome() == RuleOutcome.PASSED).findFirst();
      if (passing.isPresent()) {
        // The alternatives that failed are satisfied through the one that passed.
        for (String child : node.children) {
          Node childNode = nodes.get(child);
          if (childNode != null && childNode.result != null && childNode.result.failed()) {
            childNode.result =
                new RuleResult(
                    childNode.rule,
                    RuleOutcome.PASSED,
                    0,
                    0,
                    "alternative " + passing.get().ruleId() + " of " + node.rule.id() + " holds");
          }
        }
        return new RuleResult(node.rule, RuleOutcome.PASSED, 0, 0, "");
      }
      long failed = children.stream().filter(RuleResult::failed).count();
      if (failed > 0) {
        return new RuleResult(node.rule, RuleOutcome.FAILED, failed, 0, failedNote(children));
      }
      return new RuleResult(node.rule, collectiveOutcome(children), 0, 0, "no part checkable");
    }

    private RuleOutcome collectiveOutcome(List<RuleResult> children) {
      return children.stream().allMatch(c -> c.outcome() == RuleOutcome.NOT_APPLICABLE)
          ? RuleOutcome.NOT_APPLICABLE
          : RuleOutcome.NOT_CHECKABLE;
    }

    private String failedNote(List<RuleResult> children) {
      return "failed: "
          + String.join(
              ", ", children.stream().filter(RuleResult::failed).map(RuleResult::ruleId).toList());
    }
  }

  /** Why a rule is not run. */
  private record RuleResultReason(RuleOutcome outcome, String text) {}

  private static String join(String a, String b) {
    if (a.isEmpty()) {
      return b;
    }
    return b.isEmpty() ? a : a + "; " + b;
  }

  private static String firstLine(SQLException e) {
    String message = e.getMessage() == null ? "" : e.getMessage();
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
