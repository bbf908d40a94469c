package io.tokenledger.engine.focus;

import java.nio.file.Path;
import java.util.List;

/**
 * What an export wrote.
 *
 * @param file the file written
 * @param rows cost lines written
 * @param columns the header, FOCUS columns first, then the x_ columns
 * @param warnings extra data that could not be written, and why
 */
public record FocusExportResult(
    Path file, FocusVersion version, long rows, List<String> columns, List<String> warnings) {

  public FocusExportResult {
    columns = List.copyOf(columns);
    warnings = List.copyOf(warnings);
  }
}
