package io.tokenledger.importers.revenue;

import io.tokenledger.importers.FileSample;
import io.tokenledger.importers.ImportContext;
import io.tokenledger.importers.ImportException;
import io.tokenledger.importers.ImportOutcome;
import io.tokenledger.importers.Importer;
import io.tokenledger.importers.models.LedgerTable;
import io.tokenledger.importers.sheet.MappedSheetImport;
import io.tokenledger.importers.sheet.SheetCsv;
import io.tokenledger.importers.sheet.SheetFiles;
import io.tokenledger.importers.sheet.SheetRows;
import io.tokenledger.importers.sheet.SheetTemplateStore;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Imports a revenue sheet (CSV or XLSX): one amount per client and period, in any currency, into
 * the {@code revenue} table. The columns come from the revenue template saved for the sheet's
 * header shape ({@link RevenueTemplateService}), or from the built-in mapping when the header uses
 * the usual names (client, period_start, amount, currency); any other sheet is refused with the
 * instruction to map it once.
 */
public final class RevenueImporter implements Importer {

  public static final String FORMAT_ID = "revenue";

  /** Sheets larger than this are not opened just to sniff them. */
  private static final long SNIFF_XLSX_BYTES = 8L * 1024 * 1024;

  private final String templateName;

  /** The importer the registry holds: it finds the mapping by the sheet's header. */
  public RevenueImporter() {
    this(null);
  }

  /** An importer bound to one named template. */
  public RevenueImporter(String templateName) {
    this.templateName = templateName;
  }

  @Override
  public String formatId() {
    return FORMAT_ID;
  }

  @Override
  public String displayName() {
    return "Revenue sheet (per client and period)";
  }

  @Override
  public int sniff(FileSample sample) {
    Optional<List<String>> header = Optional.empty();
    if (sample.isZip() && sample.lowerName().endsWith(".xlsx")) {
      if (sample.size() <= SNIFF_XLSX_BYTES) {
        try {
          header = Optional.of(SheetFiles.preview(sample.path(), 0).header());
        } catch (IOException | RuntimeException unreadable) {
          return 0;
        }
      }
    } else if (sample.lowerName().endsWith(".csv")) {
      header = sample.csvHeader().map(h -> h.names());
    }
    // Above the invoice importer's claim on any XLSX, below every provider's exact header.
    return header.flatMap(RevenueMapping::recognise).isPresent() ? 45 : 0;
  }

  @Override
  public ImportOutcome importInto(ImportContext context) throws SQLException {
    try {
      return SheetCsv.read(
          context.sample().path(),
          csv -> {
            SheetRows sheet = SheetFiles.preview(csv, 0);
            Mapped mapped = chooseMapping(context, sheet);
            checkMapping(context.sample().fileName(), mapped.mapping(), sheet.header());
            ImportOutcome outcome = new Run(mapped, sheet.header(), csv).importInto(context);
            context.warn("read with " + mapped.label());
            return outcome;
          });
    } catch (IOException e) {
      throw SheetCsv.unreadable(context.sample().fileName(), e);
    }
  }

  /** A mapping and where it came from, for the import log. */
  private record Mapped(RevenueMapping mapping, String label) {}

  private Mapped chooseMapping(ImportContext context, SheetRows sheet) throws SQLException {
    SheetTemplateStore<RevenueTemplate, RevenueMapping> templates =
        new SheetTemplateStore<>(RevenueTemplate.KIND);
    if (templateName != null) {
      RevenueTemplate named = templates.named(context.connection(), templateName);
      return new Mapped(named.mapping(), "revenue template '" + named.name() + "'");
    }
    Optional<RevenueTemplate> saved =
        templates.findBySignature(context.connection(), sheet.signature());
    if (saved.isPresent()) {
      return new Mapped(saved.get().mapping(), "revenue template '" + saved.get().name() + "'");
    }
    return RevenueMapping.recognise(sheet.header())
        .map(m -> new Mapped(m, "the built-in revenue columns"))
        .orElseThrow(
            () ->
                new ImportException(
                    context.sample().fileName()
                        + ": no revenue template matches its columns ("
                        + String.join(", ", sheet.header())
                        + "); map them once with 'tokenledger revenue-template save', then files of"
                        + " this shape import with --format revenue"));
  }

  /** Client, period start and amount must be mapped, a currency found, every column present. */
  static void checkMapping(String fileName, RevenueMapping mapping, List<String> header) {
    List<String> problems = new ArrayList<>();
    if (mapping.client() == null) {
      problems.add("no client column is mapped");
    }
    if (mapping.periodStart() == null) {
      problems.add("no period start column is mapped");
    }
    if (mapping.amount() == null) {
      problems.add("no amount column is mapped");
    }
    mapping.check(fileName, header, problems);
  }

  /** One import with one mapping: the staged pipeline with this mapping's column positions. */
  private static final class Run extends MappedSheetImport {
    private final Mapped mapped;

    Run(Mapped mapped, List<String> header, Path csv) {
      super(
          LedgerTable.REVENUE,
          RevenueImporter.class,
          FORMAT_ID,
          mapped.mapping().columns(),
          header,
          csv);
      this.mapped = mapped;
    }

    @Override
    protected void bindStage(PreparedStatement statement, ImportContext context)
        throws SQLException {
      RevenueMapping mapping = mapped.mapping();
      statement.setString(2, mapping.defaultCurrencyOrNull());
      statement.setString(3, mapping.client());
      statement.setString(4, mapping.periodStart());
      statement.setString(5, mapping.periodEnd());
      statement.setString(6, mapping.amount());
      statement.setString(7, mapping.currency());
      statement.setString(8, mapping.dateFormatOrIso());
      statement.setString(9, mapping.dateFormatOrIso());
    }

    @Override
    protected void afterInsert(ImportContext context) throws SQLException {
      warnIfMixedCurrencies(context);
    }
  }
}
