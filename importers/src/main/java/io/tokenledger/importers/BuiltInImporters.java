package io.tokenledger.importers;

import io.tokenledger.engine.focus.FocusVersion;
import io.tokenledger.importers.focus.FocusImporter;
import io.tokenledger.importers.generic.GenericUsageCsvImporter;
import java.util.List;

/** The list of importers that ship with TokenLedger; each format's issue adds its own here. */
final class BuiltInImporters {

  private BuiltInImporters() {}

  static List<Importer> all() {
    return List.of(
        new GenericUsageCsvImporter(),
        new FocusImporter(),
        new FocusImporter(FocusVersion.V1_0),
        new FocusImporter(FocusVersion.V1_1),
        new FocusImporter(FocusVersion.V1_2),
        new FocusImporter(FocusVersion.V1_3));
  }
}
