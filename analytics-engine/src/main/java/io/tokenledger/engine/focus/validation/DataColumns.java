package io.tokenledger.engine.focus.validation;

import io.tokenledger.engine.focus.DuckDbTypes;
import java.util.Collections;
import java.util.LinkedHashMap;
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
    return DuckDbTypes.isText(types.get(name));
  }

  boolean isNumeric(String name) {
    return DuckDbTypes.isNumeric(types.get(name));
  }

  boolean isTemporal(String name) {
    return DuckDbTypes.isTemporal(types.get(name));
  }

  /** The column as a quoted SQL identifier; names come from the rule model, never from users. */
  static String quote(String name) {
    return '"' + name.replace("\"", "\"\"") + '"';
  }
}
