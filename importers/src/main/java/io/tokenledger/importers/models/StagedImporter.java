package io.tokenledger.importers.models;

import io.tokenledger.engine.sql.SqlFile;
import io.tokenledger.importers.FileSample;
import io.tokenledger.importers.ImportContext;
import io.tokenledger.importers.ImportOutcome;
import io.tokenledger.importers.Importer;
import io.tokenledger.importers.csv.CsvRejects;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;
import org.duckdb.DuckDBPreparedStatement;

/**
 * The shape every provider importer shares, after GenericUsageCsvImporter: DuckDB reads the file
 * into a temporary staging table with the source's own columns normalised ({@code stage.sql}, the
 * file path bound as the first parameter); {@code validate.sql} lists the rows that break the
 * format's rules as (line, column, reason); {@code insert.sql} writes the valid rows to the
 * canonical table (the import id bound as its only parameter); then the model names are resolved.
 * The three files live beside the subclass (SqlFile); validate.sql names its first column {@code
 * source_line}. For JSON sources the "line" of a reject is the record's number in file order, since
 * JSON rows have no line of their own.
 */
public abstract class StagedImporter implements Importer {

  /** The staging table every stage.sql creates; a temporary table, dropped after the import. */
  public static final String STAGE = "tl_provider_stage";

  private final LedgerTable target;
  private final Class<?> sqlOwner;

  /** An importer whose insert.sql and validate.sql are its own. */
  protected StagedImporter(LedgerTable target) {
    this.target = target;
    this.sqlOwner = null;
  }

  /**
   * An importer of a family that stages different files into the same columns (an API JSON and a
   * console CSV of one provider) and shares insert.sql and validate.sql beside {@code sqlOwner}.
   */
  protected StagedImporter(LedgerTable target, Class<?> sqlOwner) {
    this.target = target;
    this.sqlOwner = sqlOwner;
  }

  /** The canonical table this importer writes to. */
  protected final LedgerTable target() {
    return target;
  }

  /** The text of stage.sql, with {rejects} filled in for CSV readers. */
  protected String stageSql(ImportContext context) {
    return SqlFile.load(getClass(), "stage").replace("{rejects}", CsvRejects.READ_CSV_OPTIONS);
  }

  /** The class whose folder holds insert.sql and validate.sql. */
  protected final Class<?> sqlOwner() {
    return sqlOwner == null ? getClass() : sqlOwner;
  }

