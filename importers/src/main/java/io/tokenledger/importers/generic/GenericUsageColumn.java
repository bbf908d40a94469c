package io.tokenledger.importers.generic;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The documented columns of TokenLedger's generic usage CSV (docs/formats/generic-usage-csv.md):
 * one row per model invocation, token counts in disjoint buckets.
 */
enum GenericUsageColumn {
  TIMESTAMP("timestamp", "TIMESTAMPTZ", true),
  PROVIDER("provider", "VARCHAR", true),
  MODEL("model", "VARCHAR", true),
  REQUEST_ID("request_id", "VARCHAR", false),
  TRACE_ID("trace_id", "VARCHAR", false),
  PARENT_ID("parent_id", "VARCHAR", false),
  END_TIME("end_time", "TIMESTAMPTZ", false),
  SERVICE_TIER("service_tier", "VARCHAR", false),
  OPERATION("operation", "VARCHAR", false),
  IN_UNCACHED("in_uncached", "BIGINT", false),
  IN_CACHE_READ("in_cache_read", "BIGINT", false),
  IN_CACHE_WRITE_5M("in_cache_write_5m", "BIGINT", false),
  IN_CACHE_WRITE_1H("in_cache_write_1h", "BIGINT", false),
  OUT_TEXT("out_text", "BIGINT", false),
  OUT_REASONING("out_reasoning", "BIGINT", false),
  REQUESTS("requests", "INTEGER", false),
  LATENCY_MS("latency_ms", "BIGINT", false),
  STATUS("status", "VARCHAR", false),
  CACHE_HIT("cache_hit", "BOOLEAN", false),
  COST("cost", "DECIMAL(38,10)", false),
  CURRENCY("currency", "VARCHAR", false),
  CLIENT("client", "VARCHAR", false),
  FEATURE("feature", "VARCHAR", false),
  TEAM("team", "VARCHAR", false),
  ENV("env", "VARCHAR", false),
  USER("user", "VARCHAR", false),
  API_KEY("api_key", "VARCHAR", false),
  PROJECT("project", "VARCHAR", false);

  final String header;
  final String sqlType;
  final boolean required;

  GenericUsageColumn(String header, String sqlType, boolean required) {
    this.header = header;
    this.sqlType = sqlType;
    this.required = required;
  }

  boolean isTokenCount() {
    return name().startsWith("IN_") || name().startsWith("OUT_");
  }

  static Optional<GenericUsageColumn> byHeader(String name) {
    String wanted = name.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(c -> c.header.equals(wanted)).findFirst();
  }
}
