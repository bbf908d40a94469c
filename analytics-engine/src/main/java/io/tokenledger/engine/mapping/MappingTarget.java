package io.tokenledger.engine.mapping;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The business dimensions mapping rules fill, each a column of usage_events and cost_lines. */
public enum MappingTarget {
  CLIENT("client"),
  FEATURE("feature"),
  TEAM("team"),
  ENV("env");

  private final String column;

  MappingTarget(String column) {
    this.column = column;
  }

  /** The column name, also the value stored in mapping_rules.target. */
  public String column() {
    return column;
  }

  public static Optional<MappingTarget> byColumn(String text) {
    String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(t -> t.column.equals(wanted)).findFirst();
  }
}
