package io.tokenledger.importers.csv;

import io.tokenledger.importers.ImportContext;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Turns the rows DuckDB's {@code read_csv} could not read ({@code store_rejects=true}) into rejects
 * with line, column and a reason a user understands.
 */
public final class CsvRejects {

  /** Name of the temporary table {@code read_csv} writes its errors to. */
  public static final String ERRORS_TABLE = "tl_csv_reject_errors";

  /** Name of the temporary table {@code read_csv} describes its scans in. */
  public static final String SCANS_TABLE = "tl_csv_reject_scans";

  /** The {@code read_csv} options that make it record bad rows instead of failing on the first. */
  public static final String READ_CSV_OPTIONS =
      "store_rejects=true, rejects_table='"
          + ERRORS_TABLE
          + "', rejects_scan='"
          + SCANS_TABLE
          + "'";

  private CsvRejects() {}

  /**
   * Reports every error {@code read_csv} recorded to the context.
   *
   * @return how many rows were rejected
   */
  public static long report(Connection connection, ImportContext context) throws SQLException {
    long count = 0;
    try (Statement statement = connection.createStatement();
        ResultSet errors =
            statement.executeQuery(
                "SELECT line, column_name, error_type, error_message FROM "
                    + ERRORS_TABLE
                    + " ORDER BY line, column_idx")) {
      while (errors.next()) {
        count++;
        context.reject(
            errors.getLong(1),
            columnOf(errors.getString(3), errors.getString(2)),
            reason(errors.getString(3), errors.getString(4)));
      }
    }
    return count;
  }

  /** Drops the reject tables so the next read on this connection starts clean. */
  public static void drop(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("DROP TABLE IF EXISTS temp." + ERRORS_TABLE);
      statement.execute("DROP TABLE IF EXISTS temp." + SCANS_TABLE);
    }
  }

  private static String columnOf(String errorType, String column) {
    // DuckDB names the last column it looked at for row-shape errors: that is not the culprit.
    return "CAST".equals(errorType) ? column : null;
  }

  private static String reason(String errorType, String message) {
    String text = message == null ? "" : message.strip();
    switch (errorType == null ? "" : errorType) {
      case "CAST":
        int could = text.indexOf("Could not convert");
        return could >= 0 ? "c" + text.substring(could + 1) : text;
      case "MISSING COLUMNS":
        return "too few values (" + text + "); is the line cut short?";
      case "TOO MANY COLUMNS":
        return "too many values (" + text + ")";
      case "UNQUOTED VALUE":
        return "a value has a quote character inside it without being quoted";
      case "INVALID UNICODE":
        return "the line is not valid UTF-8 text";
      case "LINE SIZE OVER MAXIMUM":
        return "the line is too long to be a CSV row";
      default:
        return text;
    }
  }
}
