package io.tokenledger.app.cli;

import io.tokenledger.app.AppVersion;
import io.tokenledger.engine.showback.PoiShowbackService;
import io.tokenledger.engine.showback.ShowbackGrouping;
import io.tokenledger.engine.showback.ShowbackPack;
import io.tokenledger.engine.showback.ShowbackRequest;
import io.tokenledger.engine.showback.ShowbackSection;
import io.tokenledger.engine.showback.ShowbackService;
import io.tokenledger.engine.showback.ShowbackSummary;
import io.tokenledger.engine.task.Cancellation;
import io.tokenledger.engine.task.ProgressListener;
import io.tokenledger.engine.workspace.Workspace;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code tokenledger export showback}: the showback pack for a month, headless, for scheduled
 * packs. One workbook for every audience, or with {@code --split} one per audience (named after the
 * output file and the audience).
 */
@Command(
    name = "showback",
    description = {
      "Write a showback pack (Excel) for a month, grouped by client, team or feature.",
      "Sections: summary, groups, unit-economics, asymmetry, rate-card, methodology, detail."
    })
final class ExportShowbackCommand implements Callable<Integer> {

  @ParentCommand ExportCommand export;
  @Spec CommandSpec spec;
  @Mixin WorkspaceOption workspace;

  @Option(names = "--period", required = true, paramLabel = "YYYY-MM", description = "The month.")
  YearMonth period;

  @Option(
      names = "--by",
      defaultValue = "client",
      paramLabel = "client|team|feature",
      description = "One audience per client, team or feature (default: ${DEFAULT-VALUE}).")
  String by;

  @Option(
      names = {"-o", "--out"},
      required = true,
      paramLabel = "FILE",
      description = "The workbook to write (.xlsx); with --split, the name each file is based on.")
  Path out;

  @Option(names = "--split", description = "One workbook per audience instead of one for all.")
  boolean split;

  @Option(
      names = "--audience",
      paramLabel = "NAME",
      description = "Only these audiences (repeat for several); default: all with cost.")
  List<String> audiences = new ArrayList<>();

  @Option(
      names = "--sections",
      split = ",",
      paramLabel = "SECTION",
      description = "Sections to include (default: all).")
  List<String> sections;

  @Option(
      names = "--currency",
      defaultValue = "USD",
      description = "Reporting currency (default: ${DEFAULT-VALUE}).")
  String currency;

  @Option(
      names = "--max-sheets",
      defaultValue = "" + ShowbackRequest.DEFAULT_MAX_GROUP_SHEETS,
      paramLabel = "N",
      description = "At most N per-audience sheets, for the largest (default: ${DEFAULT-VALUE}).")
  int maxSheets;

  @Override
  public Integer call() {
    ShowbackRequest request = request();
    PrintWriter printer = spec.commandLine().getOut();
    Cancellation cancellation = new Cancellation();
    Thread cancelOnInterrupt = new Thread(cancellation::cancel, "cancel-export");
    Runtime.getRuntime().addShutdownHook(cancelOnInterrupt);
    ShowbackService showback = new PoiShowbackService();
    try (Workspace ws = export.root.open(workspace.file)) {
      export.root.services.allocationService().refresh(ws);
      if (!split) {
        print(printer, showback.export(ws, request, out, ProgressListener.NONE, cancellation));
        return 0;
      }
      for (ShowbackPack pack :
          showback.exportEach(ws, request, out, ProgressListener.NONE, cancellation)) {
        print(printer, pack);
      }
      return 0;
    } finally {
      try {
        Runtime.getRuntime().removeShutdownHook(cancelOnInterrupt);
      } catch (IllegalStateException shuttingDown) {
        // the hook is running: the export is being cancelled
      }
    }
  }

  ShowbackRequest request() {
    ShowbackGrouping grouping =
        ShowbackGrouping.byId(by)
            .orElseThrow(
                () ->
                    new CommandLine.ParameterException(
                        spec.commandLine(),
                        "--by takes client, team or feature, not '" + by + "'"));
    Set<ShowbackSection> chosen = EnumSet.allOf(ShowbackSection.class);
    if (sections != null) {
      chosen = EnumSet.of(ShowbackSection.SUMMARY);
      for (String id : sections) {
        chosen.add(
            ShowbackSection.byId(id)
                .orElseThrow(
                    () ->
                        new CommandLine.ParameterException(
                            spec.commandLine(),
                            "Unknown section '"
                                + id
                                + "'; known: "
                                + Arrays.stream(ShowbackSection.values())
                                    .map(ShowbackSection::id)
                                    .collect(Collectors.joining(", ")))));
      }
    }
    try {
      return new ShowbackRequest(
          period,
          grouping,
          currency,
          new LinkedHashSet<>(audiences),
          chosen,
          maxSheets,
          "TokenLedger " + AppVersion.get());
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  private static void print(PrintWriter printer, ShowbackPack pack) {
    ShowbackSummary summary = pack.summary();
    printer.printf(
        Locale.ROOT,
        "Wrote %s: %d sheets, %,d detail rows; billed %s %s (allocated %s, unallocated %s)"
            + " in %.1f s%n",
        pack.file(),
        pack.sheets().size(),
        pack.detailRows(),
        summary.currency(),
        summary.billed().toPlainString(),
        summary.allocated().toPlainString(),
        summary.unallocated().toPlainString(),
        pack.duration().toMillis() / 1000.0);
    printer.flush();
  }
}
