package io.tokenledger.importers.invoice;

import io.tokenledger.importers.sheet.SheetLayout;
import io.tokenledger.importers.sheet.SheetMapping;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which column of an invoice sheet holds which field of a cost line. Column values are header names
 * exactly as the sheet writes them (null when the sheet has no such column); the defaults fill a
 * field the sheet does not have.
 *
 * @param date the charge date column (required)
 * @param amount the amount column (required): numbers as written, with symbols, thousands
 *     separators, decimal commas or parentheses for negatives
 * @param currency the currency column, or null to use {@code defaultCurrency}
 * @param description the line text column
 * @param model the model column (any spelling the resolver knows)
 * @param quantity the quantity column
 * @param unit the unit column ({@code tokens}, {@code 1K tokens}, {@code 1M tokens}, ...)
 * @param defaultCurrency ISO code used when there is no currency column or a cell is empty
 * @param provider the vendor the invoice is from ({@code anthropic}, {@code openai}, ...)
 * @param dateFormat a strptime format for ambiguous dates ({@code %d/%m/%Y}), or null to detect
 * @param sheet the XLSX sheet to read, by name, or null for the first one (CSV has none)
 * @param headerRow the 1-based row of the header, or null for the first row: invoices often put the
 *     vendor's address and the invoice number above their table
 */
public record InvoiceMapping(
    String date,
    String amount,
    String currency,
    String description,
    String model,
    String quantity,
    String unit,
    String defaultCurrency,
    String provider,
    String dateFormat,
    String sheet,
    Integer headerRow)
    implements SheetMapping {

  public InvoiceMapping {
    new SheetLayout(sheet, headerRow == null ? 1 : headerRow); // refuses a row before the first
  }

  /** Where the header is: the sheet (null for the first) and the 1-based row. */
  public SheetLayout layout() {
    return new SheetLayout(sheet, headerRow == null ? 1 : headerRow);
  }

  /** The mapped columns by field name, for checking them against a header. */
  @Override
  public Map<String, String> columns() {
    Map<String, String> columns = new LinkedHashMap<>();
    columns.put("date", date);
    columns.put("amount", amount);
    columns.put("currency", currency);
    columns.put("description", description);
    columns.put("model", model);
    columns.put("quantity", quantity);
    columns.put("unit", unit);
    return columns;
  }
}
