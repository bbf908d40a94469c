package io.tokenledger.importers.revenue;

import io.tokenledger.engine.workspace.Workspace;
import io.tokenledger.importers.Importer;
import io.tokenledger.importers.sheet.SheetRows;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The revenue mapping step, for the desktop app and the command line alike: read a sheet's columns,
 * save a mapping as a named template, find the template (or the built-in mapping) for a file's
 * shape. Every method reads files or the workspace: call it off the FX thread. Failures are {@link
 * io.tokenledger.importers.ImportException}s whose message is for the user.
 */
public interface RevenueTemplateService {

  /** The header and first rows of a CSV or XLSX sheet, for the user to map. */
  SheetRows readSheet(Path file, int maxRows);

  List<RevenueTemplate> list(Workspace workspace);

  Optional<RevenueTemplate> find(Workspace workspace, String name);

  /**
   * The mapping that will be applied to this file: its shape's saved template, else the built-in
   * mapping when the header uses the usual names; empty when the sheet must be mapped first.
   */
  Optional<RevenueMapping> matching(Workspace workspace, Path file);

  /** Saves (or replaces) a template for the shape of {@code header}, checked against it first. */
  RevenueTemplate save(
      Workspace workspace, String name, List<String> header, RevenueMapping mapping);

  boolean delete(Workspace workspace, String name);

  /** An importer bound to one template, whatever the file's shape ({@code --template NAME}). */
  Importer importerFor(String templateName);
}
