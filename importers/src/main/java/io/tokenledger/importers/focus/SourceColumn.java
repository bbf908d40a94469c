package io.tokenledger.importers.focus;

import io.tokenledger.engine.focus.DuckDbTypes;

/**
 * One column of a file being imported, as DuckDB reads it.
 *
 * @param position 1-based position; SQL reads it as {@code #position AS c<position>} so that no
 *     name from the file is ever written into a statement
 * @param name the header as written
 * @param type the DuckDB type it reads as ({@code VARCHAR} for every CSV column)
 */
record SourceColumn(int position, String name, String type) {

  /** The SQL name of this column above the reader's projection (see {@link #projection()}). */
  String ref() {
    return "c" + position;
  }

  /** The reader's column by position, named for the queries above it. */
  String projection() {
    return "#" + position + " AS " + ref();
  }

  boolean isText() {
    return DuckDbTypes.isText(type);
  }

  boolean isNumeric() {
    return DuckDbTypes.isNumeric(type);
  }

  boolean isTemporal() {
    return DuckDbTypes.isTemporal(type);
  }

  boolean isCustom() {
    return name.startsWith("x_");
  }
}
