package io.tokenledger.engine.showback;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.ss.util.CellReference;

/**
 * The Detail sheet's column layout and the audit formulas that read it. A summary figure is
 * recomputed in Excel as {@code SUMIFS} over the Detail rows (summed over every Detail sheet when
 * the rows overflow one), with ranges bounded to the rows written so that Excel and POI evaluate
 * them quickly.
 */
final class DetailRefs {

  /** Excel's last row is 1,048,576; the first holds the headers. */
  static final long MAX_ROWS_PER_SHEET = 1_048_575;

  static final int DAY = 0;
  static final int PROVIDER = 1;
  static final int MODEL = 2;
  static final int BUCKET = 3;
  static final int TIER = 4;
  static final int CLIENT = 5;
  static final int FEATURE = 6;
  static final int TEAM = 7;
  static final int ENV = 8;
  static final int METHOD = 9;
  static final int TOKENS = 10;
  static final int CURRENCY = 11;
  static final int BILLED_NATIVE = 12;
  static final int FX_RATE = 13;
  static final int BILLED = 14;
  static final int EFFECTIVE = 15;
  static final int POOL = 16;
  static final int USAGE_IMPORT = 17;
  static final int USAGE_LINE = 18;
  static final int TRACE = 19;
  static final int REASON = 20;

  private final List<String> sheets;
  private final List<Long> rows;

  private DetailRefs(List<String> sheets, List<Long> rows) {
    this.sheets = List.copyOf(sheets);
    this.rows = List.copyOf(rows);
  }

  /**
   * The Detail sheets for {@code total} rows, {@code perSheet} rows each, named by {@code names}.
   */
  static DetailRefs plan(long total, long perSheet, SheetNames names) {
    List<String> sheets = new ArrayList<>();
    List<Long> rows = new ArrayList<>();
    long left = total;
    do {
      sheets.add(names.unique(sheets.isEmpty() ? "Detail" : "Detail " + (sheets.size() + 1)));
      long here = Math.min(left, perSheet);
      rows.add(here);
      left -= here;
    } while (left > 0);
    return new DetailRefs(sheets, rows);
  }

  List<String> sheets() {
    return sheets;
  }

  List<Long> rows() {
    return rows;
  }

  static int groupColumn(ShowbackGrouping by) {
    return column(by.id());
  }

  static int subColumn(ShowbackGrouping by) {
    return column(by.subColumn());
  }

  private static int column(String name) {
    return switch (name) {
      case "client" -> CLIENT;
      case "team" -> TEAM;
      case "feature" -> FEATURE;
      default -> throw new IllegalArgumentException(name);
    };
  }

  /** {@code SUM} of a Detail column over every Detail sheet. */
  String sum(int valueColumn) {
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < sheets.size(); i++) {
      parts.add("SUM(" + range(i, valueColumn) + ")");
    }
    return String.join("+", parts);
  }

  /** {@code SUMIFS} of a Detail column where every criterion holds, over every Detail sheet. */
  String sumIfs(int valueColumn, List<Criterion> criteria) {
    if (criteria.isEmpty()) {
      return sum(valueColumn);
    }
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < sheets.size(); i++) {
      int sheet = i;
      parts.add(
          "SUMIFS("
              + range(sheet, valueColumn)
              + ","
              + criteria.stream()
                  .map(c -> range(sheet, c.column()) + "," + c.text())
                  .collect(Collectors.joining(","))
              + ")");
    }
    return String.join("+", parts);
  }

  private String range(int sheet, int column) {
    String letter = CellReference.convertNumToColString(column);
    long last = Math.max(2, rows.get(sheet) + 1);
    return SheetNames.quoted(sheets.get(sheet)) + "!$" + letter + "$2:$" + letter + "$" + last;
  }

  /**
   * A column equal to a value. The cell holding the value is referenced when that is safe; text
   * SUMIFS would read as an operator ({@code =}, {@code <}, {@code >}) or a wildcard ({@code *},
   * {@code ?}, {@code ~}) goes in as an escaped literal instead, so it matches only itself.
   */
  static Criterion equalTo(int column, String value, String cellReference) {
    boolean plain =
        !value.isEmpty()
            && "=<>".indexOf(value.charAt(0)) < 0
            && value.chars().noneMatch(ch -> ch == '*' || ch == '?' || ch == '~');
    if (cellReference != null && plain) {
      return new Criterion(column, cellReference);
    }
    String escaped = value.replace("~", "~~").replace("*", "~*").replace("?", "~?");
    return new Criterion(column, "\"=" + escaped.replace("\"", "\"\"") + "\"");
  }

  /** A criterion as SUMIFS writes it: {@code "<>unallocated"}. */
  static Criterion where(int column, String criterion) {
    return new Criterion(column, "\"" + criterion.replace("\"", "\"\"") + "\"");
  }

  /** One criteria pair of a SUMIFS: the Detail column and the criterion's formula text. */
  record Criterion(int column, String text) {}
}
