package io.tokenledger.importers.sheet;

import io.tokenledger.importers.ImportException;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Reads sheets (invoice, revenue), CSV or XLSX: the header, a preview of the rows, the header's
 * signature, and for XLSX a CSV copy of one sheet (the first unless a {@link SheetLayout} names
 * another) that DuckDB's reader then takes like any CSV (DuckDB cannot read XLSX offline). XLSX
 * numbers are written as the decimal Excel holds, date cells as ISO dates, formulas as their cached
 * values.
 */
public final class SheetFiles {

  private SheetFiles() {}

  /** True for an XLSX (or other OOXML spreadsheet) file, by name. */
  public static boolean isXlsx(Path file) {
    return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx");
  }

  /**
   * The signature of a header: a SHA-256 of its names, trimmed, lower case, spaces collapsed, in
   * order. Two files with the same columns in the same order have the same signature.
   */
  public static String signature(List<String> header) {
    StringBuilder text = new StringBuilder();
    for (String name : header) {
      text.append(
          name == null ? "" : name.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
      text.append('\u001f');
    }
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of()
          .formatHex(digest.digest(text.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  /** The header and first rows of a sheet laid out the default way (first sheet, row 1). */
  public static SheetRows preview(Path file, int maxRows) throws IOException {
    return preview(file, SheetLayout.DEFAULT, maxRows);
  }

  /**
   * The header and first rows of a sheet, read as the import reads them: the layout's sheet of a
   * workbook, from its header row.
   */
  public static SheetRows preview(Path file, SheetLayout layout, int maxRows) throws IOException {
    boolean xlsx = isXlsx(file);
    List<String> sheets = xlsx ? sheetNames(file) : List.of();
    Path csv = xlsx ? toCsv(file, layout.sheet()) : file;
    try (Connection duck = DriverManager.getConnection("jdbc:duckdb:")) {
      List<List<String>> rows;
      try {
        rows = read(duck, SNIFFED_READ, csv, layout, maxRows);
      } catch (SQLException sniffing) {
        // Lines of other widths (a letterhead above the table) defeat DuckDB's sniffer: read a
        // fixed width instead, the header as wide as its own last field.
        rows = read(duck, wideRead(), csv, layout, maxRows);
        if (!rows.isEmpty()) {
          int width = lastValue(rows.get(0));
          rows = rows.stream().map(row -> blankPadded(row, width)).toList();
        }
      }
      if (rows.isEmpty()) {
        throw new ImportException(
            file.getFileName()
                + (layout.headerRow() > 1
                    ? ": the sheet has nothing from row " + layout.headerRow()
                    : ": the sheet is empty"));
      }
      List<String> header = rows.get(0).stream().map(h -> h == null ? "" : stripBom(h)).toList();
      return new SheetRows(header, rows.subList(1, rows.size()), signature(header), sheets);
    } catch (SQLException e) {
      throw new ImportException(
          file.getFileName()
              + ": cannot read the sheet: "
              + e.getMessage().lines().findFirst().orElse(""),
          e);
    } finally {
      if (csv != file) {
        Files.deleteIfExists(csv);
      }
    }
  }

  private static final String SNIFFED_READ =
      "SELECT * FROM read_csv(?, header = false, all_varchar = true, delim = ',', quote = '\"',"
          + " escape = '\"', null_padding = true, skip = ?) LIMIT ?";

  /** Columns of the fixed-width read, for sheets the sniffer cannot read. */
  private static final int WIDE_READ_COLUMNS = 256;

  private static String wideRead() {
    StringBuilder columns = new StringBuilder("{");
    for (int c = 1; c <= WIDE_READ_COLUMNS; c++) {
      columns.append(c > 1 ? ", " : "").append("'c").append(c).append("': 'VARCHAR'");
    }
    // nullstr: an empty field stays '' so that only the padding is NULL
    return "SELECT * FROM read_csv(?, header = false, auto_detect = false, columns = "
        + columns
        + "}, delim = ',', quote = '\"', escape = '\"', null_padding = true,"
        + " nullstr = '\u0001', skip = ?) LIMIT ?";
  }

  private static List<List<String>> read(
      Connection duck, String sql, Path csv, SheetLayout layout, int maxRows) throws SQLException {
    try (PreparedStatement read = duck.prepareStatement(sql)) {
      read.setString(1, csv.toString());
      read.setInt(2, layout.headerRow() - 1);
      read.setInt(3, maxRows + 1);
      List<List<String>> rows = new ArrayList<>();
      try (ResultSet result = read.executeQuery()) {
        int width = result.getMetaData().getColumnCount();
        while (result.next()) {
          List<String> row = new ArrayList<>();
          for (int c = 1; c <= width; c++) {
            row.add(result.getString(c));
          }
          rows.add(row);
        }
      }
      return rows;
    }
  }

  /** One past the last field that is there (NULL is padding past the line's end). */
  private static int lastValue(List<String> row) {
    for (int c = row.size() - 1; c >= 0; c--) {
      if (row.get(c) != null) {
        return c + 1;
      }
    }
    return 1;
  }

  private static List<String> blankPadded(List<String> row, int width) {
    List<String> cells = new ArrayList<>(row.subList(0, Math.min(width, row.size())));
    cells.replaceAll(cell -> cell == null || cell.isEmpty() ? null : cell);
    return cells;
  }

  /** The names of an XLSX workbook's sheets, in order. */
  public static List<String> sheetNames(Path xlsx) throws IOException {
    try (InputStream in = Files.newInputStream(xlsx);
        Workbook workbook = WorkbookFactory.create(in)) {
      List<String> names = new ArrayList<>();
      for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
        names.add(workbook.getSheetName(i));
      }
      return names;
    } catch (RuntimeException e) {
      throw new IOException(e.getMessage(), e);
    }
  }

  /** Writes the first sheet of an XLSX file to a temporary CSV file; the caller deletes it. */
  public static Path toCsv(Path xlsx) throws IOException {
    return toCsv(xlsx, null);
  }

  /**
   * Writes one sheet of an XLSX file (by name; the first when null) to a temporary CSV file; the
   * caller deletes it.
   */
  public static Path toCsv(Path xlsx, String sheetName) throws IOException {
    Path csv = Files.createTempFile("tokenledger-sheet-", ".csv");
    DataFormatter formatter = new DataFormatter(Locale.ROOT);
    try (InputStream in = Files.newInputStream(xlsx);
        Workbook workbook = WorkbookFactory.create(in);
        BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
      Sheet sheet = sheetName == null ? workbook.getSheetAt(0) : workbook.getSheet(sheetName);
      if (sheet == null) {
        throw new ImportException(
            xlsx.getFileName() + ": the workbook has no sheet '" + sheetName + "'");
      }
      int width = 0;
      for (Row row : sheet) {
        width = Math.max(width, row.getLastCellNum());
      }
      int expected = sheet.getFirstRowNum();
      for (Row row : sheet) {
        // keep blank rows so that line numbers in rejects match the sheet's row numbers
        for (; expected < row.getRowNum(); expected++) {
          out.write(",".repeat(Math.max(0, width - 1)));
          out.newLine();
        }
        expected = row.getRowNum() + 1;
        for (int c = 0; c < width; c++) {
          if (c > 0) {
            out.write(',');
          }
          out.write(quote(cellText(row.getCell(c), formatter)));
        }
        out.newLine();
      }
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(csv);
      if (e instanceof ImportException importException) {
        throw importException;
      }
      throw e instanceof IOException io ? io : new IOException(e.getMessage(), e);
    }
    return csv;
  }

  private static String cellText(Cell cell, DataFormatter formatter) {
    if (cell == null) {
      return "";
    }
    CellType type =
        cell.getCellType() == CellType.FORMULA
            ? cell.getCachedFormulaResultType()
            : cell.getCellType();
    return switch (type) {
      case NUMERIC ->
          DateUtil.isCellDateFormatted(cell)
              ? cell.getLocalDateTimeCellValue()
                  .atOffset(ZoneOffset.UTC)
                  .format(
                      cell.getLocalDateTimeCellValue().toLocalTime().toSecondOfDay() == 0
                          ? DateTimeFormatter.ISO_LOCAL_DATE
                          : DateTimeFormatter.ISO_LOCAL_DATE_TIME)
              : BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
      case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
      case STRING -> cell.getStringCellValue();
      case BLANK, ERROR, _NONE -> "";
      default -> formatter.formatCellValue(cell);
    };
  }

  private static String quote(String text) {
    if (text.isEmpty()) {
      return "";
    }
    boolean needs =
        text.indexOf(',') >= 0
            || text.indexOf('"') >= 0
            || text.indexOf('\n') >= 0
            || text.indexOf('\r') >= 0;
    return needs ? '"' + text.replace("\"", "\"\"") + '"' : text;
  }

  private static String stripBom(String text) {
    return text.startsWith("\uFEFF") ? text.substring(1).strip() : text.strip();
  }
}
