package io.tokenledger.app.cli;

import io.tokenledger.engine.task.Cancellation;
import io.tokenledger.engine.task.ProgressListener;
import io.tokenledger.engine.workspace.Workspace;
import io.tokenledger.importers.ImportOptions;
import io.tokenledger.importers.ImportReport;
import io.tokenledger.importers.RejectedRow;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code tokenledger import}: imports files into a workspace, each all or nothing. */
@Command(
    name = "import",
    description = {
      "Import source files into a workspace (created if missing); the format is detected.",
      "Each file is imported whole or not at all. Exit code 1 when any file was not imported."
    })
final class ImportCommand implements Callable<Integer> {

  @ParentCommand TokenLedgerCommand root;
  @Spec CommandSpec spec;
  @Mixin WorkspaceOption workspace;

  @Option(
      names = "--format",
      paramLabel = "ID",
      description = "Use this importer instead of detecting one.")
  String format;

  @Option(
      names = "--replace",
      description = "Import files again even if their content was imported before.")
  boolean replace;

  @Option(
      names = "--skip-bad-rows",
      description = "Import the valid rows and record the rejected ones.")
  boolean skipBadRows;

  @Parameters(
      arity = "1..*",
      paramLabel = "FILE",
      description = "Files (or folders of partitioned files) to import.")
  List<Path> files;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Cancellation cancellation = new Cancellation();
    Thread cancelOnInterrupt = new Thread(cancellation::cancel, "cancel-import");
    Runtime.getRuntime().addShutdownHook(cancelOnInterrupt);
    boolean created = !Files.exists(workspace.file);
    int failures = 0;
    try (Workspace ws = root.openOrCreate(workspace.file)) {
      if (created) {
        out.println("Created workspace " + ws.displayName());
      }
      ImportOptions options = new ImportOptions(format, replace, skipBadRows);
      for (Path file : files) {
        ImportReport report =
            root.services
                .importService()
                .importFile(ws, file, options, ProgressListener.NONE, cancellation);
        if (!report.succeeded()) {
          failures++;
        }
        print(report, out, err);
      }
    } finally {
      removeHook(cancelOnInterrupt);
    }
    return failures == 0 ? 0 : 1;
  }

  static void print(ImportReport report, PrintWriter out, PrintWriter err) {
    String timing = String.format(" [%.1f s]", report.duration().toMillis() / 1000.0);
    switch (report.status()) {
      case IMPORTED -> {
        out.println(report.message() + ", " + report.rowsRejected() + " rejected" + timing);
        for (String warning : report.warnings()) {
          out.println("  warning: " + warning);
        }
        for (RejectedRow reject : report.rejects()) {
          out.println("  skipped " + reject);
        }
      }
      case ALREADY_IMPORTED -> out.println(report.message());
      default -> {
        err.println("error: " + report.message());
        for (RejectedRow reject : report.rejects()) {
          err.println("  " + reject);
        }
        if (report.rowsRejected() > report.rejects().size()) {
          err.println("  ... and " + (report.rowsRejected() - report.rejects().size()) + " more");
        }
      }
    }
  }

  private static void removeHook(Thread hook) {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // the JVM is exiting (Ctrl-C): the hook has cancelled the import
    }
  }
}
