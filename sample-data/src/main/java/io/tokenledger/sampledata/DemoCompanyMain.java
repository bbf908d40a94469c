package io.tokenledger.sampledata;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Generates the demo company's files without the app, for benchmarks: {@code DemoCompanyMain
 * OUT_DIR [SEED] [SCALE]}. Prints each file with its format and rows, then the time taken.
 */
public final class DemoCompanyMain {

  private DemoCompanyMain() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 1 || args.length > 3) {
      System.err.println("usage: DemoCompanyMain OUT_DIR [SEED] [SCALE]");
      System.exit(2);
      return;
    }
    Path out = Path.of(args[0]);
    long seed = args.length > 1 ? Long.parseLong(args[1]) : DemoOptions.DEFAULT_SEED;
    double scale = args.length > 2 ? Double.parseDouble(args[2]) : 1.0;
    long start = System.nanoTime();
    DemoManifest manifest = DemoCompany.generate(out, new DemoOptions(seed, scale));
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
