package io.tokenledger.importers.focus;

import io.tokenledger.engine.focus.FocusColumns;
import io.tokenledger.engine.focus.FocusDataset;
import io.tokenledger.engine.focus.FocusFiles;
import io.tokenledger.engine.focus.FocusVersion;
import io.tokenledger.engine.focus.validation.FocusValidationOptions;
import io.tokenledger.engine.focus.validation.FocusValidationReport;
import io.tokenledger.engine.focus.validation.FocusValidator;
import io.tokenledger.engine.focus.validation.RuleResult;
import io.tokenledger.engine.sql.SqlFile;
import io.tokenledger.importers.FileSample;
import io.tokenledger.importers.ImportContext;
import io.tokenledger.importers.ImportException;
import io.tokenledger.importers.ImportOutcome;
import io.tokenledger.importers.Importer;
import io.tokenledger.importers.csv.CsvRejects;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.duckdb.DuckDBPreparedStatement;

/**
 * Imports FOCUS 1.0 to 1.3 files: the Cost and Usage dataset into cost_lines (with the model, token
 * bucket and token count of LLM token lines) and the 1.3 Contract Commitment dataset into
 * contract_commitments. CSV, CSV.gz, Parquet, or a folder of parts as one source. The version comes
 * from the columns unless the user states it (format id {@code focus-1.2}). Rows go through
 * DuckDB's readers in one INSERT with typing in SQL; only a file with bad values is read a second
 * time, to say which line and column are at fault.
 */
public final class FocusImporter implements Importer {

  public static final String FORMAT_ID = "focus";

  /** Files up to this size are also checked against the FOCUS requirements model. */
  static final long CONFORMANCE_CHECK_MAX_BYTES = 8L * 1024 * 1024;

  /**
   * DuckDB's CSV reader told the columns (from the header line, read apart) so that it neither
   * guesses the layout nor names the columns: every column is text, named c1..cN by position.
   */
  private static String csvReader(int columns, boolean rejects) {
    StringBuilder types = new StringBuilder("{");
    for (int i = 1; i <= columns; i++) {
      types.append(i > 1 ? ", " : "").append("'c").append(i).append("': 'VARCHAR'");
    }
    types.append('}');
    return "read_csv(?, header = true, auto_detect = false, columns = "
        + types
        + ", delim = ',', quote = '\"', escape = '\"', nullstr = ['NULL', 'null', '']"
        + (rejects ? ", " + CsvRejects.READ_CSV_OPTIONS : "")
        + ")";
  }

  private static final String PARQUET_READER = "read_parquet(?)";

  private final FocusVersion statedVersion;
  private final FocusColumns catalog = FocusColumns.bundled();

  /** The importer that detects the version from the columns. */
  public FocusImporter() {
    this(null);
  }

  /** An importer for files the user says are of a given version; never chosen by detection. */
  public FocusImporter(FocusVersion statedVersion) {
    this.statedVersion = statedVersion;
  }

  @Override
  public String formatId() {
    return statedVersion == null ? FORMAT_ID : FORMAT_ID + "-" + statedVersion.id();
  }

  @Override
  public String displayName() {
    return statedVersion == null ? "FOCUS" : "FOCUS (stated as " + statedVersion.id() + ")";
  }

  @Override
  public int sniff(FileSample sample) {
    return statedVersion == null ? FocusSniffer.score(sample, catalog) : 0;
  }

  @Override
  public ImportOutcome importInto(ImportContext context) throws SQLException {
    FocusFiles files = resolve(context.sample());
    Connection connection = context.connection();
    String timeZone = currentTimeZone(connection);
    execute(connection, "SET TimeZone = 'UTC'");
    try {
      for (String macro : statements(SqlFile.load(getClass(), "macros"))) {
        execute(connection, macro);
      }
      Run run = new Run(context, files);
      for (Path file : files.files()) {
        context.cancellation().throwIfCancelled();
        run.importFile(file);
      }
      return run.finish();
    } finally {
      execute(connection, "SET TimeZone = '" + timeZone.replace("'", "''") + "'");
    }
  }

  private static FocusFiles resolve(FileSample sample) {
    try {
      return FocusFiles.resolve(sample.path());
    } catch (IllegalArgumentException e) {
      throw new ImportException(e.getMessage());
    }
  }

  /** The import of one source: its files one after the other, in one transaction. */
  private final class Run {
    private final ImportContext context;
    private final FocusFiles files;
    private final Connection connection;
    private final Map<String, List<String>> warnings = new LinkedHashMap<>();
    private long rows;
    private long unreadable;
    private long commitments;
    private FocusVersion version;
    private int done;

