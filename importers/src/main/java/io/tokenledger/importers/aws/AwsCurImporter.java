package io.tokenledger.importers.aws;

import io.tokenledger.engine.sql.SqlFile;
import io.tokenledger.importers.CsvHeader;
import io.tokenledger.importers.FileSample;
import io.tokenledger.importers.ImportContext;
import io.tokenledger.importers.ImportException;
import io.tokenledger.importers.ImportOutcome;
import io.tokenledger.importers.Importer;
import io.tokenledger.importers.csv.CsvRejects;
import io.tokenledger.importers.models.FileShape;
import io.tokenledger.importers.models.LedgerTable;
import io.tokenledger.importers.models.ModelTagger;
import io.tokenledger.importers.models.ReaderLines;
import io.tokenledger.importers.models.StagedImporter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.duckdb.DuckDBPreparedStatement;

/**
 * Imports an AWS Cost and Usage Report 2.0 (CSV, CSV.gz or Parquet) into cost lines: the whole
 * bill, with Bedrock's token lines (AmazonBedrock and AWS Marketplace models) resolved to model,
 * token bucket, service tier and tokens. Bills run to millions of rows, so the file goes to
 * cost_lines in one DuckDB statement (no staging copy); the few rules DuckDB's reader cannot check
 * run afterwards on the rows of this import.
 */
public final class AwsCurImporter implements Importer {

  public static final String FORMAT_ID = "aws-cur";

  /** Columns the import cannot do without. */
  private static final List<String> REQUIRED =
      List.of(
          "line_item_usage_start_date",
          "line_item_usage_type",
          "line_item_product_code",
          "line_item_unblended_cost",
          "line_item_currency_code",
          "line_item_usage_amount");

  /**
   * Typed columns of the CSV reader; every other column is read as text. Money is DECIMAL(18,10):
   * DuckDB parses it about three times faster than DECIMAL(38,10), it holds CUR's ten decimals, and
   * a line of $100M or more is rejected with its line and column rather than rounded. The usage
   * amount is a quantity, not money: DOUBLE keeps its 15 significant digits at DOUBLE's speed.
   */
  private static final Map<String, String> TYPES =
      Map.of(
          "line_item_unblended_cost", "DECIMAL(18,10)",
          "line_item_net_unblended_cost", "DECIMAL(18,10)",
          "pricing_public_on_demand_cost", "DECIMAL(18,10)",
          "line_item_usage_amount", "DOUBLE",
          "line_item_usage_start_date", "TIMESTAMPTZ",
          "line_item_usage_end_date", "TIMESTAMPTZ",
          "bill_billing_period_start_date", "TIMESTAMPTZ",
          "bill_billing_period_end_date", "TIMESTAMPTZ");

