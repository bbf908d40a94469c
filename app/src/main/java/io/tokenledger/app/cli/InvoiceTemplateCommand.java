package io.tokenledger.app.cli;

import io.tokenledger.engine.task.Cancellation;
import io.tokenledger.engine.task.ProgressListener;
import io.tokenledger.engine.workspace.Workspace;
import io.tokenledger.importers.DefaultImportService;
import io.tokenledger.importers.ImportOptions;
import io.tokenledger.importers.ImportReport;
import io.tokenledger.importers.ImporterRegistry;
import io.tokenledger.importers.RejectedRow;
import io.tokenledger.importers.invoice.DefaultInvoiceTemplateService;
import io.tokenledger.importers.invoice.InvoiceLinePreview;
import io.tokenledger.importers.invoice.InvoiceMapping;
import io.tokenledger.importers.invoice.InvoicePreview;
import io.tokenledger.importers.invoice.InvoiceTemplate;
import io.tokenledger.importers.invoice.InvoiceTemplateService;
import io.tokenledger.importers.sheet.SheetRows;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code tokenledger invoice-template}: the invoice mapping step without the desktop app. Show a
 * sheet's columns, preview a mapping, save it as a named template (later files of the same shape
 * then import with plain {@code tokenledger import}), list, delete, or import with a named template
 * whatever the file's shape.
 */
@Command(
    name = "invoice-template",
    description = "Map the columns of an invoice sheet (CSV or XLSX) once, as a named template.",
    subcommands = {
      InvoiceTemplateCommand.Show.class,
      InvoiceTemplateCommand.Preview.class,
      InvoiceTemplateCommand.Save.class,
      InvoiceTemplateCommand.ListTemplates.class,
      InvoiceTemplateCommand.Delete.class,
      InvoiceTemplateCommand.Import.class
    })
final class InvoiceTemplateCommand implements Runnable {

  @ParentCommand TokenLedgerCommand root;
  @Spec CommandSpec spec;

  private static final InvoiceTemplateService TEMPLATES = new DefaultInvoiceTemplateService();

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** The column options of a mapping, shared by preview and save. */
  static final class MappingOptions {
    @Option(names = "--date", required = true, paramLabel = "COLUMN", description = "Date column.")
    String date;

    @Option(
        names = "--amount",
        required = true,
        paramLabel = "COLUMN",
        description = "Amount column.")
    String amount;

    @Option(names = "--currency", paramLabel = "COLUMN", description = "Currency column.")
    String currency;

    @Option(names = "--description", paramLabel = "COLUMN", description = "Description column.")
    String description;

    @Option(names = "--model", paramLabel = "COLUMN", description = "Model column.")
    String model;

    @Option(names = "--quantity", paramLabel = "COLUMN", description = "Quantity column.")
    String quantity;

    @Option(
        names = "--unit",
        paramLabel = "COLUMN",
        description = "Unit column (tokens, 1M tokens).")
    String unit;

    @Option(
        names = "--default-currency",
        paramLabel = "CODE",
        description = "Currency when there is no currency column or a cell is empty.")
    String defaultCurrency;

    @Option(
        names = "--provider",
        paramLabel = "NAME",
        description = "Vendor of the invoice (anthropic, openai, ...); default: invoice.")
    String provider;

    @Option(
        names = "--date-format",
        paramLabel = "FORMAT",
        description = "strptime format for ambiguous dates, such as %%d/%%m/%%Y.")
    String dateFormat;

    @Option(
        names = "--sheet",
        paramLabel = "NAME",
        description = "XLSX sheet to read (default: the first).")
    String sheet;

    @Option(
        names = "--header-row",
        paramLabel = "N",
        description = "Row of the header, counted from 1 (default: 1).")
    Integer headerRow;

    InvoiceMapping mapping() {
      return new InvoiceMapping(
          date,
          amount,
          currency,
          description,
          model,
          quantity,
          unit,
          defaultCurrency,
          provider,
          dateFormat,
          sheet,
          headerRow);
    }
  }

  /** {@code show FILE}: the columns, the first rows and the template that would apply. */
  @Command(name = "show", description = "Print a sheet's columns and first rows.")
  static final class Show implements Callable<Integer> {
    @ParentCommand InvoiceTemplateCommand parent;
    @Spec CommandSpec spec;

    @Option(
        names = {"-w", "--workspace"},
        paramLabel = "FILE",
        description = "Also say which template of this workspace applies.")
    Path workspace;

    @Option(
        names = "--rows",
        defaultValue = "5",
        description = "Rows to show (default: ${DEFAULT-VALUE}).")
    int rows;

