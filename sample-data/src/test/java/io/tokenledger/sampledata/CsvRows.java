package io.tokenledger.sampledata;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A small RFC 4180 reader for the tests, written independently of the generator's writer: it splits
 * quoted fields, un-doubles quotes and hands each row over by column name.
 */
final class CsvRows {

  /** One data row; {@link #line} is its 1-based line number in the file. */
  record Row(long line, Map<String, Integer> columns, List<String> values) {

    String get(String column) {
      Integer index = columns.get(column);
      if (index == null) {
        throw new IllegalArgumentException("no column " + column);
      }
      return values.get(index);
    }

    long number(String column) {
      return Long.parseLong(get(column));
    }
  }

  private CsvRows() {}

  static List<String> header(Path file) {
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return split(reader.readLine(), ",");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Streams the data rows; fails if a row's field count differs from the header's. */
  static long forEach(Path file, String separator, Consumer<Row> action) {
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      List<String> header = split(reader.readLine(), separator);
      Map<String, Integer> columns = new HashMap<>();
      for (int i = 0; i < header.size(); i++) {
        columns.put(header.get(i), i);
      }
      long line = 1;
      long rows = 0;
      String text;
      while ((text = reader.readLine()) != null) {
        line++;
        List<String> values = split(text, separator);
        if (values.size() != header.size()) {
          throw new AssertionError(
              file.getFileName()
                  + ":"
                  + line
                  + ": "
                  + values.size()
                  + " fields, header has "
                  + header.size());
        }
        action.accept(new Row(line, columns, values));
        rows++;
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static long forEach(Path file, Consumer<Row> action) {
    return forEach(file, ",", action);
  }

  static List<String> split(String line, String separator) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    int i = 0;
    while (i < line.length()) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          field.append('"');
          i += 2;
          continue;
        }
        if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
        i++;
      } else if (c == '"' && field.length() == 0) {
        quoted = true;
        i++;
      } else if (line.startsWith(separator, i)) {
        fields.add(field.toString());
        field.setLength(0);
        i += separator.length();
      } else {
        field.append(c);
        i++;
      }
    }
    fields.add(field.toString());
    return fields;
  }
}
