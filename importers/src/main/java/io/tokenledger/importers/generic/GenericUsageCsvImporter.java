package io.tokenledger.importers.generic;

import io.tokenledger.engine.sources.SourceKind;
import io.tokenledger.engine.sql.SqlFile;
import io.tokenledger.importers.CsvHeader;
import io.tokenledger.importers.FileSample;
import io.tokenledger.importers.ImportContext;
import io.tokenledger.importers.ImportException;
import io.tokenledger.importers.ImportOutcome;
import io.tokenledger.importers.Importer;
import io.tokenledger.importers.csv.CsvRejects;
import io.tokenledger.importers.models.LedgerTable;
import io.tokenledger.importers.models.ModelTagger;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.duckdb.DuckDBPreparedStatement;

/**
 * Imports TokenLedger's generic usage CSV: one row per model invocation with disjoint token buckets
 * (docs/formats/generic-usage-csv.md). It is the format to use when a source has no importer of its
 * own, and the one the import framework's tests run on.
 */
public final class GenericUsageCsvImporter implements Importer {

  public static final String FORMAT_ID = "generic-usage-csv";

  private static final String STAGE = "generic_usage_stage";

  @Override
  public String formatId() {
    return FORMAT_ID;
  }

  @Override
  public String displayName() {
    return "Generic usage CSV";
  }

  /**
   * The company's own log of every model invocation: complete, so it is the allocation's basis
   * wherever it covers a provider-day, ahead of (partial) traces and the providers' daily totals.
   */
  @Override
  public SourceKind sourceKind() {
    return SourceKind.LEDGER;
  }

  @Override
  public int sniff(FileSample sample) {
    if (!sample.lowerName().endsWith(".csv")) {
      return 0;
    }
    Optional<CsvHeader> header = sample.csvHeader();
    if (header.isEmpty()) {
      return 0;
    }
    boolean hasRequired = header.get().hasAll("timestamp", "provider", "model");
    boolean hasBucket =
        header.get().names().stream()
            .map(GenericUsageColumn::byHeader)
            .flatMap(Optional::stream)
            .anyMatch(GenericUsageColumn::isTokenCount);
    return hasRequired && hasBucket ? 50 : 0;
  }

  @Override
  public ImportOutcome importInto(ImportContext context) throws SQLException {
    FileSample sample = context.sample();
    List<GenericUsageColumn> columns = checkHeader(sample);
    Connection connection = context.connection();
    try {
      stage(context, columns);
      if (CsvRejects.report(connection, context) > 0) {
        CsvRejects.renumber(connection, STAGE);
      }
      validate(context);
      if (context.rejectCount() > 0 && !context.options().skipBadRows()) {
        return new ImportOutcome(0, "usage_events", null);
      }
      if (context.rejectCount() > 0) {
        dropRejectedLines(connection, context);
      }
      context.cancellation().throwIfCancelled();
      long inserted;
      try (PreparedStatement insert =
          connection.prepareStatement(SqlFile.load(getClass(), "insert"))) {
        insert.setInt(1, context.importId());
        inserted = insert.executeUpdate();
      }
      // The canonical model id, so that usage meets the bills' lines of the same model.
      ModelTagger.tag(context, LedgerTable.USAGE_EVENTS);
      return new ImportOutcome(inserted, "usage_events", null);
    } finally {
      try (Statement statement = connection.createStatement()) {
        statement.execute("DROP TABLE IF EXISTS temp." + STAGE);
      }
      CsvRejects.drop(connection);
    }
  }

  /** Checks the header against the catalog; a wrong header rejects the file with the reason. */
  private static List<GenericUsageColumn> checkHeader(FileSample sample) {
    CsvHeader header =
        sample
            .csvHeader()
            .orElseThrow(() -> new ImportException(sample.fileName() + ": not a CSV text file"));
    List<GenericUsageColumn> columns = new ArrayList<>();
    Set<GenericUsageColumn> seen = EnumSet.noneOf(GenericUsageColumn.class);
    for (int i = 0; i < header.names().size(); i++) {
      String name = header.names().get(i);
      int position = i + 1;
      GenericUsageColumn column =
          GenericUsageColumn.byHeader(name)
              .orElseThrow(
                  () ->
                      new ImportException(
                          sample.fileName()
                              + ":1: column "
                              + position
                              + " '"
                              + name
                              + "' is not a column of the generic usage CSV; expected some of: "
                              + allHeaders()));
      if (!seen.add(column)) {
        throw new ImportException(
            sample.fileName() + ":1: column " + position + " '" + name + "' appears twice");
      }
      columns.add(column);
    }
    for (GenericUsageColumn column : GenericUsageColumn.values()) {
      if (column.required && !seen.contains(column)) {
        throw new ImportException(
            sample.fileName() + ":1: the required column '" + column.header + "' is missing");
      }
    }
    return columns;
  }

  private void stage(ImportContext context, List<GenericUsageColumn> present) throws SQLException {
    String columns =
        present.stream()
            .map(c -> "'" + c.header + "': '" + c.sqlType + "'")
            .collect(Collectors.joining(", ", "{", "}"));
    String projection =
        java.util.Arrays.stream(GenericUsageColumn.values())
            .map(
                c ->
                    present.contains(c)
                        ? quote(c.header)
                        : "CAST(NULL AS " + c.sqlType + ") AS " + quote(c.header))
            .collect(Collectors.joining(", "));
    String sql =
        SqlFile.load(getClass(), "stage")
            .replace("{columns}", columns)
            .replace("{projection}", projection)
            .replace("{rejects}", CsvRejects.READ_CSV_OPTIONS);
    try (DuckDBPreparedStatement statement =
        context.connection().prepareStatement(sql).unwrap(DuckDBPreparedStatement.class)) {
      statement.setString(1, context.sample().path().toString());
      context.executeWithProgress(statement, "Reading " + context.sample().fileName());
    }
  }

  private void validate(ImportContext context) throws SQLException {
    try (Statement statement = context.connection().createStatement();
        ResultSet problems = statement.executeQuery(SqlFile.load(getClass(), "validate"))) {
      while (problems.next()) {
        context.reject(problems.getLong(1), problems.getString(2), problems.getString(3));
      }
    }
  }

  private static void dropRejectedLines(Connection connection, ImportContext context)
      throws SQLException {
    try (PreparedStatement delete =
        connection.prepareStatement("DELETE FROM " + STAGE + " WHERE source_line = ?")) {
      for (var reject : context.rejects()) {
        delete.setLong(1, reject.line());
        delete.addBatch();
      }
      delete.executeBatch();
    }
  }

  private static String quote(String identifier) {
    return '"' + identifier + '"';
  }

  private static String allHeaders() {
    return java.util.Arrays.stream(GenericUsageColumn.values())
        .map(c -> c.header)
        .collect(Collectors.joining(", "));
  }
}
