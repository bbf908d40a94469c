package io.tokenledger.importers.models;

/** The canonical tables provider importers write to; the names are fixed, never user text. */
public enum LedgerTable {
  /** Money lines (DOMAIN.md: FOCUS-aligned cost lines). */
  COST_LINES("cost_lines", true),
  /** Token usage per request or per reported bucket, in disjoint token buckets. */
  USAGE_EVENTS("usage_events", true),
  /** GPU utilisation samples (nvidia-smi, DCGM). */
  GPU_SAMPLES("gpu_samples", false),
  /** Which endpoint, instance and hourly price each GPU has. */
  GPU_INVENTORY("gpu_inventory", false),
  /** Revenue per client and period. */
  REVENUE("revenue", false),
  /** FX rates per month. */
  FX_RATES("fx_rates", false);

  private final String tableName;
  private final boolean hasModels;

  LedgerTable(String tableName, boolean hasModels) {
    this.tableName = tableName;
    this.hasModels = hasModels;
  }

  public String tableName() {
    return tableName;
  }

  /** True when the rows name LLM models (model_raw) that the import resolves to canonical ids. */
  public boolean hasModels() {
    return hasModels;
  }
}