    Run(ImportContext context, FocusFiles files) {
      this.context = context;
      this.files = files;
      this.connection = context.connection();
    }

    void importFile(Path file) throws SQLException {
      String label =
          files.isFolder()
              ? files.source().relativize(file).toString()
              : file.getFileName().toString();
      List<SourceColumn> columns = describe(file);
      FocusColumnMapping mapping =
          FocusColumnMapping.of(
              columns, statedVersion, catalog, files.kind() == FocusFiles.Kind.PARQUET);
      mapping.requireMandatory(
          files.isFolder() ? context.sample().fileName() + "/" + label : label);
      if (version == null || mapping.version().compareTo(version) > 0) {
        version = mapping.version();
      }
      mapping.warnings().forEach(w -> warn(w, label));
      boolean costs = mapping.dataset() == FocusDataset.COST_AND_USAGE;
      TargetTable table =
          TargetTable.read(connection, costs ? "cost_lines" : "contract_commitments");
      mapping.focusColumns().keySet().stream()
          .filter(id -> !table.has(id))
          .forEach(id -> warn(id + " has no workspace column; kept as extra data", label));
      boolean csv = files.kind() == FocusFiles.Kind.CSV;
      String reader = csv ? csvReader(columns.size(), true) : PARQUET_READER;
      String sourceFile = files.isFolder() ? label : null;
      FocusInsertSql sql =
          costs
              ? FocusInsertSql.costLines(mapping, table, reader, sourceFile, context.importId())
              : FocusInsertSql.contractCommitments(
                  mapping, table, reader, sourceFile, context.importId());
      try {
        insert(file, sql, table.name());
        List<Long> malformed = csv ? malformedLines(file) : List.of();
        NewRows added = number(table.name());
        if (!costs) {
          commitments += added.count;
        } else {
          rows += added.count;
        }
        if (!malformed.isEmpty() && context.options().skipBadRows()) {
          shiftAfterMalformed(table.name(), malformed);
        }
        if (added.unreadable > 0) {
          unreadable += added.unreadable;
          diagnose(file, label, sql, malformed);
        }
      } finally {
        CsvRejects.drop(connection);
      }
    }

    private List<SourceColumn> describe(Path file) throws SQLException {
      List<SourceColumn> columns = new ArrayList<>();
      if (files.kind() == FocusFiles.Kind.CSV) {
        List<String> names;
        try {
          names = FocusSniffer.csvHeader(file);
        } catch (IOException e) {
          throw new ImportException(
              context.sample().fileName() + ": cannot read the header line: " + e.getMessage(), e);
        }
        if (names.isEmpty()) {
          throw new ImportException(context.sample().fileName() + ": the file has no header line");
        }
        for (String name : names) {
          columns.add(new SourceColumn(columns.size() + 1, name, "VARCHAR"));
        }
        return columns;
      }
      try (PreparedStatement describe =
          connection.prepareStatement("DESCRIBE SELECT * FROM " + PARQUET_READER)) {
        describe.setString(1, file.toString());
        try (ResultSet rs = describe.executeQuery()) {
          while (rs.next()) {
            columns.add(new SourceColumn(columns.size() + 1, rs.getString(1), rs.getString(2)));
          }
        }
      } catch (SQLException e) {
        throw new ImportException(
            context.sample().fileName() + ": cannot read the file as Parquet: " + firstLine(e), e);
      }
      return columns;
    }

    private void insert(Path file, FocusInsertSql sql, String table) throws SQLException {
      try (DuckDBPreparedStatement insert =
          connection.prepareStatement(sql.insert()).unwrap(DuckDBPreparedStatement.class)) {
        bind(insert, sql.insertParameters(), file);
        done++;
        String message =
            "Importing "
                + file.getFileName()
                + (files.files().size() > 1
                    ? " (" + done + " of " + files.files().size() + ")"
                    : "");
        context.executeWithProgress(insert, message);
      }
    }

    private void bind(PreparedStatement statement, List<Object> parameters, Path file)
        throws SQLException {
      for (int i = 0; i < parameters.size(); i++) {
        Object value = parameters.get(i);
        if (value == FocusInsertSql.FILES) {
          statement.setObject(
              i + 1, connection.createArrayOf("VARCHAR", new Object[] {file.toString()}));
        } else {
          statement.setObject(i + 1, value);
        }
      }
    }

