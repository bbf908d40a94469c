package io.tokenledger.engine.mapping;

import java.util.Objects;

/**
 * One mapping rule: "when {@code sourceKey} {@code matchKind} {@code matchValue}, set {@code
 * target} to {@code targetValue}". Rules apply in priority order (smaller first) and the first
 * match wins per target, so each row gets one value per dimension.
 *
 * @param id the rule id, 0 for a rule not yet stored
 * @param matchValue the value, glob or regex to match; null for copy
 * @param targetValue the value to set; null to use the matched value itself (copy, or a regex's
 *     first group)
 */
public record MappingRule(
    int id,
    int priority,
    SourceKey sourceKey,
    MatchKind matchKind,
    String matchValue,
    MappingTarget target,
    String targetValue,
    boolean enabled,
    String note) {

  public MappingRule {
    Objects.requireNonNull(sourceKey, "sourceKey");
    Objects.requireNonNull(matchKind, "matchKind");
    Objects.requireNonNull(target, "target");
    matchValue = blankToNull(matchValue);
    targetValue = blankToNull(targetValue);
    if (matchKind != MatchKind.COPY && matchValue == null) {
      throw new IllegalArgumentException(
          "a " + matchKind.id() + " rule needs a value to match against " + sourceKey);
    }
    if (matchKind == MatchKind.EQUALS || matchKind == MatchKind.GLOB) {
      if (targetValue == null) {
        throw new IllegalArgumentException(
            "a " + matchKind.id() + " rule needs the " + target.column() + " to set");
      }
    }
  }

  /** A new enabled rule, priority to be assigned when it is stored. */
  public static MappingRule of(
      String sourceKey, MatchKind kind, String matchValue, MappingTarget target, String value) {
    return new MappingRule(
        0, 0, SourceKey.parse(sourceKey), kind, matchValue, target, value, true, null);
  }

  public MappingRule withId(int newId, int newPriority) {
    return new MappingRule(
        newId, newPriority, sourceKey, matchKind, matchValue, target, targetValue, enabled, note);
  }

  public MappingRule withPriority(int newPriority) {
    return withId(id, newPriority);
  }

  public MappingRule withEnabled(boolean on) {
    return new MappingRule(
        id, priority, sourceKey, matchKind, matchValue, target, targetValue, on, note);
  }

  /** "api_key equals k-123 -> client Acme", for lists and logs. */
  public String describe() {
    String match = matchKind == MatchKind.COPY ? "is present" : matchKind.id() + " " + matchValue;
    String value = targetValue == null ? "(the matched value)" : targetValue;
    return sourceKey + " " + match + " -> " + target.column() + " " + value;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
