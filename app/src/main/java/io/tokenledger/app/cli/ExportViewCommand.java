package io.tokenledger.app.cli;

import io.tokenledger.app.context.Period;
import io.tokenledger.engine.explore.PivotRequest;
import io.tokenledger.engine.explore.PivotResult;
import io.tokenledger.engine.export.PivotExport;
import io.tokenledger.engine.export.PivotLine;
import io.tokenledger.engine.export.PivotTable;
import io.tokenledger.engine.task.Cancellation;
import io.tokenledger.engine.workspace.Workspace;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code tokenledger export view}: the pivot the Explore page would show for the same choices, with
 * its subtotals and grand total, to CSV or Excel ("export what you see", headless).
 */
@Command(
    name = "view",
    description = {
      "Export a pivot as the Explore page shows it (subtotals, grand total, %% of total) to a .csv"
          + " or .xlsx file, under a header block stating period, filters and currency.",
      "Dimensions and measures as for 'query'."
    })
final class ExportViewCommand implements Callable<Integer> {

  @ParentCommand ExportCommand export;
  @Spec CommandSpec spec;
  @Mixin WorkspaceOption workspace;
  @Mixin PivotOptions pivot;

  @Option(
      names = {"-o", "--out"},
      required = true,
      paramLabel = "FILE",
      description = "The file to write; its extension (.csv or .xlsx) sets the format.")
  Path out;

  @Option(
      names = "--compare",
      description =
          "Add the change against the period just before (needs --period, or --from and --until).")
  boolean compare;

  @Override
  public Integer call() throws IOException {
    try {
      PivotExport.Format.of(out);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    PivotRequest request = pivot.request(spec);
    Period previous = compare ? previousPeriod(request) : null;
    PivotTable table;
    try (Workspace ws = export.root.open(workspace.file)) {
      export.root.services.allocationService().refresh(ws);
      PivotResult current =
          export.root.services.exploreService().pivot(ws, request, Cancellation.none());
      PivotResult before =
          previous == null
              ? null
              : export
                  .root
                  .services
                  .exploreService()
                  .pivot(
                      ws,
                      request.withPeriod(previous.from(), previous.until()),
                      Cancellation.none());
      table = PivotTable.of(current, before, previous == null ? null : previous.label());
    }
    write(table);
    PrintWriter printer = spec.commandLine().getOut();
    long subtotals =
        table.lines().stream().filter(l -> l.kind() == PivotLine.Kind.SUBTOTAL).count();
    printer.println(
        "wrote "
            + out
            + ": "
            + (table.lines().size() - 1 - subtotals)
            + " lines, "
            + subtotals
            + " subtotals and the grand total, in "
            + request.currency());
    printer.flush();
    return 0;
  }

  /** Writes beside the target first, so that a failure never leaves half a file under its name. */
  private void write(PivotTable table) throws IOException {
    Path target = out.toAbsolutePath();
    String name = target.getFileName().toString();
    int dot = name.lastIndexOf('.');
    // The extension stays last: it chooses the format.
    Path partial = target.resolveSibling(name.substring(0, dot) + ".partial" + name.substring(dot));
    try {
      new PivotExport(table, workspace.file.getFileName().toString(), Instant.now()).write(partial);
      Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(partial);
    }
  }

  private Period previousPeriod(PivotRequest request) {
    if (request.from() == null || request.until() == null) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--compare needs a period: --period, or --from and --until");
    }
    return Period.days(request.from(), request.until().minusDays(1)).previous().orElseThrow();
  }
}
