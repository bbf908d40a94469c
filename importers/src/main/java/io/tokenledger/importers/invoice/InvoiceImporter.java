package io.tokenledger.importers.invoice;

import io.tokenledger.importers.CsvHeader;
import io.tokenledger.importers.FileSample;
import io.tokenledger.importers.ImportContext;
import io.tokenledger.importers.ImportException;
import io.tokenledger.importers.ImportOutcome;
import io.tokenledger.importers.Importer;
import io.tokenledger.importers.models.LedgerTable;
import io.tokenledger.importers.sheet.MappedSheetImport;
import io.tokenledger.importers.sheet.SheetCsv;
import io.tokenledger.importers.sheet.SheetFiles;
import io.tokenledger.importers.sheet.SheetLayout;
import io.tokenledger.importers.sheet.SheetRows;
import io.tokenledger.importers.sheet.SheetTemplateStore;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Imports any invoice sheet (CSV or XLSX) through a column-mapping template saved in the workspace
 * ({@link InvoiceTemplateService}). Without a template name it takes the template saved for the
 * sheet's header shape, so a mapping made once is reapplied to every later file of that shape; a
 * sheet no template knows is refused with the instruction to map it first.
 */
public final class InvoiceImporter implements Importer {

  public static final String FORMAT_ID = "invoice";

  private static final Pattern DATE_COLUMN =
      Pattern.compile("(?i).*\\b(date|day|period|billed|invoice date)\\b.*");
  private static final Pattern AMOUNT_COLUMN =
      Pattern.compile("(?i).*\\b(amount|cost|total|charge|price|usd|eur|gbp|net|gross)\\b.*");

  private final String templateName;

  /** The importer the registry holds: it finds the template by the sheet's header. */
  public InvoiceImporter() {
    this(null);
  }

  /** An importer bound to one named template, for {@code --template NAME}. */
  public InvoiceImporter(String templateName) {
    this.templateName = templateName;
  }

  @Override
  public String formatId() {
    return FORMAT_ID;
  }

  @Override
  public String displayName() {
    return "Invoice sheet (column-mapping template)";
  }

  @Override
  public int sniff(FileSample sample) {
    if (sample.isZip() && sample.lowerName().endsWith(".xlsx")) {
      return 30;
    }
    Optional<CsvHeader> header = sample.csvHeader();
    if (header.isEmpty() || !sample.lowerName().endsWith(".csv")) {
      return 0;
    }
    // The lowest score of all: only a sheet no other format claims, with a date and an amount.
    boolean date = header.get().names().stream().anyMatch(n -> DATE_COLUMN.matcher(n).matches());
    boolean amount =
        header.get().names().stream().anyMatch(n -> AMOUNT_COLUMN.matcher(n).matches());
    return date && amount ? 5 : 0;
  }

  @Override
  public ImportOutcome importInto(ImportContext context) throws SQLException {
    Path file = context.sample().path();
    try {
      InvoiceTemplate template = chooseTemplate(context, file);
      SheetLayout layout = template.mapping().layout();
      return SheetCsv.read(
          file,
          layout.sheet(),
          csv -> {
            // the CSV copy holds the one sheet: only the header row is left to find
            SheetRows sheet = SheetFiles.preview(csv, new SheetLayout(null, layout.headerRow()), 0);
            List<String> header = sheet.header();
            checkMapping(context.sample().fileName(), template.mapping(), header);
            ImportOutcome outcome = new Run(template, header, csv).importInto(context);
            context.warn("read with invoice template '" + template.name() + "'");
            return outcome;
          });
    } catch (IOException e) {
      throw SheetCsv.unreadable(context.sample().fileName(), e);
    }
  }

  private InvoiceTemplate chooseTemplate(ImportContext context, Path file)
      throws SQLException, IOException {
    SheetTemplateStore<InvoiceTemplate, InvoiceMapping> templates =
        new SheetTemplateStore<>(InvoiceTemplate.KIND);
    if (templateName != null) {
      return templates.named(context.connection(), templateName);
    }
    Optional<InvoiceTemplate> matching = match(templates.list(context.connection()), file);
    if (matching.isPresent()) {
      return matching.get();
    }
    throw new ImportException(
        context.sample().fileName()
            + ": no invoice template matches its columns ("
            + String.join(", ", SheetFiles.preview(file, 0).header())
            + "); map them once with 'tokenledger invoice-template save' or in the"
            + " Sources page, and files of this shape import by themselves");
  }

  /**
   * The first template whose header is where it says in {@code file} (its sheet, its header row):
   * the sheet is read once per distinct layout.
   */
  static Optional<InvoiceTemplate> match(List<InvoiceTemplate> templates, Path file)
      throws IOException {
    Map<SheetLayout, String> signatures = new HashMap<>();
    for (InvoiceTemplate template : templates) {
      SheetLayout layout = template.mapping().layout();
      if (!signatures.containsKey(layout)) {
        String signature;
        try {
          signature = SheetFiles.preview(file, layout, 0).signature();
        } catch (ImportException e) {
          signature = ""; // no such sheet, or nothing at that row: not this template's shape
        }
        signatures.put(layout, signature);
      }
      if (signatures.get(layout).equals(template.headerSignature())) {
        return Optional.of(template);
      }
    }
    return Optional.empty();
  }

  /** Every mapped column must be in the header; date and amount must be mapped. */
  static void checkMapping(String fileName, InvoiceMapping mapping, List<String> header) {
    List<String> problems = new ArrayList<>();
    if (mapping.date() == null) {
      problems.add("no date column is mapped");
    }
    if (mapping.amount() == null) {
      problems.add("no amount column is mapped");
    }
    mapping.check(fileName, header, problems);
  }

  /** Binds the stage's parameters after the file path. */
  static void bindSettings(PreparedStatement statement, InvoiceTemplate template)
      throws SQLException {
    InvoiceMapping mapping = template.mapping();
    statement.setString(2, mapping.defaultCurrencyOrNull());
    statement.setString(
        3,
        mapping.provider() == null || mapping.provider().isBlank()
            ? "invoice"
            : mapping.provider().strip().toLowerCase(Locale.ROOT));
    statement.setString(4, template.name());
    statement.setString(5, mapping.date());
    statement.setString(6, mapping.amount());
    statement.setString(7, mapping.currency());
    statement.setString(8, mapping.dateFormatOrIso());
  }

  /** One import with one template: the staged pipeline with this mapping's SQL. */
  private static final class Run extends MappedSheetImport {
    private final InvoiceTemplate template;

    Run(InvoiceTemplate template, List<String> header, Path csv) {
      super(
          LedgerTable.COST_LINES,
          InvoiceImporter.class,
          FORMAT_ID,
          template.mapping().columns(),
          header,
          csv);
      this.template = template;
    }

    @Override
    protected int headerRow() {
      return template.mapping().layout().headerRow();
    }

    @Override
    protected void bindStage(PreparedStatement statement, ImportContext context)
        throws SQLException {
      bindSettings(statement, template);
    }

    @Override
    protected void afterInsert(ImportContext context) throws SQLException {
      warnIfTokenUnitsUnknown(context, "line(s) with a model and a quantity");
      warnIfMixedCurrencies(context);
    }
  }
}
