package io.tokenledger.importers.sheet;

import io.tokenledger.importers.ImportException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;

/**
 * Runs an import step over a sheet as CSV: a CSV file as it is, an XLSX file as a temporary CSV
 * copy of one sheet (DuckDB cannot read XLSX offline), deleted afterwards.
 */
public final class SheetCsv {

  /** The work done over the CSV. */
  @FunctionalInterface
  public interface Work<T> {
    T run(Path csv) throws IOException, SQLException;
  }

  private SheetCsv() {}

  /** The header and first rows of a CSV or XLSX sheet; an unreadable one is an ImportException. */
  public static SheetRows preview(Path file, int maxRows) {
    return preview(file, SheetLayout.DEFAULT, maxRows);
  }

  /** The header and first rows of one sheet, from its header row; unreadable: ImportException. */
  public static SheetRows preview(Path file, SheetLayout layout, int maxRows) {
    try {
      return SheetFiles.preview(file, layout, maxRows);
    } catch (IOException e) {
      throw unreadable(file.getFileName().toString(), e);
    }
  }

  /** The error for a sheet that cannot be read, as every sheet import and preview words it. */
  public static ImportException unreadable(String fileName, IOException e) {
    return new ImportException(fileName + ": cannot read the sheet: " + e.getMessage(), e);
  }

  public static <T> T read(Path file, Work<T> work) throws IOException, SQLException {
    return read(file, null, work);
  }

  /** {@link #read(Path, Work)} over one sheet of a workbook, by name (null: the first). */
  public static <T> T read(Path file, String sheetName, Work<T> work)
      throws IOException, SQLException {
    Path csv = SheetFiles.isXlsx(file) ? SheetFiles.toCsv(file, sheetName) : file;
    try {
      return work.run(csv);
    } finally {
      if (!csv.equals(file)) {
        try {
          Files.deleteIfExists(csv);
        } catch (IOException e) {
          // a temporary copy; the OS cleans its temp folder
        }
      }
    }
  }
}
