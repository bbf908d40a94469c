package io.tokenledger.engine.showback;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a showback pack is grouped by: one audience per client, team or feature. Each grouping also
 * names the dimension its per-group sheets break cost down by (feature for clients and teams,
 * client for features). The column names are a fixed catalog: they are the only identifiers the
 * pack's SQL is built from.
 */
public enum ShowbackGrouping {
  CLIENT("client", "Client", "clients", "feature", "Feature"),
  TEAM("team", "Team", "teams", "feature", "Feature"),
  FEATURE("feature", "Feature", "features", "client", "Client");

  private final String id;
  private final String label;
  private final String plural;
  private final String subColumn;
  private final String subLabel;

  ShowbackGrouping(String id, String label, String plural, String subColumn, String subLabel) {
    this.id = id;
    this.label = label;
    this.plural = plural;
    this.subColumn = subColumn;
    this.subLabel = subLabel;
  }

  /** The name on the command line and the column of the allocation: {@code client}. */
  public String id() {
    return id;
  }

  /** The singular heading: {@code Client}. */
  public String label() {
    return label;
  }

  /** The plural for sentences: {@code clients}. */
  public String plural() {
    return plural;
  }

  /** The dimension the per-group sheets break cost down by. */
  String subColumn() {
    return subColumn;
  }

  String subLabel() {
    return subLabel;
  }

  public static Optional<ShowbackGrouping> byId(String id) {
    String wanted = id.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(g -> g.id.equals(wanted)).findFirst();
  }
}
