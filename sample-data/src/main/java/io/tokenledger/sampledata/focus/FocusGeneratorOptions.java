package io.tokenledger.sampledata.focus;

import java.time.YearMonth;

/**
 * What the FOCUS generator writes.
 *
 * @param seed the same seed always gives the same file, byte for byte
 * @param rows data rows to write
 * @param month the billing month the rows fall in
 * @param gzip write a {@code .csv.gz} instead of a plain CSV
 */
public record FocusGeneratorOptions(long seed, long rows, YearMonth month, boolean gzip) {

  public FocusGeneratorOptions {
    if (rows < 0) {
      throw new IllegalArgumentException("rows must not be negative: " + rows);
    }
  }

  /** A small month of the demo company: seed 42, 10,000 rows, January 2025. */
  public static FocusGeneratorOptions defaults() {
    return new FocusGeneratorOptions(42, 10_000, YearMonth.of(2025, 1), false);
  }

  public FocusGeneratorOptions withRows(long count) {
    return new FocusGeneratorOptions(seed, count, month, gzip);
  }

  public FocusGeneratorOptions withSeed(long value) {
    return new FocusGeneratorOptions(value, rows, month, gzip);
  }

  public FocusGeneratorOptions withGzip(boolean value) {
    return new FocusGeneratorOptions(seed, rows, month, value);
  }
}