    /** The lines read_csv skipped as malformed; they are reported as rejects. */
    private List<Long> malformedLines(Path file) throws SQLException {
      List<Long> lines = new ArrayList<>();
      try (Statement statement = connection.createStatement();
          ResultSet rs =
              statement.executeQuery(
                  "SELECT DISTINCT line FROM " + CsvRejects.ERRORS_TABLE + " ORDER BY line")) {
        while (rs.next()) {
          lines.add(rs.getLong(1));
        }
      }
      if (!lines.isEmpty()) {
        CsvRejects.report(connection, context);
      }
      return lines;
    }

    private NewRows number(String table) throws SQLException {
      long first;
      long count;
      long bad;
      try (PreparedStatement query =
          connection.prepareStatement(
              SqlFile.load(FocusImporter.class, "first_new_row").replace("cost_lines", table))) {
        query.setInt(1, context.importId());
        try (ResultSet rs = query.executeQuery()) {
          rs.next();
          first = rs.getLong(1);
          count = rs.getLong(2);
          bad = rs.getLong(3);
        }
      }
      if (count > 0) {
        try (PreparedStatement update =
            connection.prepareStatement(
                SqlFile.load(FocusImporter.class, "number_lines").replace("cost_lines", table))) {
          update.setLong(1, first);
          update.setLong(2, first);
          update.setInt(3, context.importId());
          update.executeUpdate();
        }
      }
      return new NewRows(count, bad);
    }

    private void shiftAfterMalformed(String table, List<Long> malformed) throws SQLException {
      try (PreparedStatement shift =
          connection.prepareStatement(
              SqlFile.load(FocusImporter.class, "shift_lines").replace("cost_lines", table))) {
        for (long line : malformed) {
          shift.setInt(1, context.importId());
          shift.setLong(2, line);
          shift.executeUpdate();
        }
      }
    }

    /** Reads the file again to name the line, column and value of every unreadable row. */
    private void diagnose(Path file, String label, FocusInsertSql sql, List<Long> malformed)
        throws SQLException {
      CsvRecordLines lines = recordLines(file);
      List<Long> skippedRecords = new ArrayList<>();
      for (long line : malformed) {
        long record = lines.recordAt(line);
        if (record > 0) {
          skippedRecords.add(record);
        }
      }
      String prefix = files.isFolder() ? label + ": " : "";
      try (PreparedStatement query = connection.prepareStatement(sql.diagnose())) {
        query.setObject(1, connection.createArrayOf("VARCHAR", new Object[] {file.toString()}));
        try (ResultSet rs = query.executeQuery()) {
          while (rs.next()) {
            long record = recordOf(rs.getLong(1), skippedRecords);
            long line = lines.lineOf(record);
            for (int i = 0; i < sql.checks().size(); i++) {
              String value = rs.getString(i + 2);
              if (value != null) {
                FocusInsertSql.Check check = sql.checks().get(i);
                context.reject(line, check.column(), prefix + reason(check, value));
              }
            }
          }
        }
      } finally {
        CsvRejects.drop(connection);
      }
    }

    private CsvRecordLines recordLines(Path file) {
      if (files.kind() != FocusFiles.Kind.CSV) {
        return CsvRecordLines.unknown();
      }
      try {
        return CsvRecordLines.scan(file);
      } catch (IOException e) {
        return CsvRecordLines.unknown();
      }
    }

    ImportOutcome finish() throws SQLException {
      String target = rows > 0 || commitments == 0 ? "cost_lines" : "contract_commitments";
      if (context.rejectCount() > 0 && !context.options().skipBadRows()) {
        return new ImportOutcome(0, target, version.id());
      }
      if (unreadable > 0) {
        for (String table : List.of("cost_lines", "contract_commitments")) {
          try (PreparedStatement delete =
              connection.prepareStatement(
                  SqlFile.load(FocusImporter.class, "delete_unreadable")
                      .replace("cost_lines", table))) {
            delete.setInt(1, context.importId());
            long deleted = delete.executeUpdate();
            if (table.equals("cost_lines")) {
              rows -= deleted;
            } else {
              commitments -= deleted;
            }
          }
        }
      }
      if (rows > 0) {
        summarise();
      }
      if (commitments > 0) {
        warn(commitments + " contract commitments imported into contract_commitments", null);
      }
      checkConformance();
      warnings.forEach(
          (warning, where) ->
              context.warn(
                  where.isEmpty() || !files.isFolder()
                      ? warning
                      : where.size() == 1
                          ? where.get(0) + ": " + warning
                          : warning + " (" + where.size() + " files)"));
      return new ImportOutcome(rows + commitments, target, version.id());
    }

