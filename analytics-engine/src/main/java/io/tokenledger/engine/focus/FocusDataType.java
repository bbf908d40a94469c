package io.tokenledger.engine.focus;

/** The data types a FOCUS column can have, and how TokenLedger stores each. */
public enum FocusDataType {
  DECIMAL,
  STRING,
  DATE_TIME,
  JSON;

  /**
   * Reads the catalog's {@code data_type} text ({@code Decimal (Numeric)}, {@code Date/Time}...).
   */
  static FocusDataType fromCatalog(String text) {
    String t = text.strip();
    if (t.startsWith("Decimal")) {
      return DECIMAL;
    }
    if (t.startsWith("Date")) {
      return DATE_TIME;
    }
    if (t.equals("JSON")) {
      return JSON;
    }
    if (t.equals("String")) {
      return STRING;
    }
    throw new IllegalArgumentException("Unknown FOCUS data type: " + text);
  }
}
