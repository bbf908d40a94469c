package io.tokenledger.engine.showback;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFHyperlink;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Writes the cells of one summary sheet with the pack's styles, and sets column widths from what
 * was written (POI's autosize needs fonts and is slow). Every text goes through {@link #text},
 * which keeps text that looks like a formula a quote-prefixed string.
 */
final class SheetWriter {

  private static final int MIN_WIDTH = 8;
  private static final int MAX_WIDTH = 60;
  private static final int NUMBER_WIDTH = 14;
  private static final int HEADER_WIDTH = 14;

  final XSSFSheet sheet;
  final PackStyles styles;
  private final Map<Integer, Integer> widths = new HashMap<>();

  SheetWriter(XSSFSheet sheet, PackStyles styles) {
    this.sheet = sheet;
    this.styles = styles;
  }

  /**
   * True for text a spreadsheet could take for a formula or a DDE command: it starts with {@code
   * =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return (OWASP's CSV injection list).
   */
  static boolean looksLikeFormula(String value) {
    if (value == null || value.isEmpty()) {
      return false;
    }
    char first = value.charAt(0);
    return first == '='
        || first == '+'
        || first == '-'
        || first == '@'
        || first == '\t'
        || first == '\r';
  }

  /** The style to write {@code value} with: quote-prefixed when it looks like a formula. */
  static CellStyle safe(PackStyles styles, CellStyle style, String value) {
    return looksLikeFormula(value) ? styles.quoted(style) : style;
  }

  Row row(int index) {
    Row row = sheet.getRow(index);
    return row == null ? sheet.createRow(index) : row;
  }

  Cell cell(int rowIndex, int column) {
    Row row = row(rowIndex);
    Cell cell = row.getCell(column);
    return cell == null ? row.createCell(column) : cell;
  }

  /** A text cell: always a string, never parsed as a formula. */
  Cell text(int row, int column, String value, CellStyle style) {
    Cell cell = cell(row, column);
    if (value != null) {
      cell.setCellValue(value);
      track(column, value.length());
    }
    cell.setCellStyle(safe(styles, style, value));
    return cell;
  }

  Cell text(int row, int column, String value) {
    return text(row, column, value, styles.text);
  }

  /** A text written in a wide merged cell: it does not widen its column. */
  Cell note(int row, int column, String value, CellStyle style) {
    Cell cell = cell(row, column);
    cell.setCellValue(value);
    cell.setCellStyle(safe(styles, style, value));
    return cell;
  }

  /** Header cells; they wrap, so a long title does not make its column wide. */
  void headers(int row, int firstColumn, String... titles) {
    boolean wraps = false;
    for (int i = 0; i < titles.length; i++) {
      wraps |= titles[i].length() > HEADER_WIDTH;
      Cell cell = cell(row, firstColumn + i);
      cell.setCellValue(titles[i]);
      cell.setCellStyle(safe(styles, styles.header, titles[i]));
      track(firstColumn + i, Math.min(titles[i].length(), HEADER_WIDTH));
    }
    if (wraps) {
      // rows do not grow for wrapped text by themselves in every spreadsheet
      row(row).setHeightInPoints(30);
    }
  }

  Cell number(int row, int column, BigDecimal value, CellStyle style) {
    Cell cell = cell(row, column);
    if (value != null) {
      cell.setCellValue(value.doubleValue());
    }
    cell.setCellStyle(style);
    track(column, NUMBER_WIDTH);
    return cell;
  }

  Cell number(int row, int column, long value, CellStyle style) {
    Cell cell = cell(row, column);
    cell.setCellValue(value);
    cell.setCellStyle(style);
    track(column, NUMBER_WIDTH);
    return cell;
  }

  Cell date(int row, int column, LocalDate value, CellStyle style) {
    Cell cell = cell(row, column);
    if (value != null) {
      cell.setCellValue(value);
    }
    cell.setCellStyle(style);
    track(column, 12);
    return cell;
  }

  Cell dateTime(int row, int column, LocalDateTime value) {
    Cell cell = cell(row, column);
    if (value != null) {
      cell.setCellValue(value);
    }
    cell.setCellStyle(styles.dateTime);
    track(column, 20);
    return cell;
  }

  /**
   * A formula with the value it evaluates to stored beside it (what a reader sees unrecomputed).
   */
  Cell formula(int row, int column, String formula, double cached, CellStyle style) {
    Cell cell = cell(row, column);
    cell.setCellFormula(formula);
    cell.setCellValue(cached);
    cell.setCellStyle(style);
    track(column, NUMBER_WIDTH);
    return cell;
  }

  /** A link to a cell of another sheet of the pack (never outside it). */
  void linkToSheet(int row, int column, String label, String sheetName) {
    Cell cell = text(row, column, label, styles.link);
    XSSFHyperlink link =
        sheet.getWorkbook().getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
    link.setAddress(SheetNames.quoted(sheetName) + "!A1");
    cell.setHyperlink(link);
  }

  void width(int column, int characters) {
    widths.put(column, characters);
  }

  /** Sets every written column's width from its longest content. */
  void applyWidths() {
    widths.forEach(
        (column, characters) ->
            sheet.setColumnWidth(
                column, Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, characters + 2)) * 256));
  }

  static void setWidths(Sheet sheet, int... characters) {
    for (int i = 0; i < characters.length; i++) {
      sheet.setColumnWidth(i, characters[i] * 256);
    }
  }

  /** Prints landscape, one page wide, so the rendered first page shows the whole width. */
  static void printLandscape(Sheet sheet) {
    PrintSetup setup = sheet.getPrintSetup();
    setup.setLandscape(true);
    setup.setPaperSize(PrintSetup.A4_PAPERSIZE);
    sheet.setFitToPage(true);
    setup.setFitWidth((short) 1);
    setup.setFitHeight((short) 0);
  }

  private void track(int column, int length) {
    widths.merge(column, Math.min(length, MAX_WIDTH), Math::max);
  }
}
