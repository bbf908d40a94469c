package io.tokenledger.engine.focus;

import java.nio.file.Path;

/**
 * What to export.
 *
 * @param out the file to write (replaced if it exists)
 * @param version the FOCUS version whose columns are written
 * @param format CSV (UTC times as YYYY-MM-DDTHH:mm:ssZ, plain decimals, empty for null) or Parquet
 *     (typed columns)
 */
public record FocusExportRequest(Path out, FocusVersion version, FocusExportFormat format) {}
