package io.tokenledger.engine.focus.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns a rule's check tree into one SQL boolean over a row of the file. The value is TRUE when the
 * row satisfies the check, FALSE when it breaks it, and NULL when the check cannot judge the row (a
 * value comparison on a null: nullability has rules of its own). A row violates a rule when its
 * condition is TRUE and its requirement is FALSE.
 *
 * <p>Column names and values come from the bundled requirements model, a fixed catalog; they are
 * quoted as identifiers and literals.
 */
final class RuleSqlCompiler {

  static final String ISO_UTC = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z";
  static final String ISO_ANY =
      "\\d{4}-\\d{2}-\\d{2}([T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?)?(Z|[+-]\\d{2}(:?\\d{2})?)?";
  static final String NUMERIC = "-?(\\d+(\\.\\d*)?|\\.\\d+)([eE]-?\\d+)?";

  /**
   * Products are compared with a tolerance of half a cent (or a billionth of the amount): providers
   * round costs to the cent while unit prices keep more digits.
   */
  private static final String PRODUCT_TOLERANCE = "greatest(0.005, abs(%s) * 1e-9)";

  private final DataColumns columns;
  private final List<String> currencyCodes;

  RuleSqlCompiler(DataColumns columns, List<String> currencyCodes) {
    this.columns = columns;
    this.currencyCodes = List.copyOf(currencyCodes);
  }

  /**
   * Compiles a check tree to a row predicate, adding the columns it reads to {@code used}.
   *
   * @throws UncheckableRuleException when a check has no SQL form
   */
  String predicate(JsonNode check, Set<String> used) {
    JsonNode node = normalise(check);
    String function = node.path("CheckFunction").asText("");
    switch (function) {
      case "AND":
      case "OR":
        List<String> parts = new ArrayList<>();
        for (JsonNode item : node.path("Items")) {
          parts.add("(" + predicate(item, used) + ")");
        }
        if (parts.isEmpty()) {
          throw new UncheckableRuleException(function + " without items");
        }
        return String.join(" " + function + " ", parts);
      case "ColumnPresent":
        return columns.has(column(node, "ColumnName")) ? "TRUE" : "FALSE";
      case "TypeString":
        return typeString(use(node, "ColumnName", used));
      case "TypeDecimal":
      case "CheckDecimalValue":
        return typeDecimal(use(node, "ColumnName", used));
      case "TypeDateTime":
        return dateTime(use(node, "ColumnName", used), ISO_ANY);
      case "FormatDateTime":
        return dateTime(use(node, "ColumnName", used), ISO_UTC);
      case "FormatNumeric":
        return formatNumeric(use(node, "ColumnName", used));
      case "FormatString":
        return nullOr(use(node, "ColumnName", used), "trim(%s) <> ''");
      case "FormatCurrency":
        return nullOr(
            use(node, "ColumnName", used),
            "(regexp_full_match(%1$s, '[A-Z]{3}') OR (trim(%1$s) <> ''"
                + " AND NOT regexp_full_match(%1$s, '[A-Za-z]{3}')))");
      case "CheckNationalCurrency":
        return nullOr(use(node, "ColumnName", used), "list_contains(" + currencyList() + ", %s)");
      case "FormatKeyValue":
        return keyValue(use(node, "ColumnName", used));
      case "CheckValue":
        return checkValue(use(node, "ColumnName", used), node.path("Value"), true);
      case "CheckNotValue":
        return checkValue(use(node, "ColumnName", used), node.path("Value"), false);
      case "CheckSameValue":
        return text(use(node, "ColumnAName", used)) + " = " + text(use(node, "ColumnBName", used));
      case "CheckNotSameValue":
        return text(use(node, "ColumnAName", used)) + " <> " + text(use(node, "ColumnBName", used));
      case "CheckGreaterOrEqualThanValue":
        return number(use(node, "ColumnName", used)) + " >= " + numberLiteral(node.path("Value"));
      case "ColumnByColumnEqualsColumnValue":
        String product =
            number(use(node, "ColumnAName", used)) + " * " + number(use(node, "ColumnBName", used));
        String result = number(use(node, "ResultColumnName", used));
        return "abs(("
            + product
            + ") - "
            + result
            + ") <= "
            + String.format(PRODUCT_TOLERANCE, result);
      case "FormatUnit":
        throw new UncheckableRuleException(
            "the unit grammar (UnitFormat) is prose in the model, not a check");
      case "CheckModelRule":
        throw new UncheckableRuleException("a rule reference inside a row check");
      case "CheckDistinctCount":
        throw new UncheckableRuleException("a distinct count inside a row check");
      default:
        throw new UncheckableRuleException("unknown check function '" + function + "'");
    }
  }

  /**
   * Repairs the one malformed shape the bundled model has: {@code {"AND": check}} or {@code {"AND":
   * [checks]}} where {@code {"CheckFunction": "AND", "Items": [...]}} was meant
   * (CapacityReservationStatus-C-003-C and -004-C).
   */
  static JsonNode normalise(JsonNode node) {
    if (node.has("CheckFunction")) {
      return node;
    }
    for (String logical : List.of("AND", "OR")) {
      if (node.has(logical) && node.size() == 1) {
        JsonNode inner = node.get(logical);
        ArrayNode items = JsonNodeFactory.instance.arrayNode();
        if (inner.isArray()) {
          items.addAll((ArrayNode) inner);
        } else {
          items.add(inner);
        }
        ObjectNode repaired = JsonNodeFactory.instance.objectNode();
        repaired.put("CheckFunction", logical);
        repaired.set("Items", items);
        return repaired;
      }
    }
    return node;
  }

