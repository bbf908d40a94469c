package io.tokenledger.engine.focus;

/** The file formats a FOCUS export can be written in. */
public enum FocusExportFormat {
  CSV,
  PARQUET
}
