package io.tokenledger.app.sources;

import io.tokenledger.importers.ImportStatus;

/** The words the Sources page uses for how an import ended. */
public final class ImportStatusText {

  private ImportStatusText() {}

  public static String of(ImportStatus status) {
    return switch (status) {
      case IMPORTED -> "Imported";
      case ALREADY_IMPORTED -> "Already imported";
      case REJECTED -> "Rejected";
      case FAILED -> "Failed";
      case CANCELLED -> "Cancelled";
    };
  }
}
