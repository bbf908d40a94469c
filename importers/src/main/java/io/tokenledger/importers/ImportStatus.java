package io.tokenledger.importers;

/** How the import of one file ended. */
public enum ImportStatus {
  /** Every row is in the workspace. */
  IMPORTED,
  /** The same content was imported before; nothing changed. */
  ALREADY_IMPORTED,
  /** Rows were invalid; nothing changed (or, with skip-bad-rows, the valid rows were imported). */
  REJECTED,
  /** The file could not be read at all; nothing changed. */
  FAILED,
  /** The user cancelled; nothing changed. */
  CANCELLED;

  public boolean changedWorkspace() {
    return this == IMPORTED;
  }
}
