package io.tokenledger.app.cli;

/** How a command prints rows. Lower case so that {@code --format csv} reads naturally. */
enum OutputFormat {
  table,
  csv,
  json
}
