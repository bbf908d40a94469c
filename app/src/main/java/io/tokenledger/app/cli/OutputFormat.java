package io.tokenledger.app.cli;

import java.io.PrintWriter;
import java.util.function.Supplier;

/**
 * How a command prints rows, and the one place that prints them so: {@code --format csv} for
 * scripts, an aligned table for people, a JSON document where a command has one. Lower case so that
 * {@code --format csv} reads naturally.
 */
enum OutputFormat {
  table,
  csv,
  json;

  /**
   * Prints {@code rows} as CSV for {@code csv}, else as an aligned table: a command without a JSON
   * form prints the table for {@code json} too.
   */
  void print(PrintWriter out, TextTable rows) {
    out.print(this == csv ? rows.toCsv() : rows.toText());
    out.flush();
  }

  /**
   * Prints {@code document} for {@code json}, else {@code rows} as {@link #print(PrintWriter,
   * TextTable)} does; only the form printed is built.
   */
  void print(PrintWriter out, Supplier<TextTable> rows, Supplier<String> document) {
    if (this == json) {
      out.println(document.get());
      out.flush();
    } else {
      print(out, rows.get());
    }
  }
}
