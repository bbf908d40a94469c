package io.tokenledger.app.cli;

import io.tokenledger.engine.workspace.Workspace;
import io.tokenledger.importers.revenue.DefaultRevenueTemplateService;
import io.tokenledger.importers.revenue.RevenueMapping;
import io.tokenledger.importers.revenue.RevenueTemplate;
import io.tokenledger.importers.revenue.RevenueTemplateService;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code tokenledger revenue-template}: map the columns of a revenue sheet of another shape once;
 * later files of that shape import with plain {@code tokenledger import --format revenue}. Sheets
 * whose header already says client, period_start (or month), amount and currency need no template.
 */
@Command(
    name = "revenue-template",
    description = "Map the columns of a revenue sheet (CSV or XLSX) once, as a named template.",
    subcommands = {RevenueTemplateCommand.Save.class, RevenueTemplateCommand.ListTemplates.class})
final class RevenueTemplateCommand implements Runnable {

  @ParentCommand TokenLedgerCommand root;
  @Spec CommandSpec spec;

  private static final RevenueTemplateService TEMPLATES = new DefaultRevenueTemplateService();

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** {@code save FILE}: the mapping of this file's shape, under a name. */
  @Command(name = "save", description = "Save the column mapping of a revenue sheet's shape.")
  static final class Save implements Callable<Integer> {
    @ParentCommand RevenueTemplateCommand parent;
    @Spec CommandSpec spec;
    @Mixin WorkspaceOption workspace;

    @Option(names = "--name", required = true, description = "The template's name.")
    String name;

    @Option(
        names = "--client",
        required = true,
        paramLabel = "COLUMN",
        description = "Client name column.")
    String client;

    @Option(names = "--client-id", paramLabel = "COLUMN", description = "Client id column.")
    String clientId;

    @Option(
        names = "--period-start",
        required = true,
        paramLabel = "COLUMN",
        description = "Period start column (a date or a month such as 2026-10).")
    String periodStart;

    @Option(
        names = "--period-end",
        paramLabel = "COLUMN",
        description = "Period end column (included); default: the end of the start's month.")
    String periodEnd;

    @Option(
        names = "--amount",
        required = true,
        paramLabel = "COLUMN",
        description = "Amount column.")
    String amount;

    @Option(names = "--currency", paramLabel = "COLUMN", description = "Currency column.")
    String currency;

    @Option(
        names = "--default-currency",
        paramLabel = "CODE",
        description = "Currency when there is no currency column or a cell is empty.")
    String defaultCurrency;

    @Option(
        names = "--date-format",
        paramLabel = "FORMAT",
        description = "strptime format for ambiguous dates, such as %%d/%%m/%%Y.")
    String dateFormat;

    @Parameters(paramLabel = "FILE")
    Path file;

    @Override
    public Integer call() {
      RevenueMapping mapping =
          new RevenueMapping(
              client,
              clientId,
              periodStart,
              periodEnd,
              amount,
              currency,
              defaultCurrency,
              dateFormat);
      try (Workspace ws = parent.root.openOrCreate(workspace.file)) {
        RevenueTemplate saved =
            TEMPLATES.save(ws, name, TEMPLATES.readSheet(file, 0).header(), mapping);
        PrintWriter out = spec.commandLine().getOut();
        out.println("Saved revenue template '" + saved.name() + "'");
        out.flush();
      }
      return 0;
    }
  }

  /** {@code list}: the workspace's revenue templates. */
  @Command(name = "list", description = "List the workspace's revenue templates.")
  static final class ListTemplates implements Callable<Integer> {
    @ParentCommand RevenueTemplateCommand parent;
    @Spec CommandSpec spec;
    @Mixin WorkspaceOption workspace;

    @Override
    public Integer call() {
      TextTable table = new TextTable("name", "columns", "updated");
      try (Workspace ws = parent.root.openReadOnly(workspace.file)) {
        for (RevenueTemplate t : TEMPLATES.list(ws)) {
          table.row(t.name(), String.join(", ", t.header()), String.valueOf(t.updatedAt()));
        }
      }
      PrintWriter out = spec.commandLine().getOut();
      out.print(table.toText());
      out.flush();
      return 0;
    }
  }
}
