package io.tokenledger.engine.export;

import io.tokenledger.engine.explore.Dimension;
import io.tokenledger.engine.explore.Measure;
import io.tokenledger.engine.explore.PivotRequest;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * "Export what you see": writes a {@link PivotTable} to CSV or Excel exactly as the Explore page
 * shows it (the same lines, subtotals and grand total, rounded the same way), under a header block
 * that states the workspace, period, filters and currency. Text that comes from the data and would
 * start a formula in a spreadsheet ({@code = + - @}, tab, carriage return) is written as literal
 * text: quote-prefixed in Excel, behind a leading apostrophe in CSV.
 */
public final class PivotExport {

  /** The file formats an export can have, chosen by the file's extension. */
  public enum Format {
    CSV,
    XLSX;

    /** The format named by {@code file}'s extension. */
    public static Format of(Path file) {
      String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
      if (name.endsWith(".csv")) {
        return CSV;
      }
      if (name.endsWith(".xlsx")) {
        return XLSX;
      }
      throw new IllegalArgumentException(
          "Cannot tell the format of " + file.getFileName() + ": name it .csv or .xlsx");
    }
  }

  /** One line of the header block: {@code Period: 2026-10}. */
  public record HeaderField(String name, String value) {}

  static {
    // POI logs through the Log4j API, and without a Log4j implementation on the path that API
    // prints an alarming "could not find a logging provider" line on every export. Its own simple
    // provider is enough for POI's few messages; an application that brings Log4j sets its own.
    if (System.getProperty("log4j.provider") == null) {
      System.setProperty(
          "log4j.provider", "org.apache.logging.log4j.simple.internal.SimpleProvider");
    }
  }

  private static final int WINDOW = 200;
  private static final int MAX_WIDTH_CHARS = 60;

  private final PivotTable table;
  private final List<HeaderField> header;

  /**
   * @param workspace the workspace's name, for the header block
   * @param exportedAt when the export was made, for the header block
   */
  public PivotExport(PivotTable table, String workspace, Instant exportedAt) {
    this.table = table;
    this.header = header(table, workspace, exportedAt);
  }

  /** The header block: what the numbers below it are. */
  public List<HeaderField> header() {
    return header;
  }

  /** Writes the file in the format its extension names. */
  public void write(Path file) throws IOException {
    switch (Format.of(file)) {
      case CSV -> writeCsv(file);
      case XLSX -> writeXlsx(file);
    }
  }

