package io.tokenledger.importers;

/**
 * A row, or the whole file, that an import could not take, with where and why.
 *
 * @param file the file's name
 * @param line the 1-based line in the file (the header is line 1), or 0 for the file as a whole
 * @param column the column's name, or null when the problem is not in one column
 * @param reason what is wrong, for the user
 */
public record RejectedRow(String file, long line, String column, String reason) {

  /** {@code costs.csv:14: column 'cost': cannot read "abc" as a number}. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(file);
    if (line > 0) {
      text.append(':').append(line);
    }
    text.append(": ");
    if (column != null) {
      text.append("column '").append(column).append("': ");
    }
    return text.append(reason).toString();
  }
}
