package io.tokenledger.engine.sources;

import java.util.Locale;

/**
 * What side of the reconciliation a source stands on: the invoice (bills, cost exports, FOCUS), the
 * provider's own usage export, or request-level traces from the observability stack.
 */
public enum SourceKind {
  BILL,
  USAGE,
  TRACE,
  OTHER;

  /** The value stored in {@code import_log.source_kind}. */
  public String sqlName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The kind an import into a canonical table has when its importer does not say. */
  public static SourceKind forTable(String table) {
    return switch (table) {
      case "cost_lines" -> BILL;
      case "usage_events" -> USAGE;
      default -> OTHER;
    };
  }
}
