package io.tokenledger.importers.focus;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The columns of the workspace table a FOCUS file goes to, with their types, read from the
 * workspace itself: a value is typed by the column it lands in, so the import follows the schema's
 * migrations without a second list of types.
 */
final class TargetTable {

  private final String name;
  private final Map<String, String> types;
  private final Set<String> required;

  private TargetTable(String name, Map<String, String> types, Set<String> required) {
    this.name = name;
    this.types = Collections.unmodifiableMap(types);
    this.required = Set.copyOf(required);
  }

  static TargetTable read(Connection connection, String table) throws SQLException {
    Map<String, String> types = new LinkedHashMap<>();
    java.util.Set<String> required = new java.util.HashSet<>();
    try (PreparedStatement query =
        connection.prepareStatement(
            "SELECT column_name, data_type, is_nullable FROM information_schema.columns"
                + " WHERE table_schema = 'main' AND table_name = ? ORDER BY ordinal_position")) {
      query.setString(1, table);
      try (ResultSet rs = query.executeQuery()) {
        while (rs.next()) {
          types.put(rs.getString(1), rs.getString(2).toUpperCase(Locale.ROOT));
          if ("NO".equals(rs.getString(3))) {
            required.add(rs.getString(1));
          }
        }
      }
    }
    if (types.isEmpty()) {
      throw new IllegalStateException("The workspace has no table " + table);
    }
    return new TargetTable(table, types, required);
  }

  String name() {
    return name;
  }

  boolean has(String column) {
    return types.containsKey(column);
  }

  Optional<String> type(String column) {
    return Optional.ofNullable(types.get(column));
  }

  /** NOT NULL in the table: a row without a value cannot be stored. */
  boolean requires(String column) {
    return required.contains(column);
  }
}
