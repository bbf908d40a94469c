package io.tokenledger.engine.focus;

import io.tokenledger.engine.sql.SqlFile;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rows a FOCUS 1.3 export writes when allocation has run: each cost line the run spread becomes
 * its allocated charges (one per recipient, with {@code AllocatedMethodId}, {@code
 * AllocatedMethodDetails}, {@code AllocatedResourceId}/{@code Name} and {@code AllocatedTags}),
 * whose summable metrics add up to the line exactly; every other line is written whole. Built as a
 * temporary table of parts (allocated_parts.sql) and a row source the export's COPY reads.
 */
final class AllocatedCharges {

  /**
   * FOCUS metrics that add up across allocated charges (costs and quantities); unit prices and
   * every dimension are copied from the line.
   */
  static final List<String> SUMMABLE =
      List.of(
          "BilledCost",
          "EffectiveCost",
          "ListCost",
          "ContractedCost",
          "PricingQuantity",
          "ConsumedQuantity",
          "CommitmentDiscountQuantity",
          "PricingCurrencyEffectiveCost");

  /** The columns a part sets on top of the line's. */
  private static final List<String> ALLOCATION_COLUMNS =
      List.of(
          "AllocatedMethodId",
          "AllocatedMethodDetails",
          "AllocatedResourceId",
          "AllocatedResourceName",
          "AllocatedTags");

  private static final Pattern DECIMAL = Pattern.compile("DECIMAL\\((\\d+),\\s*(\\d+)\\)");

  /** Every cost line whole, in the shape {@link #source} gives. */
  static final String WHOLE_LINES = "(SELECT *, 0 AS tl_part FROM cost_lines)";

  private final long parts;

  private AllocatedCharges(long parts) {
    this.parts = parts;
  }

  /** True when the last allocation run spread some cost (a pool not left whole unallocated). */
  static boolean exist(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rs =
            statement.executeQuery(
                "SELECT count(*) > 0 FROM allocations WHERE method <> 'unallocated'")) {
      rs.next();
      return rs.getBoolean(1);
    }
  }

  /**
   * Splits the allocated lines into parts in a temporary table.
   *
   * @param stored the cost_lines columns and their types
   */
  static AllocatedCharges split(Connection connection, Map<String, String> stored)
      throws SQLException {
    List<String> shares = new ArrayList<>();
    List<String> leftovers = new ArrayList<>();
    List<String> values = new ArrayList<>();
    for (String metric : SUMMABLE) {
      Matcher decimal = DECIMAL.matcher(stored.getOrDefault(metric, ""));
      if (!decimal.matches()) {
        continue;
      }
      int scale = Integer.parseInt(decimal.group(2));
      String column = quote(metric);
      String share = quote("tl_share_" + metric);
      String whole = quote("tl_whole_" + metric);
      String left = quote("tl_left_" + metric);
      shares.add(
          "c."
              + column
              + " AS "
              + whole
              + ", CAST(CAST(c."
              + column
              + " AS DOUBLE) * r.ratio AS DECIMAL(38, "
              + scale
              + ")) AS "
              + share);
      leftovers.add(
          "CAST(("
              + whole
              + " - sum("
              + share
              + ") OVER (PARTITION BY import_id, source_line)) * "
              + "1".concat("0".repeat(scale))
              + " AS HUGEINT) AS "
              + left);
      values.add(
          "CAST("
              + share
              + " + CAST(sign("
              + left
              + ") * (abs("
              + left
              + ") // parts + CASE WHEN part <= abs("
              + left
              + ") % parts THEN 1 ELSE 0 END) AS DECIMAL(38, 0)) * "
              + unit(scale)
              + " AS "
              + stored.get(metric)
              + ") AS "
              + column);
    }
    String sql =
        SqlFile.load(DuckDbFocusExportService.class, "allocated_parts")
            .replace("{metrics}", String.join(", ", SUMMABLE))
            .replace("{shares}", String.join(",\n           ", shares))
            .replace("{leftovers}", String.join(",\n           ", leftovers))
            .replace("{parts}", String.join(",\n       ", values));
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
      try (ResultSet rs = statement.executeQuery("SELECT count(*) FROM tl_export_parts")) {
        rs.next();
        return new AllocatedCharges(rs.getLong(1));
      }
    }
  }

  /** How many allocated charges the export writes. */
  long parts() {
    return parts;
  }

  /**
   * The rows to export: lines not split, whole, and the parts of the split ones with the line's
   * columns and the part's metrics and allocation columns; {@code tl_part} orders a line's parts.
   */
  String source(Map<String, String> stored) {
    List<String> replaced = new ArrayList<>();
    for (String column : SUMMABLE) {
      if (stored.containsKey(column) && DECIMAL.matcher(stored.get(column)).matches()) {
        replaced.add("p." + quote(column) + " AS " + quote(column));
      }
    }
    for (String column : ALLOCATION_COLUMNS) {
      if (stored.containsKey(column)) {
        replaced.add("p." + quote(column) + " AS " + quote(column));
      }
    }
    return "(SELECT c.*, 0 AS tl_part FROM cost_lines c"
        + " WHERE NOT EXISTS (SELECT 1 FROM tl_export_parts p"
        + " WHERE p.import_id = c.import_id AND p.source_line = c.source_line)"
        + " UNION ALL BY NAME"
        + " SELECT c.* REPLACE ("
        + String.join(", ", replaced)
        + "), p.part AS tl_part"
        + " FROM cost_lines c JOIN tl_export_parts p USING (import_id, source_line))";
  }

  private static String unit(int scale) {
    if (scale == 0) {
      return "1";
    }
    return "CAST('0."
        + "0".repeat(scale - 1)
        + "1' AS DECIMAL("
        + (scale + 1)
        + ", "
        + scale
        + "))";
  }

  private static String quote(String identifier) {
    return '"' + identifier.replace("\"", "\"\"") + '"';
  }
}
