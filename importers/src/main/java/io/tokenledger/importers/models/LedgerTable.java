package io.tokenledger.importers.models;

/** The canonical tables provider importers write to; the names are fixed, never user text. */
public enum LedgerTable {
  /** Money lines (DOMAIN.md: FOCUS-aligned cost lines). */
  COST_LINES("cost_lines"),
  /** Token usage per request or per reported bucket, in disjoint token buckets. */
  USAGE_EVENTS("usage_events");

  private final String tableName;

  LedgerTable(String tableName) {
    this.tableName = tableName;
  }

  public String tableName() {
    return tableName;
  }
}
