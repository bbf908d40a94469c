package io.tokenledger.app.demo;

import io.tokenledger.app.AppServices;
import io.tokenledger.engine.task.Cancellation;
import io.tokenledger.engine.task.ProgressListener;
import io.tokenledger.engine.workspace.Workspace;
import io.tokenledger.engine.workspace.WorkspaceException;
import io.tokenledger.engine.workspace.WorkspaceOptions;
import io.tokenledger.importers.ImportOptions;
import io.tokenledger.importers.ImportReport;
import io.tokenledger.sampledata.DemoCompany;
import io.tokenledger.sampledata.DemoFormats;
import io.tokenledger.sampledata.DemoManifest;
import io.tokenledger.sampledata.DemoOptions;
import io.tokenledger.sampledata.DemoSource;
import io.tokenledger.sampledata.GeneratedFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Builds a demo workspace the way a user would: the demo company's files are generated, then
 * imported through the real importers (never written to tables directly), then allocated. One
 * request-level source is imported (the company's usage ledger) beside the bills and the providers'
 * usage exports, so that no request is counted twice; the trace exports stay on disk for whoever
 * wants to try them (`demo --files`).
 */
public final class DemoBuilder {

  /** The formats the demo workspace imports, in import order: usage, then bills, then exports. */
  public static final List<String> IMPORTED_FORMATS =
      List.of(
          DemoFormats.GENERIC_USAGE_CSV,
          DemoFormats.OPENAI_COSTS_API,
          DemoFormats.ANTHROPIC_COST_REPORT,
          DemoFormats.AWS_CUR2,
          DemoFormats.GCP_BILLING_EXPORT,
          DemoFormats.OPENAI_USAGE_API,
          DemoFormats.ANTHROPIC_USAGE_REPORT,
          // the finance team's sheet as it keeps it (XLSX; the CSV holds the same rows)
          DemoFormats.REVENUE_XLSX,
          DemoFormats.FX_RATES_CSV);

  private static final Set<DemoSource> SOURCES =
      EnumSet.of(
          DemoSource.LEDGER,
          DemoSource.PROVIDER_EXPORTS,
          DemoSource.CLOUD_BILL,
          DemoSource.REVENUE);

  private final AppServices services;

  public DemoBuilder(AppServices services) {
    this.services = services;
  }

  /** Writes the demo company's files (every source) to {@code dir}. */
  public static DemoManifest writeFiles(Path dir, long seed, double scale) throws IOException {
    return DemoCompany.generate(dir, new DemoOptions(seed, scale));
  }

  /**
   * Creates {@code target} as a demo workspace. Nothing is left behind when it fails: the half-made
   * workspace and the generated files are deleted.
   *
   * @return the import reports, one per file
   */
  public List<ImportReport> build(
      Path target, long seed, double scale, ProgressListener progress, Cancellation cancellation)
      throws IOException {
    if (Files.exists(target)) {
      throw new WorkspaceException(target + " already exists: choose another name");
    }
    Path files = Files.createTempDirectory("tokenledger-demo-");
    boolean built = false;
    try {
      progress.progress(0, -1, "Generating the demo company's files");
      DemoManifest manifest = DemoCompany.generate(files, new DemoOptions(seed, scale, SOURCES));
      List<GeneratedFile> toImport = new ArrayList<>();
      for (String format : IMPORTED_FORMATS) {
        toImport.addAll(manifest.files(format));
      }
      List<ImportReport> reports = new ArrayList<>();
      try (Workspace workspace =
          services.workspaceStore().create(target, WorkspaceOptions.defaults())) {
        for (int i = 0; i < toImport.size(); i++) {
          GeneratedFile file = toImport.get(i);
          progress.progress(i, toImport.size() + 1, "Importing " + file.path().getFileName());
          ImportReport report =
              services
                  .importService()
                  .importFile(
                      workspace,
                      file.path(),
                      ImportOptions.defaults(),
                      ProgressListener.NONE,
                      cancellation);
          if (!report.succeeded()) {
            throw new WorkspaceException("The demo could not be built: " + report.message());
          }
          reports.add(report);
        }
        progress.progress(toImport.size(), toImport.size() + 1, "Allocating invoiced cost");
        services.allocationService().run(workspace, ProgressListener.NONE, cancellation);
      }
      built = true;
      return reports;
    } finally {
      deleteTree(files);
      if (!built) {
        Files.deleteIfExists(target);
        Files.deleteIfExists(target.resolveSibling(target.getFileName() + ".wal"));
      }
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder())
          .forEach(
              path -> {
                try {
                  Files.delete(path);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    }
  }
}
