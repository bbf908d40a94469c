package io.tokenledger.importers;

/**
 * Choices the user makes for an import.
 *
 * @param formatId the importer to use instead of the detected one, or null to detect
 * @param replace import again even when the same content was imported before, replacing it
 * @param skipBadRows import the valid rows and record the rejected ones, instead of all-or-nothing
 */
public record ImportOptions(String formatId, boolean replace, boolean skipBadRows) {

  public static ImportOptions defaults() {
    return new ImportOptions(null, false, false);
  }

  public ImportOptions withFormat(String id) {
    return new ImportOptions(id, replace, skipBadRows);
  }

  public ImportOptions withReplace(boolean replaceExisting) {
    return new ImportOptions(formatId, replaceExisting, skipBadRows);
  }
}
