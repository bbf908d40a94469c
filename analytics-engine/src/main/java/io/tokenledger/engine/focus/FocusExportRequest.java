package io.tokenledger.engine.focus;

import java.nio.file.Path;

/**
 * What to export.
 *
 * @param out the file to write (replaced if it exists)
 * @param version the FOCUS version whose columns are written
 * @param format CSV (UTC times as YYYY-MM-DDTHH:mm:ssZ, plain decimals, empty for null) or Parquet
 *     (typed columns)
 * @param allocatedCharges for 1.3 and later, split each cost line the last allocation run spread
 *     into its allocated charges (the {@code Allocated*} columns); false writes the lines whole
 */
public record FocusExportRequest(
    Path out, FocusVersion version, FocusExportFormat format, boolean allocatedCharges) {

  /** An export with the allocated charges wherever the version has columns for them. */
  public FocusExportRequest(Path out, FocusVersion version, FocusExportFormat format) {
    this(out, version, format, true);
  }
}
