package io.tokenledger.engine.mapping;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * How a rule tests the value of its source key: equal to a value, matching a glob ({@code *} any
 * text, {@code ?} one character) or a regular expression (found anywhere in the value), or copied
 * whenever it is present.
 */
public enum MatchKind {
  EQUALS("equals"),
  GLOB("glob"),
  REGEX("regex"),
  COPY("copy");

  private final String id;

  MatchKind(String id) {
    this.id = id;
  }

  /** The value stored in mapping_rules.match_kind. */
  public String id() {
    return id;
  }

  public static Optional<MatchKind> byId(String text) {
    String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(k -> k.id.equals(wanted)).findFirst();
  }
}
