package io.tokenledger.engine.focus;

import io.tokenledger.engine.allocation.DuckDbAllocationService;
import io.tokenledger.engine.sql.SqlFile;
import io.tokenledger.engine.workspace.Workspace;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Exports cost_lines with DuckDB's {@code COPY}: every column of the chosen FOCUS version in the
 * specification's order (a column the workspace does not hold is written empty), then the x_
 * columns kept at import. CSV gets FOCUS's text formats: UTC instants as {@code
 * YYYY-MM-DDTHH:mm:ssZ}, decimals without exponent or trailing zeros, nulls as empty fields.
 * Mandatory provider columns fall back on their 1.3 successors and back, so a 1.3 import exports as
 * valid 1.2 and vice versa. Once allocation has run, a 1.3 export splits each allocated line into
 * its allocated charges ({@link AllocatedCharges}); 1.2 has no columns for them.
 */
public final class DuckDbFocusExportService implements FocusExportService {

  /** Extra keys written back as columns; others (which no CSV header could hold) are skipped. */
  private static final Pattern SAFE_KEY = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_ .\\-]{0,127}");

  /** Keys TokenLedger itself adds to extra (lineage), not the provider's. */
  private static final String OWN_KEY_PREFIX = "tl_";

  private static final Map<String, String> FALLBACKS =
      Map.of(
          "ProviderName", "coalesce(ProviderName, ServiceProviderName)",
          "PublisherName", "coalesce(PublisherName, ServiceProviderName, ProviderName)",
          "ServiceProviderName", "coalesce(ServiceProviderName, ProviderName)",
          "HostProviderName", "coalesce(HostProviderName, ProviderName, ServiceProviderName)");

  private final FocusColumns catalog;

  public DuckDbFocusExportService() {
    this(FocusColumns.bundled());
  }

  public DuckDbFocusExportService(FocusColumns catalog) {
    this.catalog = catalog;
  }

  @Override
  public FocusExportResult export(Workspace workspace, FocusExportRequest request)
      throws SQLException {
    try (Connection connection = workspace.newConnection()) {
      Map<String, String> stored = storedColumns(connection);
      List<String> warnings = new ArrayList<>();
      Map<String, String> select = new LinkedHashMap<>();
      boolean csv = request.format() == FocusExportFormat.CSV;
      for (FocusColumn column : catalog.of(request.version(), FocusDataset.COST_AND_USAGE)) {
        select.put(column.id(), expression(column, stored, csv));
      }
      for (Map.Entry<String, String> extra : extraColumns(connection, warnings).entrySet()) {
        if (select.containsKey(extra.getKey())) {
          warnings.add("extra column " + extra.getKey() + " repeats a FOCUS column; not written");
          continue;
        }
        select.put(extra.getKey(), extra.getValue());
      }
      String source = AllocatedCharges.WHOLE_LINES;
      long allocatedRows = 0;
      if (AllocatedCharges.exist(connection)) {
        if (!request.version().isAtLeast(FocusVersion.V1_3)) {
          warnings.add(
              "FOCUS "
                  + request.version()
                  + " has no columns for allocated charges: cost lines are written whole"
                  + " (export FOCUS 1.3 for the allocation split)");
        } else if (request.allocatedCharges()) {
          AllocatedCharges charges = AllocatedCharges.split(connection, stored);
          source = charges.source(stored);
          allocatedRows = charges.parts();
          if (new DuckDbAllocationService().isStale(workspace)) {
            warnings.add(
                "cost lines imported after the last allocation run are written whole;"
                    + " run the allocation again to split them");
          }
        }
      }
      List<String> projection = new ArrayList<>();
      select.forEach((name, expression) -> projection.add(expression + " AS " + quote(name)));
      String sql =
          SqlFile.load(getClass(), csv ? "copy_csv" : "copy_parquet")
              .replace("{columns}", String.join(",\n       ", projection))
              .replace("{source}", source)
              .replace("{out}", literal(request.out().toAbsolutePath().toString()));
      long rows;
      try (Statement statement = connection.createStatement()) {
        rows = Math.max(0, statement.executeUpdate(sql));
      }
      return new FocusExportResult(
          request.out(),
          request.version(),
          rows,
          List.copyOf(select.keySet()),
          warnings,
          allocatedRows);
    }
  }

  private static String expression(FocusColumn column, Map<String, String> stored, boolean csv) {
    String type = stored.get(column.id());
    if (type == null) {
      return "CAST(NULL AS VARCHAR)";
    }
    String value = FALLBACKS.getOrDefault(column.id(), quote(column.id()));
    if (type.startsWith("DECIMAL")) {
      return csv ? "tl_plain_decimal(" + value + ")" : value;
    }
    if (type.startsWith("TIMESTAMP")) {
      return csv ? "strftime(timezone('UTC', " + value + "), '%Y-%m-%dT%H:%M:%SZ')" : value;
    }
    if (type.equals("JSON")) {
      return "CAST(" + value + " AS VARCHAR)";
    }
    return value;
  }

  private static Map<String, String> storedColumns(Connection connection) throws SQLException {
    Map<String, String> types = new LinkedHashMap<>();
    try (Statement statement = connection.createStatement();
        ResultSet rs =
            statement.executeQuery(
                "SELECT column_name, data_type FROM information_schema.columns"
                    + " WHERE table_schema = 'main' AND table_name = 'cost_lines'")) {
      while (rs.next()) {
        types.put(rs.getString(1), rs.getString(2).toUpperCase(Locale.ROOT));
      }
    }
    try (Statement statement = connection.createStatement()) {
      statement.execute(SqlFile.load(DuckDbFocusExportService.class, "macros"));
    }
    return types;
  }

  /** The keys kept in cost_lines.extra, as x_ columns: non-prefixed keys gain the x_ prefix. */
  private static Map<String, String> extraColumns(Connection connection, List<String> warnings)
      throws SQLException {
    Map<String, String> columns = new LinkedHashMap<>();
    Set<String> taken = new HashSet<>();
    List<String> keys = new ArrayList<>();
    try (PreparedStatement query =
            connection.prepareStatement(
                SqlFile.load(DuckDbFocusExportService.class, "extra_keys"));
        ResultSet rs = query.executeQuery()) {
      while (rs.next()) {
        keys.add(rs.getString(1));
      }
    }
    for (String key : keys) {
      if (key.startsWith(OWN_KEY_PREFIX)) {
        continue;
      }
      if (!SAFE_KEY.matcher(key).matches()) {
        warnings.add(
            "extra column '" + key + "' has characters a FOCUS column cannot; not written");
        continue;
      }
      String name = key.startsWith("x_") ? key : "x_" + key;
      if (!taken.add(name)) {
        warnings.add(
            "extra columns "
                + key
                + " and "
                + name
                + " would share a name; "
                + key
                + " not written");
        continue;
      }
      columns.put(name, "json_extract_string(extra, " + literal("$.\"" + key + "\"") + ")");
    }
    return columns;
  }

  private static String quote(String identifier) {
    return '"' + identifier.replace("\"", "\"\"") + '"';
  }

  private static String literal(String text) {
    return "'" + text.replace("'", "''") + "'";
  }
}
