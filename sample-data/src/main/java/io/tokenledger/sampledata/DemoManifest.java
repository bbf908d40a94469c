package io.tokenledger.sampledata;

import java.time.LocalDate;
import java.util.List;

/**
 * What {@link DemoCompany#generate} wrote and the answers planted in it.
 *
 * @param company the demo company's name
 * @param firstDay the first day of the period (UTC)
 * @param lastDay the last day of the period, inclusive
 * @param seed the seed used
 * @param scale the scale used
 * @param files every file written, in a stable order
 * @param facts the planted answers, measured on the generated data
 */
public record DemoManifest(
    String company,
    LocalDate firstDay,
    LocalDate lastDay,
    long seed,
    double scale,
    List<GeneratedFile> files,
    PlantedFacts facts) {

  /** The files of one format. */
  public List<GeneratedFile> files(String format) {
    return files.stream().filter(f -> f.format().equals(format)).toList();
  }

  /** Data rows of one format across its files. */
  public long rows(String format) {
    return files(format).stream().mapToLong(GeneratedFile::rows).sum();
  }
}
