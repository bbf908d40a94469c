package io.tokenledger.engine.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns rules into SQL fragments with bound parameters: a condition ("does the rule match this
 * row") and a value ("what it sets"). The SQL text comes only from this fixed catalog of source
 * keys and match kinds; every value, glob, regex, tag and attribute name is a parameter. Globs and
 * bare-tag tests become regular expressions evaluated by DuckDB's {@code regexp_*} functions.
 */
final class RuleSql {

  /** The two tables rules apply to. */
  enum Table {
    USAGE_EVENTS,
    COST_LINES
  }

  /** Tags are joined with this separator (U+001F) so one regex can test any of them. */
  static final String SEPARATOR = "\u001f";

  private final Table table;
  private final List<Object> parameters = new ArrayList<>();

  RuleSql(Table table) {
    this.table = table;
  }

  /** The parameters of every fragment built so far, in order. */
  List<Object> parameters() {
    return parameters;
  }

  /** SQL that is true for the rows the rule matches. */
  String condition(MappingRule rule) {
    SourceKey key = rule.sourceKey();
    if (key.kind() == SourceKey.Kind.TAGS) {
      parameters.add(SEPARATOR + "(?:" + tagRegex(rule) + ")" + SEPARATOR);
      return "regexp_matches(" + tagText() + ", ?)";
    }
    String subject = subject(key);
    switch (rule.matchKind()) {
      case EQUALS:
        parameters.add(rule.matchValue());
        return "(" + subject + ") = ?";
      case GLOB:
        parameters.add(globToRegex(rule.matchValue(), "."));
        return "regexp_full_match(" + subject + ", ?)";
      case REGEX:
        parameters.add(rule.matchValue());
        return "regexp_matches(" + subject + ", ?)";
      default:
        return "nullif(trim(" + subject + "), '') IS NOT NULL";
    }
  }

  /** SQL for the value the rule sets on a row it matches. */
  String value(MappingRule rule) {
    if (rule.targetValue() != null) {
      parameters.add(rule.targetValue());
      return "CAST(? AS VARCHAR)";
    }
    SourceKey key = rule.sourceKey();
    if (key.kind() == SourceKey.Kind.TAGS) {
      parameters.add(SEPARATOR + "(" + tagRegex(rule) + ")" + SEPARATOR);
      return "regexp_extract(" + tagText() + ", ?, 1)";
    }
    String subject = subject(key);
    if (rule.matchKind() == MatchKind.REGEX) {
      parameters.add(rule.matchValue());
      int group = Pattern.compile(rule.matchValue()).matcher("").groupCount() > 0 ? 1 : 0;
      return "nullif(regexp_extract(" + subject + ", ?, " + group + "), '')";
    }
    return "nullif(trim(" + subject + "), '')";
  }

  /** The text a source key reads on a row of this table; parameters are added as needed. */
  String subject(SourceKey key) {
    boolean usage = table == Table.USAGE_EVENTS;
    switch (key.kind()) {
      case API_KEY:
        return "api_key";
      case PROJECT:
        return "project";
      case WORKSPACE:
        return usage
            ? "json_extract_string(attributes, '$.workspace')"
            : "coalesce(SubAccountName, SubAccountId)";
      case USER:
        return usage ? "user_id" : "CAST(NULL AS VARCHAR)";
      case PROVIDER:
        return "provider";
      case MODEL:
        return "coalesce(model, model_raw)";
      case TAG:
        if (usage) {
          parameters.add(SEPARATOR + quote(key.name()) + "[:=]([^" + SEPARATOR + "]*)" + SEPARATOR);
          return "nullif(regexp_extract(" + tagText() + ", ?, 1), '')";
        }
        parameters.add(jsonPath(key.name()));
        return "json_extract_string(Tags, ?)";
      case ATTR:
        parameters.add(jsonPath(key.name()));
        if (usage) {
          return "json_extract_string(attributes, ?)";
        }
        parameters.add(jsonPath(key.name()));
        return "coalesce(json_extract_string(Tags, ?), json_extract_string(extra, ?))";
      default:
        return tagText();
    }
  }

  /** Every tag of a row joined by the separator, with one before and after. */
  private String tagText() {
    return table == Table.USAGE_EVENTS ? "tl_usage_tag_text(attributes)" : "tl_cost_tag_text(Tags)";
  }

  /** A regex matching one whole tag, for the bare {@code tags} key. */
  private static String tagRegex(MappingRule rule) {
    String notSeparator = "[^" + SEPARATOR + "]";
    switch (rule.matchKind()) {
      case EQUALS:
        return quote(rule.matchValue());
      case GLOB:
        return globToRegex(rule.matchValue(), notSeparator);
      case REGEX:
        return notSeparator + "*(?:" + rule.matchValue() + ")" + notSeparator + "*";
      default:
        return notSeparator + "+";
    }
  }

  /** A glob as an anchored-by-use regex: {@code *} any run, {@code ?} one character. */
  static String globToRegex(String glob, String anyCharacter) {
    StringBuilder regex = new StringBuilder();
    for (int i = 0; i < glob.length(); i++) {
      char c = glob.charAt(i);
      if (c == '*') {
        regex.append(anyCharacter).append('*');
      } else if (c == '?') {
        regex.append(anyCharacter);
      } else {
        regex.append(quote(String.valueOf(c)));
      }
    }
    return regex.toString();
  }

  /** Escapes regex metacharacters for RE2 (DuckDB) and java.util.regex alike. */
  static String quote(String text) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ("\\.+*?()|[]{}^$-#&~".indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }

  /** A JSON path naming one key exactly, dots and all: {@code $."tenant.id"}. */
  static String jsonPath(String key) {
    return "$.\"" + key.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
