package io.tokenledger.engine.export;

import io.tokenledger.engine.explore.Measure;

/**
 * One value column of a laid-out pivot: a measure under a value of the column dimension (or under
 * the total), the share of the total, or the change against the comparison period.
 *
 * @param group the column dimension's value, {@code Total} for the totals, or null without a column
 *     dimension
 * @param measure the measure the values are of (for a share or a change: the measure it is of)
 * @param kind how the values read and are formatted
 * @param label the column's own header, with the currency where it is money: {@code Allocated cost
 *     (USD)}
 */
public record PivotColumn(String group, boolean total, Measure measure, Kind kind, String label) {

  /** How a column's numbers read. */
  public enum Kind {
    /** An amount in the reporting currency, to the cent. */
    MONEY,
    /** A cost per unit in the reporting currency, with more decimals than cents. */
    UNIT_COST,
    /** Tokens, requests, tasks: whole numbers. */
    COUNT,
    /** Percent of the grand total, to one decimal ({@code 25.3} is 25.3%). */
    SHARE,
    /** Money: this period minus the comparison period. */
    CHANGE,
    /** The change in percent of the comparison period, to one decimal. */
    CHANGE_PERCENT
  }

  /** The header on one line, group first: {@code 2026-10 · Allocated cost (USD)}. */
  public String header() {
    return group == null ? label : group + " · " + label;
  }
}
