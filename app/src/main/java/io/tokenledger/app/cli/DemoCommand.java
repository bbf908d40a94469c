package io.tokenledger.app.cli;

import io.tokenledger.app.demo.DemoBuilder;
import io.tokenledger.engine.task.Cancellation;
import io.tokenledger.engine.task.ProgressListener;
import io.tokenledger.importers.ImportReport;
import io.tokenledger.sampledata.DemoManifest;
import io.tokenledger.sampledata.DemoOptions;
import io.tokenledger.sampledata.GeneratedFile;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code tokenledger demo}: the demo company as a ready workspace ({@code --out}) or as its raw
 * files in the real source formats ({@code --files}), seeded and scalable.
 */
@Command(
    name = "demo",
    description = {
      "Build the demo workspace (--out W.tlw) or write the demo company's files (--files DIR).",
      "The same seed gives byte-identical files; --scale grows clients, months and requests."
    })
final class DemoCommand implements Callable<Integer> {

  @ParentCommand TokenLedgerCommand root;
  @Spec CommandSpec spec;

  @Option(names = "--out", paramLabel = "FILE", description = "Create this demo workspace.")
  Path out;

  @Option(
      names = "--files",
      paramLabel = "DIR",
      description = "Write the demo company's files here.")
  Path files;

  @Option(
      names = "--seed",
      defaultValue = "" + DemoOptions.DEFAULT_SEED,
      description = "Random seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--scale",
      defaultValue = "1",
      description = "Size factor: 1 is ~150k requests over 6 months (default: ${DEFAULT-VALUE}).")
  double scale;

  @Override
  public Integer call() throws Exception {
    if ((out == null) == (files == null)) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "Give either --out FILE or --files DIR");
    }
    PrintWriter printer = spec.commandLine().getOut();
    if (files != null) {
      DemoManifest manifest = DemoBuilder.writeFiles(files, seed, scale);
      for (GeneratedFile file : manifest.files()) {
        printer.printf(
            "%-22s %10d  %s%n", file.format(), file.rows(), files.relativize(file.path()));
      }
      printer.printf(
          "%d files for %s, %s to %s%n",
          manifest.files().size(), manifest.company(), manifest.firstDay(), manifest.lastDay());
      return 0;
    }
    long started = System.nanoTime();
    List<ImportReport> reports =
        new DemoBuilder(root.services)
            .build(out, seed, scale, ProgressListener.NONE, Cancellation.none());
    long rows = reports.stream().mapToLong(ImportReport::rowsImported).sum();
    printer.printf(
        "Created demo workspace %s: %d files, %d rows imported, allocated [%.1f s]%n",
        out.getFileName(), reports.size(), rows, (System.nanoTime() - started) / 1e9);
    return 0;
  }
}
