package io.tokenledger.importers;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The importers TokenLedger knows, and the choice of one for a file. */
public final class ImporterRegistry {

  private final List<Importer> importers;

  public ImporterRegistry(List<Importer> importers) {
    this.importers = List.copyOf(importers);
  }

  /** Every importer this version ships. */
  public static ImporterRegistry builtIn() {
    return new ImporterRegistry(BuiltInImporters.all());
  }

  public List<Importer> importers() {
    return importers;
  }

  public Optional<Importer> byId(String formatId) {
    return importers.stream().filter(i -> i.formatId().equals(formatId)).findFirst();
  }

  /** The importer most sure that it reads the sample, if any is. */
  public Optional<Importer> detect(FileSample sample) {
    return importers.stream()
        .filter(importer -> importer.sniff(sample) > 0)
        .max(Comparator.comparingInt(importer -> importer.sniff(sample)));
  }
}
