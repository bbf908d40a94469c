package io.tokenledger.importers.invoice;

import io.tokenledger.engine.task.Cancellation;
import io.tokenledger.engine.workspace.Workspace;
import io.tokenledger.importers.Importer;
import io.tokenledger.importers.sheet.SheetLayout;
import io.tokenledger.importers.sheet.SheetRows;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What the invoice mapping step needs, for the desktop app and the command line alike: read a
 * sheet's columns, preview a mapping, save it as a named template, and find the template of a
 * file's shape. Every method may take a while (it reads files or the workspace): call it off the FX
 * thread. Failures are {@link io.tokenledger.importers.ImportException}s whose message is for the
 * user.
 */
public interface InvoiceTemplateService {

  /** The header and first rows of a CSV or XLSX sheet, for the user to map. */
  default SheetRows readSheet(Path file, int maxRows) {
    return readSheet(file, SheetLayout.DEFAULT, maxRows);
  }

  /** The header and first rows of one sheet of a workbook, the header on a given row. */
  SheetRows readSheet(Path file, SheetLayout layout, int maxRows);

  /** The workspace's templates, by name. */
  List<InvoiceTemplate> list(Workspace workspace);

  Optional<InvoiceTemplate> find(Workspace workspace, String name);

  /** The template that will be applied to this file automatically, if its shape has one. */
  Optional<InvoiceTemplate> matching(Workspace workspace, Path file);

  /**
   * What importing {@code file} with {@code mapping} would give (nothing is written to the
   * workspace).
   */
  default InvoicePreview preview(Path file, InvoiceMapping mapping, int maxLines) {
    return preview(file, mapping, maxLines, Cancellation.none());
  }

  /**
   * A preview that stops when {@code cancellation} says so (the user changed the mapping again): it
   * is a whole import of the sheet, so a stale one is worth stopping.
   */
  InvoicePreview preview(
      Path file, InvoiceMapping mapping, int maxLines, Cancellation cancellation);

  /**
   * Saves (or replaces) a template for the shape of {@code header}; the mapping is checked against
   * the header first.
   */
  InvoiceTemplate save(
      Workspace workspace, String name, List<String> header, InvoiceMapping mapping);

  boolean delete(Workspace workspace, String name);

  /** An importer bound to one template, whatever the file's shape ({@code --template NAME}). */
  Importer importerFor(String templateName);
}
