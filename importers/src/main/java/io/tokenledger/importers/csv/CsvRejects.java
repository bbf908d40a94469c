package io.tokenledger.importers.csv;

import io.tokenledger.engine.sql.SqlFile;
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
        ResultSet errors = statement.executeQuery(SqlFile.load(CsvRejects.class, "errors"))) {
      while (errors.next()) {
        count++;
        context.reject(
            errors.getLong(1),
            errors.getString(2),
            reason(errors.getString(3), errors.getString(4)));
      }
    }
    return count;
  }

  /**
   * Gives the rows of a staging table their true line numbers after {@code read_csv} skipped
   * rejected rows. The table must have a {@code source_line} column holding ordinal + 1. Lines are
   * exact for files whose quoted values hold no line breaks.
   */
  public static void renumber(Connection connection, String stageTable) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.executeUpdate(
          SqlFile.load(CsvRejects.class, "renumber").replace("{stage}", stageTable));
    }
  }

  /** Drops the reject tables so the next read on this connection starts clean. */
  public static void drop(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("DROP TABLE IF EXISTS temp." + ERRORS_TABLE);
      statement.execute("DROP TABLE IF EXISTS temp." + SCANS_TABLE);
    }
  }

  private static String reason(String errorType, String message) {
    String text = message == null ? "" : message.strip();
    switch (errorType == null ? "" : errorType) {
      case "CAST":
        int could = text.indexOf("Could not convert");
        return could >= 0 ? "c" + text.substring(could + 1).replace("'DECIMAL'", "a number") : text;
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
