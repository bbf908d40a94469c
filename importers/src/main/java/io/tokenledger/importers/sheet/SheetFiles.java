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
 * signature, and for XLSX a CSV copy of the first sheet that DuckDB's reader then takes like any
 * CSV (DuckDB cannot read XLSX offline). XLSX numbers are written as the decimal Excel holds, date
 * cells as ISO dates, formulas as their cached values.
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

  /** The header and first rows of a sheet, read as the import reads them. */
  public static SheetRows preview(Path file, int maxRows) throws IOException {
    Path csv = isXlsx(file) ? toCsv(file) : file;
    try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
        PreparedStatement read =
            duck.prepareStatement(
                "SELECT * FROM read_csv(?, header = false, all_varchar = true, delim = ',',"
                    + " quote = '\"', escape = '\"', null_padding = true) LIMIT ?")) {
      read.setString(1, csv.toString());
      read.setInt(2, maxRows + 1);
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
      if (rows.isEmpty()) {
        throw new ImportException(file.getFileName() + ": the sheet is empty");
      }
      List<String> header = rows.get(0).stream().map(h -> h == null ? "" : stripBom(h)).toList();
      return new SheetRows(header, rows.subList(1, rows.size()), signature(header));
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

  /** Writes the first sheet of an XLSX file to a temporary CSV file; the caller deletes it. */
  public static Path toCsv(Path xlsx) throws IOException {
    Path csv = Files.createTempFile("tokenledger-invoice-", ".csv");
    DataFormatter formatter = new DataFormatter(Locale.ROOT);
    try (InputStream in = Files.newInputStream(xlsx);
        Workbook workbook = WorkbookFactory.create(in);
        BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
      Sheet sheet = workbook.getSheetAt(0);
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
