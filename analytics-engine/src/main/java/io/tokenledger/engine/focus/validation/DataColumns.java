package io.tokenledger.engine.focus.validation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The columns of the file under validation and the DuckDB type each was read as: every CSV column
 * is text, Parquet columns keep their stored types, and the checks read each accordingly.
 */
final class DataColumns {

  private final Map<String, String> types;

  DataColumns(Map<String, String> types) {
    this.types = Collections.unmodifiableMap(new LinkedHashMap<>(types));
  }

  /** Present under exactly this name: FOCUS column ids are case-sensitive. */
  boolean has(String name) {
    return types.containsKey(name);
  }

  Set<String> names() {
    return types.keySet();
  }

  boolean isText(String name) {
    return type(name).equals("VARCHAR");
  }

  boolean isNumeric(String name) {
    String type = type(name);
    return type.startsWith("DECIMAL")
        || type.equals("DOUBLE")
        || type.equals("FLOAT")
        || type.endsWith("INT")
        || type.equals("BIGINT")
        || type.equals("INTEGER")
        || type.equals("SMALLINT")
        || type.equals("TINYINT")
        || type.equals("HUGEINT");
  }

  boolean isTemporal(String name) {
    String type = type(name);
    return type.startsWith("TIMESTAMP") || type.equals("DATE");
  }

  private String type(String name) {
    return types.getOrDefault(name, "").toUpperCase(Locale.ROOT);
  }

  /** The column as a quoted SQL identifier; names come from the rule model, never from users. */
  static String quote(String name) {
    return '"' + name.replace("\"", "\"\"") + '"';
  }
}
