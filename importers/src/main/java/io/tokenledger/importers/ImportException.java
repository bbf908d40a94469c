package io.tokenledger.importers;

/** A file cannot be imported as a whole; the message names the file and says why. */
public final class ImportException extends RuntimeException {

  public ImportException(String message) {
    super(message);
  }

  public ImportException(String message, Throwable cause) {
    super(message, cause);
  }
}
