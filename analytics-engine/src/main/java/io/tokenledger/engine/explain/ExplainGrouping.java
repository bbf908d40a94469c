package io.tokenledger.engine.explain;

import java.util.Locale;

/** What a change in cost is explained for: the whole, each client, or each feature. */
public enum ExplainGrouping {
  TOTAL,
  CLIENT,
  FEATURE;

  /** {@code total}, {@code client} or {@code feature}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static ExplainGrouping byId(String id) {
    for (ExplainGrouping grouping : values()) {
      if (grouping.id().equalsIgnoreCase(id.strip())) {
        return grouping;
      }
    }
    throw new IllegalArgumentException("Explain by total, client or feature, not '" + id + "'");
  }
}
