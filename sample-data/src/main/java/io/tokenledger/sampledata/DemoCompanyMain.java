package io.tokenledger.sampledata;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Generates the demo company's files without the app, for benchmarks: {@code DemoCompanyMain
 * OUT_DIR [SEED] [SCALE] [SOURCES]}, where SOURCES is a comma-separated subset of {@link
 * DemoSource} (for example {@code ledger,cloud_bill}; all by default). Prints each file with its
 * format and rows, the time taken and the planted answers.
 */
public final class DemoCompanyMain {

  private DemoCompanyMain() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 1 || args.length > 4) {
      System.err.println("usage: DemoCompanyMain OUT_DIR [SEED] [SCALE] [SOURCES]");
      System.exit(2);
      return;
    }
    Path out = Path.of(args[0]);
    long seed = args.length > 1 ? Long.parseLong(args[1]) : DemoOptions.DEFAULT_SEED;
    double scale = args.length > 2 ? Double.parseDouble(args[2]) : 1.0;
    Set<DemoSource> sources = EnumSet.allOf(DemoSource.class);
    if (args.length > 3) {
      sources = EnumSet.noneOf(DemoSource.class);
      for (String name : args[3].split(",")) {
        sources.add(DemoSource.valueOf(name.strip().toUpperCase(Locale.ROOT)));
      }
    }
    long start = System.nanoTime();
    DemoManifest manifest = DemoCompany.generate(out, new DemoOptions(seed, scale, sources));
    long millis = (System.nanoTime() - start) / 1_000_000;
    for (GeneratedFile file : manifest.files()) {
      System.out.printf(
          Locale.ROOT,
          "%-24s %10d  %s%n",
          file.format(),
          file.rows(),
          out.toAbsolutePath().relativize(file.path().toAbsolutePath()));
    }
    System.out.printf(
        Locale.ROOT,
        "%s, %s to %s, seed %d, scale %s: %d usage rows in %.1f s%n",
        manifest.company(),
        manifest.firstDay(),
        manifest.lastDay(),
        seed,
        scale,
        manifest.rows(DemoFormats.GENERIC_USAGE_CSV),
        millis / 1000.0);
    System.out.println(manifest.facts());
  }
}
