package io.tokenledger.app.testing;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Small generic usage CSVs for tests (header {@code timestamp,provider,model,in_uncached,out_text,
 * cost}), good or with one bad row at a known line.
 */
public final class UsageCsv {

  public static final String HEADER = "timestamp,provider,model,in_uncached,out_text,cost";

  private UsageCsv() {}

  /** A valid file with {@code rows} data rows (plus the header line). */
  public static Path good(Path folder, String name, int rows) throws IOException {
    return Files.write(folder.resolve(name), lines(rows, -1));
  }

  /**
   * A file with {@code rows} data rows where the row on file line {@code badLine} (the header is
   * line 1) has a token count that is not a number.
   */
  public static Path withBadTokenCount(Path folder, String name, int rows, int badLine)
      throws IOException {
    return Files.write(folder.resolve(name), lines(rows, badLine));
  }

  /** The sum of the cost column of a file written here, read back from its text. */
  public static BigDecimal costSum(Path file) throws IOException {
    return Files.readAllLines(file).stream()
        .skip(1)
        .map(line -> new BigDecimal(line.substring(line.lastIndexOf(',') + 1)))
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private static List<String> lines(int rows, int badLine) {
    List<String> lines = new ArrayList<>();
    lines.add(HEADER);
    for (int i = 0; i < rows; i++) {
      int line = i + 2;
      String tokens = line == badLine ? "lots" : Integer.toString(100 + i);
      lines.add(
          String.format(
              "2026-10-%02dT%02d:00:00Z,openai,gpt-4o-mini,%s,%d,0.%04d",
              1 + i % 28, i % 24, tokens, 10 + i, 1 + i));
    }
    return lines;
  }
}
