package io.tokenledger.app.explore;

/** How the chart beside the pivot draws it. */
public enum ChartKind {
  /** Bars per value of the first row dimension, one series per column value. */
  BAR("Bars"),
  /** The same, stacked: each bar is the row's total, split by the column dimension. */
  STACKED("Stacked"),
  /** Lines over time, when the column or the first row dimension is day, week or month. */
  LINE("Lines");

  private final String label;

  ChartKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
