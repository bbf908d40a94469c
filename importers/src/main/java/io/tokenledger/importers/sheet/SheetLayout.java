package io.tokenledger.importers.sheet;

/**
 * Where a sheet's table starts (an invoice, a revenue sheet): which sheet of an XLSX workbook, and
 * on which row its header is. Rows above the header (the vendor's letterhead, the invoice number)
 * are skipped.
 *
 * @param sheet the sheet's name, or null for the first sheet (and for CSV files)
 * @param headerRow the 1-based row of the header
 */
public record SheetLayout(String sheet, int headerRow) {

  /** The first sheet, header on row 1: how most sheets are laid out. */
  public static final SheetLayout DEFAULT = new SheetLayout(null, 1);

  public SheetLayout {
    if (headerRow < 1) {
      throw new IllegalArgumentException("The header row is counted from 1, not " + headerRow);
    }
    sheet = sheet == null || sheet.isBlank() ? null : sheet;
  }

  public boolean isDefault() {
    return sheet == null && headerRow == 1;
  }
}
