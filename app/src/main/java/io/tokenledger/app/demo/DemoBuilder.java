package io.tokenledger.app.demo;

import io.tokenledger.app.AppServices;
import io.tokenledger.engine.pricing.DefaultPricingService;
import io.tokenledger.engine.pricing.PriceCatalogFormat;
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
import io.tokenledger.sampledata.focus.FocusCloudBillWriter;
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
 * imported through the real importers (never written to tables directly), then allocated. The price
 * book is seeded from the shipped LiteLLM catalog first, so every import arrives priced. The
 * company's request ledger, the providers' usage exports and the trace exports (OTLP, Langfuse,
 * LiteLLM spend logs) all record the same requests: the allocation counts the ledger per
 * provider-day and the Reconcile page compares the invoice with the usage export and the traces.
 */
public final class DemoBuilder {

  /**
   * The formats the demo workspace imports, in import order: usage, then bills, then exports, then
   * GPU metrics. The cloud bill is on disk twice per cloud (CUR 2.0 or the BigQuery export, and
   * FOCUS 1.2): the demo imports AWS through its CUR and Google Cloud through its FOCUS file, so
   * each charge counts once (sample-data/README.md).
   */
  public static final List<String> IMPORTED_FORMATS =
      List.of(
          DemoFormats.GENERIC_USAGE_CSV,
          DemoFormats.OPENAI_COSTS_API,
          DemoFormats.ANTHROPIC_COST_REPORT,
          DemoFormats.AWS_CUR2,
          DemoFormats.FOCUS_CSV,
          DemoFormats.OPENAI_USAGE_API,
          DemoFormats.ANTHROPIC_USAGE_REPORT,
          DemoFormats.OTEL_OTLP_JSON,
          DemoFormats.LANGFUSE_TRACES,
          DemoFormats.LITELLM_SPEND_LOGS,
          DemoFormats.GPU_INVENTORY_CSV,
          DemoFormats.GPU_METRICS_CSV,
          // the finance team's sheet as it keeps it (XLSX; the CSV holds the same rows)
          DemoFormats.REVENUE_XLSX,
          DemoFormats.FX_RATES_CSV);

  /**
   * The trace formats, imported for {@link #TRACE_MONTHS} only: a subset of the same traffic the
   * ledger holds, enough for the Reconcile page, at a fraction of the build time of all months.
   */
  static final Set<String> TRACE_FORMATS =
      Set.of(
          DemoFormats.OTEL_OTLP_JSON, DemoFormats.LANGFUSE_TRACES, DemoFormats.LITELLM_SPEND_LOGS);

  /**
   * The month of trace files imported: July 2026, with the LiteLLM spend-log outage of 2026-07-14
   * and 15 (a planted "missing traces" gap). All six months would add about 110 s to the build on
   * the shared build machine (one month of the three formats: about 18 s).
   */
  static final List<String> TRACE_MONTHS = List.of("2026-07");

  private static final Set<DemoSource> SOURCES =
      EnumSet.of(
          DemoSource.LEDGER,
          DemoSource.PROVIDER_EXPORTS,
          DemoSource.CLOUD_BILL,
          DemoSource.TRACES,
          DemoSource.GPU,
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
      List<Path> toImport = toImport(manifest);
      List<ImportReport> reports = new ArrayList<>();
      try (Workspace workspace =
          services.workspaceStore().create(target, WorkspaceOptions.defaults())) {
        progress.progress(0, toImport.size() + 1, "Seeding the price book");
        new DefaultPricingService()
            .importShippedCatalog(workspace, PriceCatalogFormat.LITELLM, null);
        for (int i = 0; i < toImport.size(); i++) {
          Path file = toImport.get(i);
          progress.progress(i, toImport.size() + 1, "Importing " + file.getFileName());
          ImportReport report =
              services
                  .importService()
                  .importFile(
                      workspace,
                      file,
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

  private static boolean isTraceMonth(GeneratedFile file) {
    String name = file.path().getFileName().toString();
    return TRACE_MONTHS.stream().anyMatch(name::contains);
  }

  /**
   * Every file of the imported formats, except the FOCUS rendering of the AWS bill (see above) and
   * the trace files outside {@link #TRACE_MONTHS}. Google Cloud's monthly FOCUS files are one
   * folder source: the FOCUS importer reads and checks them in one pass, several times faster than
   * file by file.
   */
  private static List<Path> toImport(DemoManifest manifest) {
    List<Path> paths = new ArrayList<>();
    for (String format : IMPORTED_FORMATS) {
      for (GeneratedFile file : manifest.files(format)) {
        if (TRACE_FORMATS.contains(format) && !isTraceMonth(file)) {
          continue;
        }
        if (!format.equals(DemoFormats.FOCUS_CSV)) {
          paths.add(file.path());
        } else if (FocusCloudBillWriter.isGoogleCloud(file)
            && !paths.contains(file.path().getParent())) {
          paths.add(file.path().getParent());
        }
      }
    }
    return paths;
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
