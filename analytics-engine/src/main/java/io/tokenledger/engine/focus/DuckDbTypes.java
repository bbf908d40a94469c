package io.tokenledger.engine.focus;

import java.util.Locale;

/**
 * What kind of value a DuckDB column type holds, as DuckDB names types in {@code DESCRIBE}: the
 * importer and the validator judge a Parquet column's values by it (a CSV column is always text).
 */
public final class DuckDbTypes {

  private DuckDbTypes() {}

  public static boolean isText(String type) {
    return upper(type).equals("VARCHAR");
  }

  public static boolean isNumeric(String type) {
    String t = upper(type);
    return t.startsWith("DECIMAL")
        || t.equals("DOUBLE")
        || t.equals("FLOAT")
        || t.endsWith("INT")
        || t.equals("BIGINT")
        || t.equals("INTEGER")
        || t.equals("HUGEINT");
  }

  public static boolean isTemporal(String type) {
    String t = upper(type);
    return t.startsWith("TIMESTAMP") || t.equals("DATE");
  }

  private static String upper(String type) {
    return type == null ? "" : type.toUpperCase(Locale.ROOT);
  }
}
