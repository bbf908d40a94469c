package io.tokenledger.engine.showback;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What every sheet builder of one pack shares: the data, the styles, the Detail layout the audit
 * formulas point at (null when the pack has no Detail sheet), and the names of the sheets.
 */
final class PackContext {

  static final DateTimeFormatter MONTH_NAME =
      DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

  final PackData data;
  final PackStyles styles;
  final DetailRefs detail;

  /** Group value to the name of its sheet, for the groups that have one. */
  final Map<String, String> groupSheets = new LinkedHashMap<>();

  String asymmetrySheet;

  PackContext(PackData data, PackStyles styles, DetailRefs detail) {
    this.data = data;
    this.styles = styles;
    this.detail = detail;
  }

  ShowbackRequest request() {
    return data.request;
  }

  boolean audited() {
    return detail != null;
  }

  /** "Billed (USD)" */
  String money(String what) {
    return what + " (" + request().currency() + ")";
  }

  /**
   * Writes a line's tokens, requests, tasks and its cost per 1M tokens, per request and per task
   * (from its exact cost) from {@code column} on; returns the column after them.
   */
  int usageFigures(SheetWriter out, int row, int column, ShowbackQueries.UsageCost cost) {
    out.number(row, column, cost.tokens(), styles.count);
    out.number(row, column + 1, cost.requests(), styles.count);
    out.number(row, column + 2, cost.tasks(), styles.count);
    out.number(
        row, column + 3, Presented.perMillion(cost.billed(), cost.tokens()), styles.unitCost);
    out.number(row, column + 4, Presented.per(cost.billed(), cost.requests()), styles.unitCost);
    out.number(row, column + 5, Presented.per(cost.billed(), cost.tasks()), styles.unitCost);
    return column + 6;
  }

  /** The headers of {@link #usageFigures}. */
  static final String[] USAGE_HEADERS = {
    "Tokens", "Requests", "Tasks", "Cost per 1M tokens", "Cost per request", "Cost per task"
  };

  String periodName() {
    return request().period().atDay(1).format(MONTH_NAME);
  }
}