  static boolean isMalformed(JsonNode node) {
    return !FocusRuleModel.isEmpty(node) && !node.has("CheckFunction");
  }

  /** True when a check names its column under "CheckCondition" instead of "ColumnName". */
  static boolean namesColumnAsCheckCondition(JsonNode node) {
    if (node.has("CheckCondition") && !node.has("ColumnName")) {
      return true;
    }
    for (JsonNode child : node) {
      if (child.isContainerNode() && namesColumnAsCheckCondition(child)) {
        return true;
      }
    }
    return false;
  }

  private String use(JsonNode node, String argument, Set<String> used) {
    String name = column(node, argument);
    used.add(name);
    return name;
  }

  private static String column(JsonNode node, String argument) {
    String name = node.path(argument).asText("");
    if (name.isEmpty() && argument.equals("ColumnName")) {
      // ResourceId-C-006-C and ResourceType-C-005-C name their column under "CheckCondition".
      name = node.path("CheckCondition").asText("");
    }
    if (name.isEmpty()) {
      throw new UncheckableRuleException("check without " + argument);
    }
    return name;
  }

  private String typeString(String name) {
    return columns.isText(name) ? "TRUE" : DataColumns.quote(name) + " IS NULL";
  }

  private String typeDecimal(String name) {
    if (columns.isNumeric(name)) {
      return "TRUE";
    }
    if (columns.isText(name)) {
      return nullOr(name, "TRY_CAST(%s AS DECIMAL(38,10)) IS NOT NULL");
    }
    return DataColumns.quote(name) + " IS NULL";
  }

  private String dateTime(String name, String pattern) {
    if (columns.isTemporal(name)) {
      return "TRUE";
    }
    if (columns.isText(name)) {
      return nullOr(
          name,
          "(regexp_full_match(%1$s, '"
              + pattern
              + "') AND TRY_CAST(%1$s AS TIMESTAMPTZ) IS NOT NULL)");
    }
    return DataColumns.quote(name) + " IS NULL";
  }

  private String formatNumeric(String name) {
    if (columns.isNumeric(name)) {
      return "TRUE";
    }
    if (columns.isText(name)) {
      return nullOr(name, "regexp_full_match(%s, '" + NUMERIC + "')");
    }
    return DataColumns.quote(name) + " IS NULL";
  }

  /** A JSON object whose values are scalars (KeyValueFormat-A-001..004). */
  private String keyValue(String name) {
    String value = text(name);
    return "CASE WHEN "
        + DataColumns.quote(name)
        + " IS NULL THEN TRUE WHEN NOT json_valid("
        + value
        + ") THEN FALSE WHEN json_type("
        + value
        + ") <> 'OBJECT' THEN FALSE ELSE NOT regexp_matches(substr(CAST(json_structure("
        + value
        + ") AS VARCHAR), 2), '[\\[{]') END";
  }

  private String checkValue(String name, JsonNode value, boolean equal) {
    String quoted = DataColumns.quote(name);
    if (value.isNull() || value.isMissingNode()) {
      return quoted + (equal ? " IS NULL" : " IS NOT NULL");
    }
    if (value.isNumber()) {
      String comparison =
          decimal(name) + (equal ? " = " : " <> ") + value.decimalValue().toPlainString();
      return equal ? comparison : "(" + quoted + " IS NULL OR " + comparison + ")";
    }
    String literal = stringLiteral(value.asText());
    return equal ? text(name) + " = " + literal : text(name) + " IS DISTINCT FROM " + literal;
  }

  private String nullOr(String name, String template) {
    return DataColumns.quote(name)
        + " IS NULL OR "
        + String.format(template.replace("%s", "%1$s"), text(name));
  }

  private String text(String name) {
    String quoted = DataColumns.quote(name);
    return columns.isText(name) ? quoted : "CAST(" + quoted + " AS VARCHAR)";
  }

  private String number(String name) {
    String quoted = DataColumns.quote(name);
    return columns.isNumeric(name)
        ? "CAST(" + quoted + " AS DOUBLE)"
        : "TRY_CAST(" + text(name) + " AS DOUBLE)";
  }

  private String decimal(String name) {
    String quoted = DataColumns.quote(name);
    return columns.isNumeric(name)
        ? "CAST(" + quoted + " AS DECIMAL(38,10))"
        : "TRY_CAST(" + text(name) + " AS DECIMAL(38,10))";
  }

  private static String numberLiteral(JsonNode value) {
    if (!value.isNumber()) {
      throw new UncheckableRuleException("a comparison with a non-number: " + value);
    }
    return value.decimalValue().toPlainString();
  }

  static String stringLiteral(String text) {
    return "'" + text.replace("'", "''") + "'";
  }

  private String currencyList() {
    return currencyCodes.stream()
        .filter(code -> code.matches("[A-Z]{3}"))
        .map(RuleSqlCompiler::stringLiteral)
        .collect(Collectors.joining(", ", "[", "]"));
  }
}