  /**
   * CSV: the header block as name,value lines, an empty line, then one header row and one row per
   * line shown. Numbers are plain (no grouping, no currency sign); shares are percent numbers.
   */
  public void writeCsv(Path file) throws IOException {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (HeaderField field : header) {
        csvLine(out, List.of(field.name(), field.value()));
      }
      out.write("\r\n");
      csvLine(out, headerRow());
      for (PivotLine line : table.lines()) {
        List<String> cells = new ArrayList<>(line.labels());
        for (BigDecimal value : line.values()) {
          cells.add(value == null ? "" : value.toPlainString());
        }
        csvLine(out, cells);
      }
    }
  }

  /**
   * Excel: the header block, then the table with its header row frozen (and the row labels), number
   * formats per column, subtotals and the grand total in bold.
   */
  public void writeXlsx(Path file) throws IOException {
    try (SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
        OutputStream out = Files.newOutputStream(file)) {
      new XlsxSheet(workbook).write();
      workbook.write(out);
    }
  }

  private List<String> headerRow() {
    List<String> cells = new ArrayList<>(table.rowHeaders());
    table.columns().forEach(column -> cells.add(column.header()));
    return cells;
  }

  private static void csvLine(Writer out, List<String> cells) throws IOException {
    out.write(cells.stream().map(PivotExport::csvCell).collect(Collectors.joining(",")));
    out.write("\r\n");
  }

  private static String csvCell(String text) {
    String safe = startsFormula(text) ? "'" + text : text;
    if (safe.contains(",")
        || safe.contains("\"")
        || safe.contains("\n")
        || safe.contains("\r")
        || safe.contains("\t")) {
      return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
    return safe;
  }

  /** True for text a spreadsheet would read as a formula (or that hides one after a control). */
  static boolean startsFormula(String text) {
    if (text == null || text.isEmpty()) {
      return false;
    }
    char first = text.charAt(0);
    return first == '='
        || first == '+'
        || first == '-'
        || first == '@'
        || first == '\t'
        || first == '\r';
  }

  private static List<HeaderField> header(PivotTable table, String workspace, Instant exportedAt) {
    PivotRequest request = table.request();
    List<HeaderField> fields = new ArrayList<>();
    fields.add(new HeaderField("TokenLedger pivot", "exported what the Explore view shows"));
    fields.add(new HeaderField("Workspace", workspace));
    fields.add(new HeaderField("Period", describePeriod(request.from(), request.until())));
    if (table.comparison() != null) {
      fields.add(new HeaderField("Compared with", table.comparison()));
    }
    fields.add(
        new HeaderField(
            "Rows",
            request.rows().isEmpty()
                ? "(none)"
                : request.rows().stream().map(Dimension::label).collect(Collectors.joining(", "))));
    fields.add(
        new HeaderField("Columns", request.column() == null ? "(none)" : request.column().label()));
    fields.add(
        new HeaderField(
            "Measures",
            request.measures().stream().map(Measure::label).collect(Collectors.joining(", "))));
    fields.add(new HeaderField("Filters", describeFilters(request.filters())));
    if (request.topN() > 0 && !request.rows().isEmpty()) {
      fields.add(
          new HeaderField(
              "Top",
              request.topN()
                  + " largest "
                  + request.rows().get(0).label().toLowerCase(Locale.ROOT)
                  + " values; the rest as Other"));
    }
    fields.add(
        new HeaderField(
            "Currency",
            request.currency()
                + " (amounts rounded to the cent; subtotals equal the lines above them)"));
    fields.add(
        new HeaderField("Exported at", exportedAt.truncatedTo(ChronoUnit.SECONDS).toString()));
    return List.copyOf(fields);
  }

  /** {@code All time}, {@code 2026-10} for a whole month, else the first and last day. */
  public static String describePeriod(LocalDate from, LocalDate until) {
    if (from == null && until == null) {
      return "All time";
    }
    if (from != null && until != null) {
      if (from.getDayOfMonth() == 1 && until.equals(from.plusMonths(1))) {
        return from.toString().substring(0, 7);
      }
      return from + " to " + until.minusDays(1);
    }
    return from != null ? "from " + from : "until " + until.minusDays(1);
  }

  private static String describeFilters(Map<Dimension, Set<String>> filters) {
    if (filters.isEmpty()) {
      return "none";
    }
    return filters.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .map(
            e ->
                e.getKey().label()
                    + " = "
                    + e.getValue().stream()
                        .sorted(Comparator.naturalOrder())
                        .collect(Collectors.joining(", ")))
        .collect(Collectors.joining("; "));
  }

  /** Writes one sheet; holds the cell styles, which a workbook must share, not copy per cell. */
  private final class XlsxSheet {
    private final Sheet sheet;
    private final CellStyle text;
    private final CellStyle textGuarded;
    private final CellStyle bold;
    private final CellStyle boldGuarded;
    private final CellStyle headerCell;
    private final CellStyle title;
    private final Map<PivotColumn.Kind, CellStyle> numbers = new EnumMap<>(PivotColumn.Kind.class);
    private final Map<PivotColumn.Kind, CellStyle> boldNumbers =
        new EnumMap<>(PivotColumn.Kind.class);
    private final int[] widths;

    XlsxSheet(Workbook workbook) {
      this.sheet = workbook.createSheet("Pivot");
      Font boldFont = workbook.createFont();
      boldFont.setBold(true);
      Font titleFont = workbook.createFont();
      titleFont.setBold(true);
      titleFont.setFontHeightInPoints((short) 14);
      text = workbook.createCellStyle();
      textGuarded = workbook.createCellStyle();
      textGuarded.setQuotePrefixed(true);
      bold = workbook.createCellStyle();
      bold.setFont(boldFont);
      boldGuarded = workbook.createCellStyle();
      boldGuarded.setFont(boldFont);
      boldGuarded.setQuotePrefixed(true);
      headerCell = workbook.createCellStyle();
      headerCell.setFont(boldFont);
      headerCell.setBorderBottom(BorderStyle.THIN);
      headerCell.setWrapText(true);
      headerCell.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
      headerCell.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      title = workbook.createCellStyle();
      title.setFont(titleFont);
      for (PivotColumn.Kind kind : PivotColumn.Kind.values()) {
        CellStyle plain = workbook.createCellStyle();
        plain.setDataFormat(workbook.createDataFormat().getFormat(format(kind)));
        numbers.put(kind, plain);
        CellStyle strong = workbook.createCellStyle();
        strong.setDataFormat(plain.getDataFormat());
        strong.setFont(boldFont);
        boldNumbers.put(kind, strong);
      }
      widths = new int[table.rowHeaders().size() + table.columns().size()];
    }

    void write() {
      int r = 0;
      Row titleRow = sheet.createRow(r++);
      Cell titleCell = titleRow.createCell(0);
      titleCell.setCellValue(header.get(0).name());
      titleCell.setCellStyle(title);
      textCell(titleRow, 1, header.get(0).value(), false);
      for (HeaderField field : header.subList(1, header.size())) {
        Row row = sheet.createRow(r++);
        textCell(row, 0, field.name(), true);
        // The header's values are long sentences: they must not widen the first table column.
        Cell value = row.createCell(1);
        value.setCellValue(field.value());
        value.setCellStyle(startsFormula(field.value()) ? textGuarded : text);
      }
      r++;
      int headerIndex = r;
      Row headerRow = sheet.createRow(r++);
      List<String> headers = headerRow();
      for (int c = 0; c < headers.size(); c++) {
        Cell cell = headerRow.createCell(c);
        cell.setCellValue(headers.get(c));
        cell.setCellStyle(headerCell);
        widen(c, Math.min(headers.get(c).length(), 24));
      }
      for (PivotLine line : table.lines()) {
        Row row = sheet.createRow(r++);
        boolean strong = line.kind() != PivotLine.Kind.DETAIL;
        for (int c = 0; c < line.labels().size(); c++) {
          textCell(row, c, line.labels().get(c), strong);
        }
        int offset = line.labels().size();
        for (int c = 0; c < table.columns().size(); c++) {
          BigDecimal value = line.value(c);
          if (value == null) {
            continue;
          }
          PivotColumn.Kind kind = table.columns().get(c).kind();
          Cell cell = row.createCell(offset + c);
          cell.setCellValue(numeric(kind, value).doubleValue());
          cell.setCellStyle(strong ? boldNumbers.get(kind) : numbers.get(kind));
          widen(offset + c, value.toPlainString().length() + 4);
        }
      }
      sheet.createFreezePane(table.rowHeaders().size(), headerIndex + 1);
      for (int c = 0; c < widths.length; c++) {
        sheet.setColumnWidth(c, (Math.min(Math.max(widths[c], 10), MAX_WIDTH_CHARS) + 2) * 256);
      }
    }

    private void textCell(Row row, int column, String value, boolean strong) {
      Cell cell = row.createCell(column);
      cell.setCellValue(value);
      boolean guarded = startsFormula(value);
      cell.setCellStyle(strong ? (guarded ? boldGuarded : bold) : (guarded ? textGuarded : text));
      widen(column, value == null ? 0 : value.length());
    }

    private void widen(int column, int chars) {
      if (column < widths.length) {
        widths[column] = Math.max(widths[column], chars);
      }
    }

    /** Shares and changes in percent become fractions, which Excel's {@code %} format shows. */
    private static BigDecimal numeric(PivotColumn.Kind kind, BigDecimal value) {
      return kind == PivotColumn.Kind.SHARE || kind == PivotColumn.Kind.CHANGE_PERCENT
          ? value.movePointLeft(2)
          : value;
    }

    private static String format(PivotColumn.Kind kind) {
      return switch (kind) {
        case MONEY -> "#,##0.00";
        case CHANGE -> "+#,##0.00;-#,##0.00;0.00";
        case UNIT_COST -> "#,##0.00####";
        case COUNT -> "#,##0";
        case SHARE -> "0.0%";
        case CHANGE_PERCENT -> "+0.0%;-0.0%;0.0%";
      };
    }
  }
}
