package io.tokenledger.importers.models;

/** The canonical tables provider importers write to; the names are fixed, never user text. */
public enum LedgerTable {
  /** Money lines (DOMAIN.md: FOCUS-aligned cost lines). */
  COST_LINES("cost_lines"),
  /** Token usage per request or per reported bucket, in disjoint token buckets. */
  USAGE_EVENTS("usage_events"),
  /** Revenue per client and period (no models). */
  REVENUE("revenue"),
  /** FX rates per month (no models). */
  FX_RATES("fx_rates");

  private final String tableName;

  LedgerTable(String tableName) {
    this.tableName = tableName;
  }

  /** True for the tables whose rows name a model, which the import then resolves. */
  public boolean hasModels() {
    return this == COST_LINES || this == USAGE_EVENTS;
  }

  public String tableName() {
    return tableName;
  }
}
