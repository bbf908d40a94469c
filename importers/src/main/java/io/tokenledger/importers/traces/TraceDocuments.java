package io.tokenledger.importers.traces;

import io.tokenledger.engine.sql.SqlFile;
import io.tokenledger.importers.CsvHeader;
import io.tokenledger.importers.FileSample;
import io.tokenledger.importers.ImportContext;
import io.tokenledger.importers.ImportOutcome;
import io.tokenledger.importers.csv.CsvRejects;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.function.Predicate;
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

  /** The format's own step between reading the documents and filing the stage. */
  @FunctionalInterface
  public interface StageStep {
    /** Fills trace_stage from the documents table (and may warn through the context). */
    void run(ImportContext context) throws SQLException;
  }

  /**
   * The whole import of a document export: creates the trace stage, reads the file into {@code
   * table}, lets the format fill the stage, and files it. Rejected CSV rows stop the import unless
   * the user chose to skip them; the temp tables are dropped whatever happens.
   *
   * @param keepSpans true for sources with a span tree, false for request logs
   */
  public static ImportOutcome importDocuments(
      ImportContext context, String table, boolean keepSpans, StageStep step) throws SQLException {
    Connection connection = context.connection();
    try {
      TraceStage.create(connection);
      read(context, table);
      if (context.rejectCount() > 0 && !context.options().skipBadRows()) {
        return new ImportOutcome(0, "usage_events", null);
      }
      context.cancellation().throwIfCancelled();
      step.run(context);
      return TraceStage.finish(context, keepSpans, isCsv(context) ? "csv" : "json");
    } finally {
      TraceStage.dropTemp(connection, table);
      TraceStage.drop(connection);
    }
  }

  /**
   * How sure an importer of a document export is that it reads the sample: {@code score} when it is
   * a CSV whose header {@code csv} accepts, or a JSON (lines) file whose text {@code json} accepts;
   * else 0.
   */
  public static int sniff(
      FileSample sample, int score, Predicate<CsvHeader> csv, Predicate<String> json) {
    if (sample.looksBinary()) {
      return 0;
    }
    String name = sample.lowerName();
    if (name.endsWith(".csv")) {
      Optional<CsvHeader> header = sample.csvHeader();
      return header.isPresent() && csv.test(header.get()) ? score : 0;
    }
    if (name.endsWith(".json") || name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
      return json.test(sample.text()) ? score : 0;
    }
    return 0;
  }

  /** True when {@code text} contains every one of the quoted JSON keys. */
  public static boolean hasKeys(String text, String... keys) {
    for (String key : keys) {
      if (!text.contains("\"" + key + "\"")) {
        return false;
      }
    }
    return true;
  }

  /** True when {@code text} contains at least one of the quoted JSON keys. */
  public static boolean hasAnyKey(String text, String... keys) {
    for (String key : keys) {
      if (text.contains("\"" + key + "\"")) {
        return true;
      }
    }
    return false;
  }
}
