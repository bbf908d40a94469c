package io.tokenledger.app.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * Rows of text printed as an aligned table for people or as CSV for scripts. Columns whose values
 * all look like numbers are right-aligned.
 */
final class TextTable {

  private final List<String> header;
  private final List<List<String>> rows = new ArrayList<>();

  TextTable(String... header) {
    this.header = List.of(header);
  }

  TextTable(List<String> header) {
    this.header = List.copyOf(header);
  }

  void row(String... values) {
    rows.add(List.of(values));
  }

  void row(List<String> values) {
    rows.add(List.copyOf(values));
  }

  String toText() {
    int[] widths = new int[header.size()];
    boolean[] numeric = new boolean[header.size()];
    for (int c = 0; c < header.size(); c++) {
      widths[c] = header.get(c).length();
      numeric[c] = !rows.isEmpty();
      for (List<String> row : rows) {
        widths[c] = Math.max(widths[c], row.get(c).length());
        numeric[c] &= row.get(c).isEmpty() || row.get(c).matches("-?[0-9][0-9,.]*%?");
      }
    }
    StringBuilder text = new StringBuilder();
    appendLine(text, header, widths, numeric);
    for (List<String> row : rows) {
      appendLine(text, row, widths, numeric);
    }
    return text.toString();
  }

  String toCsv() {
    StringBuilder text = new StringBuilder();
    text.append(csvLine(header));
    for (List<String> row : rows) {
      text.append(csvLine(row));
    }
    return text.toString();
  }

  private static void appendLine(
      StringBuilder text, List<String> values, int[] widths, boolean[] numeric) {
    for (int c = 0; c < values.size(); c++) {
      String value = values.get(c);
      String pad = " ".repeat(widths[c] - value.length());
      text.append(numeric[c] ? pad + value : value + pad);
      text.append(c == values.size() - 1 ? "" : "  ");
    }
    text.append(System.lineSeparator().equals("\n") ? "\n" : "\n");
  }

  private static String csvLine(List<String> values) {
    StringBuilder line = new StringBuilder();
    for (int c = 0; c < values.size(); c++) {
      if (c > 0) {
        line.append(',');
      }
      String value = values.get(c);
      if (value.contains(",") || value.contains("\"") || value.contains("\n")) {
        line.append('"').append(value.replace("\"", "\"\"")).append('"');
      } else {
        line.append(value);
      }
    }
    return line.append('\n').toString();
  }
}
