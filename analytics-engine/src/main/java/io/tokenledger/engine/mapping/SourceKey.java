package io.tokenledger.engine.mapping;

import java.util.List;
import java.util.Locale;

/**
 * What a rule looks at: a column ({@code api_key}, {@code project}, {@code workspace}, {@code
 * user}, {@code provider}, {@code model}), a key-value tag ({@code tag:team} reads "team:search" or
 * a cost line's Tags {"team": "search"}), the list of bare tags ({@code tags}), or an attribute of
 * a trace or metadata ({@code attr:tenant.id}). The SQL of each comes from this fixed catalog; the
 * tag or attribute name only ever travels as a bound parameter.
 *
 * @param kind the kind of key
 * @param name the tag or attribute name, or null
 */
public record SourceKey(Kind kind, String name) {

  /** The kinds of source key. */
  public enum Kind {
    API_KEY("api_key"),
    PROJECT("project"),
    WORKSPACE("workspace"),
    USER("user"),
    PROVIDER("provider"),
    MODEL("model"),
    TAGS("tags"),
    TAG("tag:"),
    ATTR("attr:");

    final String spelling;

    Kind(String spelling) {
      this.spelling = spelling;
    }
  }

  /** Every spelling a user may write, for help texts. */
  public static final List<String> SPELLINGS =
      List.of(
          "api_key",
          "project",
          "workspace",
          "user",
          "provider",
          "model",
          "tags",
          "tag:<key>",
          "attr:<key>");

  public SourceKey {
    if ((kind == Kind.TAG || kind == Kind.ATTR) && (name == null || name.isBlank())) {
      throw new IllegalArgumentException(
          kind.spelling + " needs a key name, as in " + kind.spelling + "team");
    }
  }

  /** Reads {@code api_key}, {@code tag:team}, {@code attr:tenant.id}, ... */
  public static SourceKey parse(String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("a rule needs a source key: one of " + SPELLINGS);
    }
    String trimmed = text.strip();
    String lower = trimmed.toLowerCase(Locale.ROOT);
    if (lower.startsWith("tag:")) {
      return new SourceKey(Kind.TAG, trimmed.substring(4).strip());
    }
    if (lower.startsWith("attr:")) {
      return new SourceKey(Kind.ATTR, trimmed.substring(5).strip());
    }
    for (Kind kind : Kind.values()) {
      if (kind != Kind.TAG && kind != Kind.ATTR && kind.spelling.equals(lower)) {
        return new SourceKey(kind, null);
      }
    }
    throw new IllegalArgumentException(
        "unknown source key '" + trimmed + "': use one of " + SPELLINGS);
  }

  /** The spelling stored in mapping_rules.source_key. */
  public String spelling() {
    return kind == Kind.TAG || kind == Kind.ATTR ? kind.spelling + name : kind.spelling;
  }

  @Override
  public String toString() {
    return spelling();
  }
}
