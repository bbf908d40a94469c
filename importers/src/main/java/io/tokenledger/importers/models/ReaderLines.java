package io.tokenledger.importers.models;

import io.tokenledger.importers.csv.CsvRejects;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Puts the true file line back on rows read by {@code read_csv} with {@code store_rejects}: the
 * reader skips the rows it rejects, so {@code row_number() + 1} runs ahead of the file after the
 * first reject. With the rejected lines r1 &lt; r2 &lt; ... a read row numbered n is on line n +
 * the count of i with r_i - (i - 1) &lt;= n. Runs only when the reader rejected something.
 */
public final class ReaderLines {

  private ReaderLines() {}

  /**
   * Corrects {@code source_line} of the rows of {@code table} that {@code rowFilter} selects (a
   * fixed SQL condition; {@code ?} in it is bound to {@code importId} when that is not null).
   */
  public static void correct(
      Connection connection, String table, String rowFilter, Integer importId) throws SQLException {
    if (!hasReaderRejects(connection)) {
      return;
    }
    String shifts =
        "SELECT line - (row_number() OVER (ORDER BY line) - 1) AS threshold"
            + " FROM (SELECT DISTINCT line FROM "
            + CsvRejects.ERRORS_TABLE
            + ")";
    try (PreparedStatement update =
        connection.prepareStatement(
            "UPDATE "
                + table
                + " SET source_line = source_line + (SELECT count(*) FROM ("
                + shifts
                + ") s WHERE s.threshold <= "
                + table
                + ".source_line) WHERE "
                + rowFilter)) {
      if (importId != null) {
        update.setInt(1, importId);
      }
      update.executeUpdate();
    }
  }

  /** True when read_csv created its error table on this connection (JSON readers do not). */
  static boolean errorTableExists(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet tables =
            statement.executeQuery(
                "SELECT count(*) FROM duckdb_tables() WHERE temporary AND table_name = '"
                    + CsvRejects.ERRORS_TABLE
                    + "'")) {
      tables.next();
      return tables.getLong(1) > 0;
    }
  }

  /** True when read_csv created its error table on this connection and put rows in it. */
  static boolean hasReaderRejects(Connection connection) throws SQLException {
    if (!errorTableExists(connection)) {
      return false;
    }
    try (Statement statement = connection.createStatement();
        ResultSet errors =
            statement.executeQuery("SELECT count(*) FROM " + CsvRejects.ERRORS_TABLE)) {
      errors.next();
      return errors.getLong(1) > 0;
    }
  }
}
