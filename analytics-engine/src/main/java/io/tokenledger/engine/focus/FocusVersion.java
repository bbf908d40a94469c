package io.tokenledger.engine.focus;

import java.util.Arrays;
import java.util.Optional;

/** The ratified FOCUS versions TokenLedger reads and writes (DOMAIN.md 3.1). */
public enum FocusVersion {
  V1_0("1.0"),
  V1_1("1.1"),
  V1_2("1.2"),
  V1_3("1.3");

  private final String id;

  FocusVersion(String id) {
    this.id = id;
  }

  /** The version as the specification writes it, such as {@code 1.2}. */
  public String id() {
    return id;
  }

  /** The version written as {@code 1.2}, {@code v1.2} or {@code 1.2.0}; empty when unknown. */
  public static Optional<FocusVersion> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String wanted = text.strip().toLowerCase(java.util.Locale.ROOT);
    if (wanted.startsWith("v")) {
      wanted = wanted.substring(1);
    }
    if (wanted.endsWith(".0") && wanted.length() > 3) {
      wanted = wanted.substring(0, wanted.length() - 2);
    }
    String finalWanted = wanted;
    return Arrays.stream(values()).filter(v -> v.id.equals(finalWanted)).findFirst();
  }

  public boolean isAtLeast(FocusVersion other) {
    return compareTo(other) >= 0;
  }

  @Override
  public String toString() {
    return id;
  }
}
