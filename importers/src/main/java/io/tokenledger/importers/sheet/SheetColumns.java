package io.tokenledger.importers.sheet;

import io.tokenledger.engine.sql.SqlFile;
import io.tokenledger.importers.ImportException;
import io.tokenledger.importers.csv.CsvRejects;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * What every mapped sheet import shares: a sheet is read by column position ({@code c1..cN}, all
 * text), so names from the file never reach SQL; a mapping (field to header name) becomes those
 * positions; mapped columns must exist in the header; and {@code tl_money} reads amounts as people
 * write them.
 */
public final class SheetColumns {

  private SheetColumns() {}

  /** The 0-based position of a header name, compared trimmed and without case; -1 if absent. */
  public static int position(List<String> header, String name) {
    for (int i = 0; i < header.size(); i++) {
      if (header.get(i).strip().equalsIgnoreCase(name.strip())) {
        return i;
      }
    }
    return -1;
  }

  /** "amount column 'Total' is not in the sheet" for each mapped column the header lacks. */
  public static List<String> missing(Map<String, String> columns, List<String> header) {
    List<String> problems = new ArrayList<>();
    for (Map.Entry<String, String> column : columns.entrySet()) {
      if (column.getValue() != null && position(header, column.getValue()) < 0) {
        problems.add(column.getKey() + " column '" + column.getValue() + "' is not in the sheet");
      }
    }
    return problems;
  }

  /** Refuses a mapping with problems, as {@code file:1: problem; problem}. */
  public static void refuse(String fileName, List<String> problems) {
    if (!problems.isEmpty()) {
      throw new ImportException(fileName + ":1: " + String.join("; ", problems));
    }
  }

  /**
   * Fills a stage SQL: each {@code {field}} becomes the position of its mapped column ({@code c3})
   * or a VARCHAR NULL, {@code {columns}} the all-text column list of a sheet as wide as the header,
   * {@code {rejects}} the read_csv options that record bad rows.
   */
  public static String fill(String sql, Map<String, String> columns, List<String> header) {
    return fill(sql, columns, header, 1);
  }

  /**
   * {@link #fill(String, Map, List)} for a sheet whose header is on {@code headerRow} (1-based):
   * {@code {header_row}} becomes that row, the number of lines the read skips.
   */
  public static String fill(
      String sql, Map<String, String> columns, List<String> header, int headerRow) {
    String filled = sql.replace("{header_row}", Integer.toString(headerRow));
    for (Map.Entry<String, String> column : columns.entrySet()) {
      String value = column.getValue();
      int position = value == null ? -1 : position(header, value);
      filled =
          filled.replace(
              "{" + column.getKey() + "}",
              position < 0 ? "CAST(NULL AS VARCHAR)" : "c" + (position + 1));
    }
    String all =
        IntStream.rangeClosed(1, header.size())
            .mapToObj(i -> "'c" + i + "': 'VARCHAR'")
            .collect(Collectors.joining(", ", "{", "}"));
    return filled.replace("{columns}", all).replace("{rejects}", CsvRejects.READ_CSV_OPTIONS);
  }

  /**
   * Creates the {@code tl_money(text)}, {@code tl_sheet_date(text, format)} and {@code
   * tl_sheet_currency(currency, amount, default)} macros on an import's connection.
   */
  public static void createMacros(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(SqlFile.load(SheetColumns.class, "money_macro"));
      statement.execute(SqlFile.load(SheetColumns.class, "date_macro"));
      statement.execute(SqlFile.load(SheetColumns.class, "currency_macro"));
    }
  }
}
