package io.tokenledger.importers;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The column names of a CSV header line, in order, with lookups by name. */
public record CsvHeader(List<String> names) {

  public CsvHeader {
    names = List.copyOf(names);
  }

  /** Splits a header line on commas outside double quotes; names are trimmed and unquoted. */
  public static CsvHeader parse(String line) {
    List<String> names = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"') {
        if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          current.append('"');
          i++;
        } else {
          quoted = !quoted;
        }
      } else if (c == ',' && !quoted) {
        names.add(current.toString().strip());
        current.setLength(0);
      } else {
        current.append(c);
      }
    }
    names.add(current.toString().strip());
    return new CsvHeader(names);
  }

  public boolean has(String name) {
    return indexOf(name).isPresent();
  }

  /** True when every name is present, compared without regard to case. */
  public boolean hasAll(String... required) {
    for (String name : required) {
      if (!has(name)) {
        return false;
      }
    }
    return true;
  }

  /** The 0-based position of a column, compared without regard to case. */
  public Optional<Integer> indexOf(String name) {
    for (int i = 0; i < names.size(); i++) {
      if (names.get(i).toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }
}