  private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9_]+");

  @Override
  public String formatId() {
    return FORMAT_ID;
  }

  @Override
  public String displayName() {
    return "AWS Cost and Usage Report";
  }

  @Override
  public int sniff(FileSample sample) {
    if (sample.isParquet()) {
      return FileShape.parquetHasColumns(
              sample, "line_item_usage_type", "line_item_unblended_cost", "line_item_product_code")
          ? 90
          : 0;
    }
    Optional<CsvHeader> header = FileShape.csvHeader(sample);
    return header.isPresent()
            && header
                .get()
                .hasAll(
                    "line_item_usage_type", "line_item_unblended_cost", "line_item_product_code")
        ? 90
        : 0;
  }

  @Override
  public ImportOutcome importInto(ImportContext context) throws SQLException {
    Connection connection = context.connection();
    StagedImporter.useUtc(connection);
    FileSample sample = context.sample();
    boolean parquet = sample.isParquet();
    String path = sample.path().toString();
    CsvHeader columns =
        parquet
            ? FileShape.parquetColumns(connection, path)
            : FileShape.csvHeader(sample)
                .orElseThrow(() -> new ImportException(sample.fileName() + ": not a CSV file"));
    checkColumns(sample, columns);
    String sql =
        StagedImporter.fillColumns(SqlFile.load(getClass(), "insert"), columns)
            .replace("{source}", parquet ? "read_parquet(?)" : readCsv(columns))
            .replace("{product_name}", productName(columns, parquet))
            .replace("{tags}", tags(columns, parquet));
    try {
      long inserted;
      try (DuckDBPreparedStatement insert =
          connection.prepareStatement(sql).unwrap(DuckDBPreparedStatement.class)) {
        insert.setInt(1, context.importId());
        insert.setString(2, path);
        inserted = context.executeWithProgress(insert, "Reading " + sample.fileName());
      }
      if (!parquet) {
        CsvRejects.report(connection, context);
        ReaderLines.correct(connection, "cost_lines", "import_id = ?", context.importId());
      }
      inserted -= rejectInvalidRows(context);
      if (context.rejectCount() > 0 && !context.options().skipBadRows()) {
        return new ImportOutcome(0, LedgerTable.COST_LINES.tableName(), "2.0");
      }
      context.cancellation().throwIfCancelled();
      ModelTagger.tag(context, LedgerTable.COST_LINES);
      warnAboutUnits(context);
      return new ImportOutcome(inserted, LedgerTable.COST_LINES.tableName(), "2.0");
    } finally {
      StagedImporter.dropQuietly(connection, CsvRejects.ERRORS_TABLE);
    }
  }

  private static void checkColumns(FileSample sample, CsvHeader columns) {
    List<String> missing = new ArrayList<>();
    for (String name : REQUIRED) {
      if (!columns.has(name)) {
        missing.add(name);
      }
    }
    if (!missing.isEmpty()) {
      throw new ImportException(
          sample.fileName()
              + ":1: not a CUR 2.0 file, required column(s) missing: "
              + String.join(", ", missing));
    }
    for (String name : columns.names()) {
      if (!SAFE_NAME.matcher(name).matches()) {
        throw new ImportException(
            sample.fileName()
                + ":1: column '"
                + name
                + "' is not a CUR 2.0 column name (CUR 2.0 names are snake_case; the legacy CUR"
                + " with lineItem/UsageType names is not supported)");
      }
    }
  }

  /** read_csv with every column of the header declared, so bad numbers are rejected per cell. */
  static String readCsv(CsvHeader header) {
    String columns =
        header.names().stream()
            .map(
                name ->
                    "'"
                        + name
                        + "': '"
                        + TYPES.getOrDefault(name.toLowerCase(Locale.ROOT), "VARCHAR")
                        + "'")
            .collect(Collectors.joining(", ", "{", "}"));
    return "read_csv(?, header = true, auto_detect = false, delim = ',', quote = '\"',"
        + " escape = '\"', columns = "
        + columns
        + ", "
        + CsvRejects.READ_CSV_OPTIONS
        + ")";
  }

  private static String productName(CsvHeader columns, boolean parquet) {
    if (columns.has("product_product_name")) {
      return "\"product_product_name\"";
    }
    if (columns.has("product")) {
      return parquet
          ? "CAST(\"product\"['product_name'] AS VARCHAR)"
          : "json_extract_string(TRY_CAST(nullif(\"product\", '') AS JSON), '$.product_name')";
    }
    return "CAST(NULL AS VARCHAR)";
  }

  private static String tags(CsvHeader columns, boolean parquet) {
    if (!columns.has("resource_tags")) {
      return "CAST(NULL AS JSON)";
    }
    return parquet
        ? "CASE WHEN cardinality(\"resource_tags\") > 0 THEN to_json(\"resource_tags\") END"
        : "TRY_CAST(nullif(nullif(trim(\"resource_tags\"), ''), '{}') AS JSON)";
  }

  /**
   * Rows without a cost, start or currency: rejected, and removed when the user imports the valid
   * rows.
   */
  private long rejectInvalidRows(ImportContext context) throws SQLException {
    long rejected = 0;
    String validate = SqlFile.load(getClass(), "validate");
    try (PreparedStatement query = context.connection().prepareStatement(validate)) {
      for (int i = 1; i <= 3; i++) {
        query.setInt(i, context.importId());
      }
      try (ResultSet problems = query.executeQuery()) {
        while (problems.next()) {
          rejected++;
          context.reject(problems.getLong(1), problems.getString(2), problems.getString(3));
        }
      }
    }
    if (rejected > 0 && context.options().skipBadRows()) {
      try (PreparedStatement delete =
          context
              .connection()
              .prepareStatement(
                  "DELETE FROM cost_lines WHERE import_id = ? AND source_line IN"
                      + " (SELECT source_line FROM ("
                      + validate.replace("?", String.valueOf(context.importId()))
                      + "))")) {
        delete.setInt(1, context.importId());
        delete.executeUpdate();
      }
    }
    return rejected;
  }

  private static void warnAboutUnits(ImportContext context) throws SQLException {
    try (PreparedStatement query =
        context
            .connection()
            .prepareStatement(
                "SELECT count(*) FILTER (WHERE token_bucket IS NOT NULL AND tokens IS NULL),"
                    + " string_agg(DISTINCT PricingUnit, ', ') FILTER (WHERE token_bucket IS NOT"
                    + " NULL AND tokens IS NULL), count(DISTINCT BillingCurrency)"
                    + " FROM cost_lines WHERE import_id = ?")) {
      query.setInt(1, context.importId());
      try (ResultSet counts = query.executeQuery()) {
        counts.next();
        if (counts.getLong(1) > 0) {
          context.warn(
              counts.getLong(1)
                  + " Bedrock token line(s) have a pricing unit that is not a token unit ("
                  + counts.getString(2)
                  + "): their token count is left empty, their cost is kept");
        }
        if (counts.getLong(3) > 1) {
          context.warn(
              "the file mixes "
                  + counts.getLong(3)
                  + " currencies: each line keeps its own, converted by the FX table of its"
                  + " period");
        }
      }
    }
  }
}
