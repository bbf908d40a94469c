package io.tokenledger.engine.reconcile;

/** The period a reconciliation compares by. Monthly bills only tie by month. */
public enum Grain {
  DAY("day", "%Y-%m-%d"),
  MONTH("month", "%Y-%m");

  final String truncation;
  final String format;

  Grain(String truncation, String format) {
    this.truncation = truncation;
    this.format = format;
  }
}
