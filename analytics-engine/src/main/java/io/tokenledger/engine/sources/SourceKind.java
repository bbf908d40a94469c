package io.tokenledger.engine.sources;

import java.util.Locale;

/**
 * What side of the reconciliation a source stands on: the invoice (bills, cost exports, FOCUS), the
 * provider's own usage export, request-level traces from the observability stack, or the company's
 * own complete request ledger. The allocation counts, per provider and day, the ledger if there is
 * one, else traces, else the usage export, so the same requests are never counted twice.
 */
public enum SourceKind {
  BILL,
  USAGE,
  TRACE,
  /** Every request the company made, one row each (the generic usage CSV): the preferred basis. */
  LEDGER,
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
