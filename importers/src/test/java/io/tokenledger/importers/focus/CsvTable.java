package io.tokenledger.importers.focus;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A CSV file read in plain Java, independently of DuckDB and of the importer, so that tests can sum
 * its columns themselves: quotes and doubled quotes, a UTF-8 BOM, CRLF, blank lines (skipped) and a
 * missing final newline. Values are kept exactly as written; an empty field is null.
 */
record CsvTable(List<String> header, List<Map<String, String>> rows) {

  static CsvTable read(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    List<List<String>> records = new ArrayList<>();
    List<String> record = new ArrayList<>();
    StringBuilder value = new StringBuilder();
    boolean quoted = false;
    boolean any = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          value.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          value.append(c);
        }
      } else if (c == '"') {
        quoted = true;
        any = true;
      } else if (c == ',') {
        record.add(value.toString());
        value.setLength(0);
        any = true;
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        if (any || value.length() > 0) {
          record.add(value.toString());
          records.add(record);
        }
        record = new ArrayList<>();
        value.setLength(0);
        any = false;
      } else {
        value.append(c);
        any = true;
      }
    }
    if (any || value.length() > 0) {
      record.add(value.toString());
      records.add(record);
    }
    List<String> header = records.get(0);
    List<Map<String, String>> rows = new ArrayList<>();
    for (List<String> values : records.subList(1, records.size())) {
      Map<String, String> row = new LinkedHashMap<>();
      for (int c = 0; c < header.size(); c++) {
        String v = c < values.size() ? values.get(c) : "";
        row.put(header.get(c), v.isEmpty() ? null : v);
      }
      rows.add(row);
    }
    return new CsvTable(header, rows);
  }

  /**
   * An amount as a person reads it: a plain number, or spreadsheet money such as {@code "$10,100.00
   * "}; null for an empty value.
   */
  static BigDecimal money(String text) {
    if (text == null) {
      return null;
    }
    String plain = text.strip().replace("$", "").replace(",", "");
    return new BigDecimal(plain);
  }

  /** The header name matched without regard to case, as the file writes it, or null. */
  String column(String name) {
    return header.stream().filter(h -> h.equalsIgnoreCase(name)).findFirst().orElse(null);
  }
}
