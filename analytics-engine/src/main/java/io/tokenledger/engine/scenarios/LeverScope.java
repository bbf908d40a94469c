package io.tokenledger.engine.scenarios;

import io.tokenledger.engine.costmodel.UsageCell;

/**
 * The traffic a lever applies to: a client, a feature, both, or (both null) everything.
 *
 * @param client the client, or null for any
 * @param feature the feature, or null for any
 */
public record LeverScope(String client, String feature) {

  /** Every client and feature. */
  public static final LeverScope ALL = new LeverScope(null, null);

  public LeverScope {
    client = blankToNull(client);
    feature = blankToNull(feature);
  }

  public static LeverScope feature(String feature) {
    return new LeverScope(null, feature);
  }

  public static LeverScope client(String client) {
    return new LeverScope(client, null);
  }

  boolean matches(UsageCell cell) {
    return (client == null || client.equals(cell.client()))
        && (feature == null || feature.equals(cell.feature()));
  }

  /** "feature doc-summarizer", "client acme, feature chat" or "all traffic". */
  public String describe() {
    if (client == null && feature == null) {
      return "all traffic";
    }
    if (client == null) {
      return "feature " + feature;
    }
    return feature == null ? "client " + client : "client " + client + ", feature " + feature;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
