package io.tokenledger.importers.invoice;

import io.tokenledger.importers.sheet.SheetFiles;
import io.tokenledger.importers.sheet.SheetLayout;
import io.tokenledger.importers.sheet.SheetRows;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads invoice sheets, CSV or XLSX, through the sheet readers every mapped format shares ({@link
 * SheetFiles}): the header and a preview of the rows from the layout's sheet and header row, the
 * header's signature, the workbook's sheet names, and for XLSX a CSV copy of one sheet.
 */
public final class InvoiceSheet {

  private InvoiceSheet() {}

  /** True for an XLSX (or other OOXML spreadsheet) file, by name. */
  public static boolean isXlsx(Path file) {
    return SheetFiles.isXlsx(file);
  }

  /** The signature of a header ({@link SheetFiles#signature}). */
  public static String signature(List<String> header) {
    return SheetFiles.signature(header);
  }

  /** The header and first rows of a sheet laid out the default way (first sheet, row 1). */
  public static SheetPreview preview(Path file, int maxRows) throws IOException {
    return preview(file, SheetLayout.DEFAULT, maxRows);
  }

  /** The header and first rows of a sheet, read as the import reads them. */
  public static SheetPreview preview(Path file, SheetLayout layout, int maxRows)
      throws IOException {
    return of(SheetFiles.preview(file, layout, maxRows));
  }

  /** The names of an XLSX workbook's sheets, in order. */
  public static List<String> sheetNames(Path xlsx) throws IOException {
    return SheetFiles.sheetNames(xlsx);
  }

  /** Writes the first sheet of an XLSX file to a temporary CSV file; the caller deletes it. */
  public static Path toCsv(Path xlsx) throws IOException {
    return SheetFiles.toCsv(xlsx);
  }

  /**
   * Writes one sheet of an XLSX file (by name; the first when null) to a temporary CSV file; the
   * caller deletes it.
   */
  public static Path toCsv(Path xlsx, String sheetName) throws IOException {
    return SheetFiles.toCsv(xlsx, sheetName);
  }

  static SheetPreview of(SheetRows rows) {
    return new SheetPreview(rows.header(), rows.rows(), rows.signature(), rows.sheets());
  }
}