    @Parameters(paramLabel = "FILE")
    Path file;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      SheetRows sheet = TEMPLATES.readSheet(file, rows);
      TextTable table = new TextTable(sheet.header());
      sheet.paddedRows().forEach(table::row);
      out.print(table.toText());
      if (workspace != null && Files.exists(workspace)) {
        try (Workspace ws = parent.root.openReadOnly(workspace)) {
          Optional<InvoiceTemplate> template = TEMPLATES.matching(ws, file);
          out.println(
              template
                  .map(t -> "template for this shape: " + t.name())
                  .orElse("no template for this shape yet: map it with 'invoice-template save'"));
        }
      }
      out.flush();
      return 0;
    }
  }

  /** {@code preview FILE}: what the import would take with a mapping, writing nothing. */
  @Command(name = "preview", description = "Show what importing a sheet with a mapping would give.")
  static final class Preview implements Callable<Integer> {
    @Spec CommandSpec spec;

    @ArgGroup(exclusive = false, multiplicity = "1")
    MappingOptions mapping;

    @Option(
        names = "--rows",
        defaultValue = "20",
        description = "Lines to show (default: ${DEFAULT-VALUE}).")
    int rows;

    @Parameters(paramLabel = "FILE")
    Path file;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      InvoicePreview preview = TEMPLATES.preview(file, mapping.mapping(), rows);
      TextTable table =
          new TextTable(
              "line", "date", "amount", "currency", "description", "model", "bucket", "tokens");
      for (InvoiceLinePreview line : preview.lines()) {
        table.row(
            Long.toString(line.line()),
            String.valueOf(line.date()),
            line.amount().stripTrailingZeros().toPlainString(),
            line.currency(),
            line.description() == null ? "" : line.description(),
            line.model() == null
                ? (line.modelRaw() == null ? "" : line.modelRaw() + " (unresolved)")
                : line.model(),
            line.tokenBucket() == null ? "" : line.tokenBucket(),
            line.tokens() == null ? "" : line.tokens().toString());
      }
      out.print(table.toText());
      out.println(preview.totalLines() + " line(s), " + preview.rejects().size() + " rejected");
      for (RejectedRow reject : preview.rejects()) {
        out.println("  rejected " + reject);
      }
      for (String warning : preview.warnings()) {
        out.println("  warning: " + warning);
      }
      out.flush();
      return preview.rejects().isEmpty() ? 0 : 1;
    }
  }

  /** {@code save --name NAME FILE}: saves the mapping for the shape of FILE. */
  @Command(name = "save", description = "Save a mapping as a named template for the sheet's shape.")
  static final class Save implements Callable<Integer> {
    @ParentCommand InvoiceTemplateCommand parent;
    @Spec CommandSpec spec;
    @Mixin WorkspaceOption workspace;

    @Option(names = "--name", required = true, description = "The template's name.")
    String name;

    @ArgGroup(exclusive = false, multiplicity = "1")
    MappingOptions mapping;

    @Parameters(paramLabel = "FILE", description = "A sheet of the shape to map.")
    Path file;

    @Override
    public Integer call() {
      SheetRows sheet = TEMPLATES.readSheet(file, mapping.mapping().layout(), 0);
      try (Workspace ws = parent.root.openOrCreate(workspace.file)) {
        InvoiceTemplate saved = TEMPLATES.save(ws, name, sheet.header(), mapping.mapping());
        spec.commandLine()
            .getOut()
            .println(
                "Saved invoice template '"
                    + saved.name()
                    + "' for sheets with columns: "
                    + String.join(", ", saved.header()));
      }
      return 0;
    }
  }

  /** {@code list}: the workspace's templates. */
  @Command(name = "list", description = "List the workspace's invoice templates.")
  static final class ListTemplates implements Callable<Integer> {
    @ParentCommand InvoiceTemplateCommand parent;
    @Spec CommandSpec spec;
    @Mixin WorkspaceOption workspace;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      try (Workspace ws = parent.root.openReadOnly(workspace.file)) {
        TextTable table =
            new TextTable("name", "provider", "date", "amount", "currency", "columns");
        for (InvoiceTemplate t : TEMPLATES.list(ws)) {
          InvoiceMapping m = t.mapping();
          table.row(
              t.name(),
              m.provider() == null ? "" : m.provider(),
              m.date(),
              m.amount(),
              m.currency() != null ? m.currency() : "default " + m.defaultCurrency(),
              String.join(", ", t.header()));
        }
        out.print(table.toText());
      }
      out.flush();
      return 0;
    }
  }

  /** {@code delete --name NAME}. */
  @Command(name = "delete", description = "Delete an invoice template.")
  static final class Delete implements Callable<Integer> {
    @ParentCommand InvoiceTemplateCommand parent;
    @Spec CommandSpec spec;
    @Mixin WorkspaceOption workspace;

    @Option(names = "--name", required = true)
    String name;

    @Override
    public Integer call() {
      try (Workspace ws = parent.root.open(workspace.file)) {
        boolean deleted = TEMPLATES.delete(ws, name);
        spec.commandLine()
            .getOut()
            .println(deleted ? "Deleted " + name : "No template named " + name);
        return deleted ? 0 : 1;
      }
    }
  }

  /** {@code import --template NAME FILE...}: imports with one template whatever the shape. */
  @Command(name = "import", description = "Import invoice sheets with a named template.")
  static final class Import implements Callable<Integer> {
    @ParentCommand InvoiceTemplateCommand parent;
    @Spec CommandSpec spec;
    @Mixin WorkspaceOption workspace;

    @Option(names = "--template", required = true, paramLabel = "NAME")
    String template;

    @Option(names = "--replace", description = "Import files again even if imported before.")
    boolean replace;

    @Option(names = "--skip-bad-rows", description = "Import the valid rows and record the rest.")
    boolean skipBadRows;

    @Parameters(arity = "1..*", paramLabel = "FILE")
    List<Path> files;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      DefaultImportService service =
          new DefaultImportService(new ImporterRegistry(List.of(TEMPLATES.importerFor(template))));
      int failures = 0;
      try (Workspace ws = parent.root.open(workspace.file)) {
        for (Path file : files) {
          ImportReport report =
              service.importFile(
                  ws,
                  file,
                  new ImportOptions("invoice", replace, skipBadRows),
                  ProgressListener.NONE,
                  Cancellation.none());
          failures += report.succeeded() ? 0 : 1;
          ImportCommand.print(report, out, err);
        }
      }
      return failures == 0 ? 0 : 1;
    }
  }
}