    private void summarise() throws SQLException {
      try (PreparedStatement query =
          connection.prepareStatement(SqlFile.load(FocusImporter.class, "summary"))) {
        query.setInt(1, context.importId());
        try (ResultSet rs = query.executeQuery()) {
          rs.next();
          long tokenLines = rs.getLong(1);
          long unsplit = rs.getLong(2);
          long unresolved = rs.getLong(3);
          long cacheWrites = rs.getLong(4);
          if (tokenLines > 0) {
            warn(
                tokenLines
                    + " LLM token lines across "
                    + rs.getLong(5)
                    + " models, with model and token bucket",
                null);
          }
          if (unsplit > 0) {
            warn(unsplit + " token lines without a recognisable token bucket", null);
          }
          if (unresolved > 0) {
            warn(
                unresolved + " token lines name no model (SkuPriceDetails.ModelId); kept unpriced",
                null);
          }
          if (cacheWrites > 0) {
            warn(
                cacheWrites
                    + " cache-write token lines do not state a TTL; counted as 5-minute writes",
                null);
          }
        }
      }
    }

    /** Small files also get the requirements model's verdict in the import report. */
    private void checkConformance() {
      long size = 0;
      for (Path file : files.files()) {
        try {
          size += Files.size(file);
        } catch (IOException e) {
          return;
        }
      }
      if (size > CONFORMANCE_CHECK_MAX_BYTES) {
        warn(
            "FOCUS conformance not checked for a file this large: run 'tokenledger validate focus'",
            null);
        return;
      }
      try {
        FocusValidationReport report =
            FocusValidator.bundled().validate(files.source(), FocusValidationOptions.defaults());
        List<RuleResult> errors = report.errors();
        warn(
            report.conforms()
                ? "FOCUS conformance: no MUST rule of the "
                    + report.modelVersion()
                    + " requirements model fails"
                : "FOCUS conformance: "
                    + errors.size()
                    + " MUST rules of the "
                    + report.modelVersion()
                    + " requirements model fail, e.g. "
                    + String.join("; ", errors.stream().limit(3).map(RuleResult::message).toList())
                    + " (details: tokenledger validate focus FILE)",
            null);
        // One warning per failed rule, kept in the import log, so the Sources page can list them.
        for (RuleResult failure : report.failures()) {
          warn(FocusImportReport.ruleFailure(failure), null);
        }
      } catch (SQLException | RuntimeException e) {
        warn("FOCUS conformance not checked: " + firstLine(e), null);
      }
    }

    private void warn(String warning, String where) {
      List<String> places = warnings.computeIfAbsent(warning, w -> new ArrayList<>());
      if (where != null) {
        places.add(where);
      }
    }
  }

  /** The k-th row DuckDB read (1-based) is the k-th record not skipped as malformed. */
  private static long recordOf(long ordinal, List<Long> skippedRecords) {
    long record = ordinal;
    for (long skipped : skippedRecords) {
      if (skipped <= record) {
        record++;
      }
    }
    return record;
  }

  private static String reason(FocusInsertSql.Check check, String value) {
    return switch (check.problem()) {
      case NUMBER -> "cannot read \"" + value + "\" as a number";
      case DATE_TIME ->
          "cannot read \""
              + value
              + "\" as a date and time (FOCUS writes UTC as YYYY-MM-DDTHH:mm:ssZ)";
      case JSON -> "\"" + abbreviate(value) + "\" is not JSON";
      case REQUIRED -> "a value is required";
    };
  }

  private static String abbreviate(String value) {
    return value.length() <= 60 ? value : value.substring(0, 60) + "...";
  }

  private record NewRows(long count, long unreadable) {}

  private static String currentTimeZone(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery("SELECT current_setting('TimeZone')")) {
      rs.next();
      return rs.getString(1);
    }
  }

  private static void execute(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  /** Splits a file of statements that each end with a semicolon at the end of a line. */
  private static List<String> statements(String script) {
    List<String> statements = new ArrayList<>();
    for (String part : script.split(";\\s*(\\r?\\n|$)")) {
      String sql =
          part.lines()
              .filter(line -> !line.strip().startsWith("--"))
              .reduce("", (a, b) -> a + "\n" + b)
              .strip();
      if (!sql.isEmpty()) {
        statements.add(sql);
      }
    }
    return statements;
  }

  private static String firstLine(Exception e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