  /**
   * Fills the column placeholders of a SQL text from a file's header: {@code {c:name}} becomes the
   * quoted column when the header has it (compared without case, as DuckDB does), else a VARCHAR
   * NULL; {@code {d:name}} and {@code {t:name}} fall back to a DECIMAL(38,10) or TIMESTAMPTZ NULL.
   * {@code {c:a|b}} takes the first of several spellings the header has. The names come from the
   * importer's fixed catalog, never from the file.
   */
  public static String fillColumns(String sql, io.tokenledger.importers.CsvHeader header) {
    java.util.regex.Matcher matcher = Pattern.compile("\\{([cdt]):([a-z0-9_.|]+)\\}").matcher(sql);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      String replacement =
          switch (matcher.group(1)) {
            case "d" -> "CAST(NULL AS DECIMAL(38,10))";
            case "t" -> "CAST(NULL AS TIMESTAMPTZ)";
            default -> "CAST(NULL AS VARCHAR)";
          };
      for (String name : matcher.group(2).split("\\|")) {
        if (header.has(name)) {
          replacement = "\"" + name + "\"";
          break;
        }
      }
      matcher.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(replacement));
    }
    matcher.appendTail(out);
    return out.toString();
  }

  /** stage.sql of a CSV reader: its c:name placeholders filled from the file's header. */
  protected final String csvStageSql(ImportContext context) {
    io.tokenledger.importers.CsvHeader header =
        FileShape.csvHeader(context.sample())
            .orElseThrow(
                () ->
                    new io.tokenledger.importers.ImportException(
                        context.sample().fileName() + ": not a CSV text file"));
    return fillColumns(SqlFile.load(getClass(), "stage"), header)
        .replace("{rejects}", CsvRejects.READ_CSV_OPTIONS);
  }

  /** stage.sql of a reader of API pages: {results} is BucketPages' flattening. */
  protected final String bucketPagesStageSql(ImportContext context) {
    return SqlFile.load(getClass(), "stage").replace("{results}", BucketPages.resultsSql());
  }

  /**
   * The name the user knows for a staging column named in a reject: the file's own column or JSON
   * field. Stages that rename columns override it.
   */
  protected String sourceColumn(String stageColumn) {
    return stageColumn;
  }

  /** Binds parameters after the file path (at 1); most stages have none. */
  protected void bindStage(PreparedStatement statement, ImportContext context)
      throws SQLException {}

  /** The file DuckDB reads; a subclass that converts the file first returns the copy. */
  protected String readPath(ImportContext context) {
    return context.sample().path().toString();
  }

  /** Called before stage.sql runs, inside the transaction (to create macros, say). */
  protected void beforeStage(ImportContext context) throws SQLException {}

  /** Called after the rows are in, inside the transaction, to add warnings about them. */
  protected void afterInsert(ImportContext context) throws SQLException {}

  /** A version label of the format read, recorded in the import log; null when there is none. */
  protected String formatVersion(ImportContext context) {
    return null;
  }

  @Override
  public ImportOutcome importInto(ImportContext context) throws SQLException {
    Connection connection = context.connection();
    useUtc(connection);
    try {
      stage(context);
      long unreadable =
          ReaderLines.errorTableExists(connection) ? CsvRejects.report(connection, context) : 0;
      ReaderLines.correct(connection, STAGE, "true", null);
      if (unreadable == 0 || context.options().skipBadRows()) {
        validate(context);
      }
      if (context.rejectCount() > 0 && !context.options().skipBadRows()) {
        return new ImportOutcome(0, target().tableName(), formatVersion(context));
      }
      if (context.rejectCount() > 0) {
        dropInvalidRows(connection);
      }
      context.cancellation().throwIfCancelled();
      long inserted;
      try (PreparedStatement insert =
          connection.prepareStatement(SqlFile.load(sqlOwner(), "insert"))) {
        insert.setInt(1, context.importId());
        inserted = insert.executeUpdate();
      }
      if (target().hasModels()) {
        ModelTagger.tag(context, target());
      }
      afterInsert(context);
      return new ImportOutcome(inserted, target().tableName(), formatVersion(context));
    } finally {
      dropQuietly(connection, STAGE);
    }
  }

  /**
   * Makes naive timestamps in the file read as UTC (DOMAIN.md 2.2) whatever the machine's zone: the
   * setting is this import connection's own.
   */
  public static void useUtc(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("SET TimeZone = 'UTC'");
    }
  }

  /**
   * Drops an import's temporary tables. After a failed statement the transaction is aborted and
   * refuses even a DROP; the rollback that follows removes the tables, and the first error is the
   * one the user must see, so a failing cleanup is ignored.
   */
  public static void dropQuietly(Connection connection, String table) {
    try (Statement statement = connection.createStatement()) {
      statement.execute("DROP TABLE IF EXISTS temp." + table);
      CsvRejects.drop(connection);
    } catch (SQLException abortedTransaction) {
      // see above: the rollback removes the temporary tables
    }
  }

  private void stage(ImportContext context) throws SQLException {
    beforeStage(context);
    try (DuckDBPreparedStatement statement =
        context
            .connection()
            .prepareStatement(stageSql(context))
            .unwrap(DuckDBPreparedStatement.class)) {
      statement.setString(1, readPath(context));
      bindStage(statement, context);
      context.executeWithProgress(statement, "Reading " + context.sample().fileName());
    }
  }

  private void validate(ImportContext context) throws SQLException {
    try (Statement statement = context.connection().createStatement();
        ResultSet problems = statement.executeQuery(SqlFile.load(sqlOwner(), "validate"))) {
      while (problems.next()) {
        context.reject(
            problems.getLong(1), sourceColumn(problems.getString(2)), problems.getString(3));
      }
    }
  }

  /** Removes the rows validate.sql lists (all of them, not only the reported first 1000). */
  private void dropInvalidRows(Connection connection) throws SQLException {
    try (Statement delete = connection.createStatement()) {
      delete.execute(
          "DELETE FROM "
              + STAGE
              + " WHERE source_line IN (SELECT source_line FROM ("
              + SqlFile.load(sqlOwner(), "validate")
              + ") AS problems)");
    }
  }

  /**
   * Runs a query over the staging table that returns one count, and warns with the message when it
   * is above zero; {@code %d} in the message is the count.
   */
  protected static void warnIfAny(ImportContext context, String countSql, String message)
      throws SQLException {
    try (Statement statement = context.connection().createStatement();
        ResultSet count = statement.executeQuery(countSql)) {
      if (count.next() && count.getLong(1) > 0) {
        context.warn(String.format(message, count.getLong(1)));
      }
    }
  }

  /**
   * Warns about the token lines of this import whose unit was not a token unit ({@code
   * extra.token_unit_unknown}): their cost is kept, their token count left empty.
   */
  protected static void warnIfTokenUnitsUnknown(ImportContext context, String lines)
      throws SQLException {
    warnIfAny(
        context,
        "SELECT count(*) FROM cost_lines WHERE import_id = "
            + context.importId()
            + " AND (extra->>'token_unit_unknown') = 'true'",
        "%d "
            + lines
            + " have a unit that is not a token unit: their token count is left empty, their cost"
            + " is kept");
  }

  /** Warns when an API export says it has more pages than the file holds. */
  protected static void warnIfMorePages(ImportContext context) throws SQLException {
    warnIfAny(
        context,
        "SELECT count(*) FILTER (WHERE has_more) FROM " + STAGE,
        "the export says it has more pages (has_more): import the next pages too,"
            + " or the period is incomplete");
  }

  /** Warns when a cost file holds several currencies: allowed, each line keeps its own. */
  protected static void warnIfMixedCurrencies(ImportContext context) throws SQLException {
    warnIfAny(
        context,
        "SELECT CASE WHEN count(DISTINCT upper(trim(currency))) > 1"
            + " THEN count(DISTINCT upper(trim(currency))) ELSE 0 END FROM "
            + STAGE,
        "the file mixes %d currencies: each line keeps its own, converted by the FX table of its"
            + " period");
  }

  /** Warns about the total rows of an export that was partly grouped, which were left out. */
  protected static void warnIfTotalsLeftOut(ImportContext context) throws SQLException {
    warnIfAny(
        context,
        "SELECT count(*) FILTER (WHERE is_total AND NOT is_empty) FROM " + STAGE,
        "%d ungrouped total row(s) left out: they repeat the grouped rows' sum");
  }

  /** True when the sample's text has {@code "key": "value"} with value matching the regex. */
  protected static boolean hasJsonString(FileSample sample, String key, String valueRegex) {
    if (sample.looksBinary() || sample.isGzip() || sample.isZip() || sample.isParquet()) {
      return false;
    }
    return Pattern.compile("\"" + Pattern.quote(key) + "\"\\s*:\\s*\"" + valueRegex + "\"")
        .matcher(sample.text())
        .find();
  }

  /** True when the sample's text has the JSON key {@code "key":} anywhere. */
  protected static boolean hasJsonKey(FileSample sample, String key) {
    if (sample.looksBinary() || sample.isGzip() || sample.isZip() || sample.isParquet()) {
      return false;
    }
    return Pattern.compile("\"" + Pattern.quote(key) + "\"\\s*:").matcher(sample.text()).find();
  }
}
