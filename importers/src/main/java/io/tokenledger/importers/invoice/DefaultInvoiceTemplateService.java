package io.tokenledger.importers.invoice;

import io.tokenledger.engine.task.Cancellation;
import io.tokenledger.engine.task.ProgressListener;
import io.tokenledger.engine.workspace.DuckDbWorkspaceStore;
import io.tokenledger.engine.workspace.Workspace;
import io.tokenledger.importers.DefaultImportService;
import io.tokenledger.importers.ImportException;
import io.tokenledger.importers.ImportOptions;
import io.tokenledger.importers.ImportReport;
import io.tokenledger.importers.Importer;
import io.tokenledger.importers.ImporterRegistry;
import io.tokenledger.importers.sheet.AbstractSheetTemplateService;
import io.tokenledger.importers.sheet.SheetCsv;
import io.tokenledger.importers.sheet.SheetLayout;
import io.tokenledger.importers.sheet.SheetRows;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The invoice templates of a workspace, kept in its {@code invoice_templates} table (migration
 * V004). A preview is a real import into a throwaway in-memory workspace with bad rows skipped, so
 * what the user sees is exactly what the import will do.
 */
public final class DefaultInvoiceTemplateService
    extends AbstractSheetTemplateService<InvoiceTemplate, InvoiceMapping>
    implements InvoiceTemplateService {

  private static final String PREVIEW_TEMPLATE = "(preview)";

  public DefaultInvoiceTemplateService() {
    super(InvoiceTemplate.KIND);
  }

  @Override
  public SheetRows readSheet(Path file, SheetLayout layout, int maxRows) {
    return SheetCsv.preview(file, layout, maxRows);
  }

  @Override
  public Optional<InvoiceTemplate> matching(Workspace workspace, Path file) {
    try {
      return InvoiceImporter.match(list(workspace), file);
    } catch (IOException e) {
      throw SheetCsv.unreadable(file.getFileName().toString(), e);
    }
  }

  @Override
  public InvoicePreview preview(
      Path file, InvoiceMapping mapping, int maxLines, Cancellation cancellation) {
    SheetRows sheet = readSheet(file, mapping.layout(), 0);
    InvoiceImporter.checkMapping(file.getFileName().toString(), mapping, sheet.header());
    try (Workspace scratch = new DuckDbWorkspaceStore("preview").inMemory()) {
      save(scratch, PREVIEW_TEMPLATE, sheet.header(), mapping);
      ImportReport report =
          new DefaultImportService(
                  new ImporterRegistry(List.of(new InvoiceImporter(PREVIEW_TEMPLATE))))
              .importFile(
                  scratch,
                  file,
                  new ImportOptions(InvoiceImporter.FORMAT_ID, false, true),
                  ProgressListener.NONE,
                  cancellation);
      if (!report.succeeded() && report.rowsRejected() == 0) {
        throw new ImportException(report.message());
      }
      List<String> warnings =
          report.warnings().stream()
              .filter(w -> !w.startsWith("read with invoice template"))
              .toList();
      return new InvoicePreview(
          lines(scratch, maxLines),
          report.rejects(),
          warnings,
          report.rowsImported(),
          totals(scratch));
    }
  }

  @Override
  protected void checkMapping(String name, InvoiceMapping mapping, List<String> header) {
    InvoiceImporter.checkMapping(name, mapping, header);
  }

  @Override
  public Importer importerFor(String templateName) {
    return new InvoiceImporter(templateName);
  }

  private static List<InvoiceLinePreview> lines(Workspace scratch, int maxLines) {
    List<InvoiceLinePreview> lines = new ArrayList<>();
    try (Connection connection = scratch.newConnection();
        PreparedStatement query =
            connection.prepareStatement(
                "SELECT source_line, CAST(ChargePeriodStart AS DATE), BilledCost, BillingCurrency,"
                    + " ChargeDescription, model_raw, model, token_bucket, tokens"
                    + " FROM cost_lines ORDER BY source_line LIMIT ?")) {
      query.setInt(1, maxLines);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          long tokens = rows.getLong(9);
          lines.add(
              new InvoiceLinePreview(
                  rows.getLong(1),
                  rows.getObject(2, LocalDate.class),
                  rows.getObject(3, BigDecimal.class),
                  rows.getString(4),
                  rows.getString(5),
                  rows.getString(6),
                  rows.getString(7),
                  rows.getString(8),
                  rows.wasNull() ? null : tokens));
        }
      }
    } catch (SQLException e) {
      throw new ImportException("Cannot read the preview: " + e.getMessage(), e);
    }
    return lines;
  }

  /** The sum of every line's amount, per currency: what the import would add to the bills. */
  private static Map<String, BigDecimal> totals(Workspace scratch) {
    Map<String, BigDecimal> totals = new TreeMap<>();
    try (Connection connection = scratch.newConnection();
        PreparedStatement query =
            connection.prepareStatement(
                "SELECT BillingCurrency, sum(BilledCost) FROM cost_lines GROUP BY BillingCurrency")) {
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          totals.put(rows.getString(1), rows.getBigDecimal(2));
        }
      }
    } catch (SQLException e) {
      throw new ImportException("Cannot read the preview: " + e.getMessage(), e);
    }
    return totals;
  }
}
