package io.tokenledger.importers.focus;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * Where each record of a CSV file starts, as a line number. DuckDB numbers records, skipping blank
 * lines, and a quoted value may span lines; the reject report names lines. Only a failed import
 * pays for this scan.
 */
final class CsvRecordLines {

  /** Start lines; index 0 is the header, index k the k-th data record. */
  private final long[] starts;

  private final int count;

  private CsvRecordLines(long[] starts, int count) {
    this.starts = starts;
    this.count = count;
  }

  /** Scans a CSV or CSV.gz file; any other compression is not read (lines fall back to rows). */
  static CsvRecordLines scan(Path file) throws IOException {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    try (InputStream raw = Files.newInputStream(file);
        InputStream in =
            new BufferedInputStream(
                name.endsWith(".gz") ? new GZIPInputStream(raw) : raw, 1 << 16)) {
      long[] starts = new long[1024];
      int count = 0;
      long line = 1;
      boolean lineStart = true;
      boolean quoted = false;
      int b;
      while ((b = in.read()) >= 0) {
        if (lineStart && !quoted) {
          if (b == '\n') {
            line++;
            continue;
          }
          if (b == '\r') {
            continue;
          }
          if (count == starts.length) {
            starts = Arrays.copyOf(starts, count * 2);
          }
          starts[count++] = line;
          lineStart = false;
        }
        if (b == '"') {
          quoted = !quoted;
        } else if (b == '\n') {
          line++;
          lineStart = !quoted;
        }
      }
      return new CsvRecordLines(starts, count);
    }
  }

  /** A fallback for files that are not scanned: record k is on line k + 1. */
  static CsvRecordLines unknown() {
    return new CsvRecordLines(new long[0], 0);
  }

  /** The line a data record (1-based) starts on. */
  long lineOf(long record) {
    if (record >= 0 && record < count) {
      return starts[(int) record];
    }
    return record + 1;
  }

  /** The data record that starts on a line, or -1 when none does. */
  long recordAt(long line) {
    if (count == 0) {
      return line - 1;
    }
    int index = Arrays.binarySearch(starts, 0, count, line);
    return index < 0 ? -1 : index;
  }
}
