package io.tokenledger.engine.showback;

import io.tokenledger.engine.task.Cancellation;
import io.tokenledger.engine.task.ProgressListener;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Streams the allocated rows of the month from a DuckDB result set into the Detail sheet(s) with
 * SXSSF: only the last rows of the window stay in memory, the rest go to a temporary file, so a
 * million rows fit in a bounded heap. Columns follow {@link DetailRefs}; text is written as inline
 * strings, quote-prefixed when it looks like a formula.
 */
final class DetailSheet {

  static final String[] HEADERS = {
    "Day",
    "Provider",
    "Model",
    "Token bucket",
    "Service tier",
    "Client",
    "Feature",
    "Team",
    "Env",
    "Method",
    "Tokens",
    "Currency",
    "Billed (billing currency)",
    "FX rate",
    "Billed",
    "Effective",
    "Pool",
    "Usage import",
    "Usage line",
    "Trace id",
    "Reason"
  };

  private static final int[] WIDTHS = {
    11, 10, 22, 16, 12, 20, 20, 16, 10, 12, 12, 9, 16, 12, 14, 14, 40, 9, 10, 24, 50
  };

  private static final int PROGRESS_EVERY = 10_000;
  private static final int CANCEL_CHECK_EVERY = 1_000;

  private final SXSSFWorkbook workbook;
  private final PackStyles styles;
  private final DetailRefs refs;
  private final String currency;

  DetailSheet(SXSSFWorkbook workbook, PackStyles styles, DetailRefs refs, String currency) {
    this.workbook = workbook;
    this.styles = styles;
    this.refs = refs;
    this.currency = currency;
  }

  /**
   * Runs {@code statement} and writes its rows, reporting progress from {@code from} to {@code to}.
   *
   * @return the rows written
   */
  long write(
      PreparedStatement statement,
      ProgressListener progress,
      double from,
      double to,
      Cancellation cancellation)
      throws SQLException {
    long expected = refs.rows().stream().mapToLong(Long::longValue).sum();
    long written = 0;
    int sheetIndex = 0;
    SXSSFSheet sheet = newSheet(0);
    int rowIndex = 1;
    LocalDate lastDay = null;
    double lastSerial = 0;
    CellStyle text = styles.text;
    try (Cancellation.Registration ignored = cancellation.onCancel(() -> cancel(statement));
        ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        if (rowIndex > refs.rows().get(sheetIndex)) {
          sheetIndex++;
          if (sheetIndex >= refs.sheets().size()) {
            throw new IllegalStateException(
                "The workspace changed during the export: more detail rows than counted");
          }
          sheet = newSheet(sheetIndex);
          rowIndex = 1;
        }
        Row row = sheet.createRow(rowIndex++);
        LocalDate day = rows.getObject(1, LocalDate.class);
        if (!day.equals(lastDay)) {
          lastDay = day;
          lastSerial = DateUtil.getExcelDate(day);
        }
        Cell dayCell = row.createCell(DetailRefs.DAY);
        dayCell.setCellValue(lastSerial);
        dayCell.setCellStyle(styles.date);
        for (int column = DetailRefs.PROVIDER; column <= DetailRefs.METHOD; column++) {
          text(row, column, rows.getString(column + 1), text);
        }
        number(row, DetailRefs.TOKENS, rows.getLong(DetailRefs.TOKENS + 1), rows, styles.count);
        text(row, DetailRefs.CURRENCY, rows.getString(DetailRefs.CURRENCY + 1), text);
        for (int column = DetailRefs.BILLED_NATIVE; column <= DetailRefs.EFFECTIVE; column++) {
          double value = rows.getDouble(column + 1);
          if (!rows.wasNull()) {
            Cell cell = row.createCell(column);
            cell.setCellValue(value);
            cell.setCellStyle(column == DetailRefs.FX_RATE ? styles.rate : styles.exactMoney);
          }
        }
        text(row, DetailRefs.POOL, rows.getString(DetailRefs.POOL + 1), text);
        number(
            row,
            DetailRefs.USAGE_IMPORT,
            rows.getLong(DetailRefs.USAGE_IMPORT + 1),
            rows,
            styles.text);
        number(
            row, DetailRefs.USAGE_LINE, rows.getLong(DetailRefs.USAGE_LINE + 1), rows, styles.text);
        text(row, DetailRefs.TRACE, rows.getString(DetailRefs.TRACE + 1), text);
        text(row, DetailRefs.REASON, rows.getString(DetailRefs.REASON + 1), text);
        written++;
        if (written % CANCEL_CHECK_EVERY == 0) {
          cancellation.throwIfCancelled();
          if (written % PROGRESS_EVERY == 0) {
            progress.fraction(
                from + (to - from) * written / Math.max(1, expected),
                String.format(
                    java.util.Locale.ROOT, "Writing detail rows: %,d of %,d", written, expected));
          }
        }
      }
    }
    cancellation.throwIfCancelled();
    if (written != expected) {
      throw new IllegalStateException(
          "The workspace changed during the export: "
              + written
              + " detail rows instead of "
              + expected);
    }
    return written;
  }

  private SXSSFSheet newSheet(int index) {
    SXSSFSheet sheet = workbook.createSheet(refs.sheets().get(index));
    Row header = sheet.createRow(0);
    for (int i = 0; i < HEADERS.length; i++) {
      Cell cell = header.createCell(i);
      cell.setCellValue(
          i == DetailRefs.BILLED || i == DetailRefs.EFFECTIVE
              ? HEADERS[i] + " (" + currency + ")"
              : HEADERS[i]);
      cell.setCellStyle(styles.header);
      sheet.setColumnWidth(i, WIDTHS[i] * 256);
    }
    sheet.createFreezePane(0, 1);
    long rows = refs.rows().get(index);
    sheet.setAutoFilter(new CellRangeAddress(0, (int) Math.max(1, rows), 0, HEADERS.length - 1));
    return sheet;
  }

  private void text(Row row, int column, String value, CellStyle style) {
    if (value == null) {
      return;
    }
    Cell cell = row.createCell(column);
    cell.setCellValue(value);
    cell.setCellStyle(SheetWriter.safe(styles, style, value));
  }

  private static void number(Row row, int column, long value, ResultSet rows, CellStyle style)
      throws SQLException {
    if (rows.wasNull()) {
      return;
    }
    Cell cell = row.createCell(column);
    cell.setCellValue(value);
    cell.setCellStyle(style);
  }

  private static void cancel(PreparedStatement statement) {
    try {
      statement.cancel();
    } catch (SQLException e) {
      // the query finished before the cancel reached it
    }
  }
}
