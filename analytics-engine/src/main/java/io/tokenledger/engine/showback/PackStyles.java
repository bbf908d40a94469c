package io.tokenledger.engine.showback;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The pack's cell styles, made once per workbook (Excel caps a workbook at 64,000 styles, so never
 * one per cell): number formats for money, counts, unit costs, percentages and dates, header and
 * total rows, and a quote-prefixed twin of each text style for text that looks like a formula.
 */
final class PackStyles {

  static final String MONEY = "#,##0.00";
  static final String EXACT_MONEY = "#,##0.00########";
  static final String COUNT = "#,##0";
  static final String UNIT_COST = "#,##0.0000";
  static final String PERCENT = "0.0%";
  static final String DATE = "yyyy-mm-dd";
  static final String SHORT_DATE = "mmm d";
  static final String MONTH = "mmmm yyyy";
  static final String DATE_TIME = "yyyy-mm-dd hh:mm:ss";
  static final String RATE = "0.0000########";

  private static final byte[] HEADER_FILL = {(byte) 0xDD, (byte) 0xE6, (byte) 0xF0};
  private static final byte[] TITLE_COLOUR = {(byte) 0x1F, (byte) 0x3A, (byte) 0x5F};

  final XSSFCellStyle title;
  final XSSFCellStyle subtitle;
  final XSSFCellStyle section;
  final XSSFCellStyle header;
  final XSSFCellStyle text;
  final XSSFCellStyle bold;
  final XSSFCellStyle wrap;
  final XSSFCellStyle totalText;
  final XSSFCellStyle money;
  final XSSFCellStyle moneyTotal;
  final XSSFCellStyle moneyBold;
  final XSSFCellStyle exactMoney;
  final XSSFCellStyle audit;
  final XSSFCellStyle count;
  final XSSFCellStyle countTotal;
  final XSSFCellStyle unitCost;
  final XSSFCellStyle percent;
  final XSSFCellStyle percentTotal;
  final XSSFCellStyle date;
  final XSSFCellStyle shortDate;
  final XSSFCellStyle month;
  final XSSFCellStyle dateTime;
  final XSSFCellStyle rate;
  final XSSFCellStyle link;

  private final XSSFWorkbook workbook;
  private final Map<CellStyle, XSSFCellStyle> quoted = new HashMap<>();

  PackStyles(XSSFWorkbook workbook) {
    this.workbook = workbook;
    XSSFFont boldFont = font(false, 11, null);
    boldFont.setBold(true);
    XSSFFont titleFont = font(true, 16, TITLE_COLOUR);
    XSSFFont sectionFont = font(true, 12, TITLE_COLOUR);
    XSSFFont greyFont = font(false, 10, new byte[] {0x59, 0x59, 0x59});
    XSSFFont linkFont = font(false, 11, new byte[] {0x05, 0x63, (byte) 0xC1});
    linkFont.setUnderline(XSSFFont.U_SINGLE);

    title = style(null);
    title.setFont(titleFont);
    subtitle = style(null);
    subtitle.setFont(greyFont);
    section = style(null);
    section.setFont(sectionFont);
    header = style(null);
    header.setFont(boldFont);
    header.setFillForegroundColor(new XSSFColor(HEADER_FILL, null));
    header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    header.setBorderBottom(BorderStyle.THIN);
    header.setWrapText(true);
    header.setVerticalAlignment(VerticalAlignment.CENTER);
    text = style(null);
    bold = style(null);
    bold.setFont(boldFont);
    wrap = style(null);
    wrap.setWrapText(true);
    wrap.setVerticalAlignment(VerticalAlignment.TOP);
    totalText = total(style(null), boldFont);
    money = style(MONEY);
    moneyTotal = total(style(MONEY), boldFont);
    moneyBold = style(MONEY);
    moneyBold.setFont(boldFont);
    exactMoney = style(EXACT_MONEY);
    audit = style(MONEY);
    audit.setFont(greyFont);
    count = style(COUNT);
    countTotal = total(style(COUNT), boldFont);
    unitCost = style(UNIT_COST);
    percent = style(PERCENT);
    percentTotal = total(style(PERCENT), boldFont);
    date = style(DATE);
    date.setAlignment(HorizontalAlignment.LEFT);
    shortDate = style(SHORT_DATE);
    shortDate.setAlignment(HorizontalAlignment.LEFT);
    month = style(MONTH);
    month.setAlignment(HorizontalAlignment.LEFT);
    dateTime = style(DATE_TIME);
    dateTime.setAlignment(HorizontalAlignment.LEFT);
    rate = style(RATE);
    link = style(null);
    link.setFont(linkFont);
  }

  /**
   * The same style marked quote-prefixed: the cell is text, and stays text when someone edits it in
   * Excel or LibreOffice, so imported text such as {@code =HYPERLINK(...)} can never become a
   * formula.
   */
  XSSFCellStyle quoted(CellStyle style) {
    return quoted.computeIfAbsent(
        style,
        s -> {
          XSSFCellStyle copy = workbook.createCellStyle();
          copy.cloneStyleFrom(s);
          copy.setQuotePrefixed(true);
          return copy;
        });
  }

  private XSSFCellStyle style(String format) {
    XSSFCellStyle style = workbook.createCellStyle();
    if (format != null) {
      style.setDataFormat(workbook.createDataFormat().getFormat(format));
    }
    return style;
  }

  private static XSSFCellStyle total(XSSFCellStyle style, XSSFFont font) {
    style.setFont(font);
    style.setBorderTop(BorderStyle.THIN);
    return style;
  }

  private XSSFFont font(boolean bold, int points, byte[] rgb) {
    XSSFFont font = workbook.createFont();
    font.setBold(bold);
    font.setFontHeightInPoints((short) points);
    if (rgb != null) {
      font.setColor(new XSSFColor(rgb, null));
    }
    return font;
  }
}
