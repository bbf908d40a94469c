package io.tokenledger.engine.focus;

import java.nio.file.Path;
import java.util.List;

/**
 * What an export wrote.
 *
 * @param file the file written
 * @param rows rows written: cost lines, and the allocated charges of the lines split into them
 * @param columns the header, FOCUS columns first, then the x_ columns
 * @param warnings extra data that could not be written, and why
 * @param allocatedRows how many of the rows are allocated charges (1.3 split cost allocation)
 */
public record FocusExportResult(
    Path file,
    FocusVersion version,
    long rows,
    List<String> columns,
    List<String> warnings,
    long allocatedRows) {

  public FocusExportResult {
    columns = List.copyOf(columns);
    warnings = List.copyOf(warnings);
  }
}
