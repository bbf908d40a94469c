package io.tokenledger.importers.traces;

import io.tokenledger.engine.sql.SqlFile;
import io.tokenledger.importers.ImportContext;
import io.tokenledger.importers.csv.CsvRejects;
import java.sql.Connection;
import java.sql.SQLException;
import org.duckdb.DuckDBPreparedStatement;

/**
 * Reads an export whose records are objects with varying keys (trace and request-log exports as
 * JSON, JSON lines or CSV) into a temp table of JSON documents, {@code (source_line, doc)}, with
 * DuckDB's own readers. The format's SQL then picks its fields out of the documents, so that a CSV
 * export and a JSON export of the same records share one mapping.
 */
public final class TraceDocuments {

  private TraceDocuments() {}

  /** True when the file is to be read as CSV (by its name). */
  public static boolean isCsv(ImportContext context) {
    return context.sample().lowerName().endsWith(".csv");
  }

  /**
   * Reads the import's file into {@code table}, a temp table name chosen in code. CSV rows the
   * reader cannot parse are reported as rejects with their lines.
   */
  public static void read(ImportContext context, String table) throws SQLException {
    if (!table.matches("[a-z_]+")) {
      throw new IllegalArgumentException("not a table name chosen in code: " + table);
    }
    Connection connection = context.connection();
    boolean csv = isCsv(context);
    String sql =
        SqlFile.load(TraceDocuments.class, csv ? "read_csv" : "read_json")
            .replace("{table}", table)
            .replace("{rejects}", CsvRejects.READ_CSV_OPTIONS);
    try (DuckDBPreparedStatement statement =
        connection.prepareStatement(sql).unwrap(DuckDBPreparedStatement.class)) {
      statement.setString(1, context.sample().path().toString());
      context.executeWithProgress(statement, "Reading " + context.sample().fileName());
    }
    if (csv) {
      if (CsvRejects.report(connection, context) > 0) {
        CsvRejects.renumber(connection, table);
      }
      CsvRejects.drop(connection);
    }
  }
}
