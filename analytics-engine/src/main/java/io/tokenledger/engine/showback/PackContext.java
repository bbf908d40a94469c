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

  String periodName() {
    return request().period().atDay(1).format(MONTH_NAME);
  }
}
