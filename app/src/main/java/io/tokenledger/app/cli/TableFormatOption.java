package io.tokenledger.app.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Option;

/**
 * The {@code --format table|csv} option of the price book and rule listings ({@code prices list},
 * {@code unpriced}, {@code compare}, {@code rules list}), and how those listings print.
 */
final class TableFormatOption {

  @Option(names = "--format", defaultValue = "table", description = "table or csv.")
  OutputFormat format;

  void print(PrintWriter out, TextTable table) {
    format.print(out, table);
  }
}
