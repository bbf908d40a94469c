package io.tokenledger.importers.invoice;

import io.tokenledger.importers.RejectedRow;
import java.util.List;

/**
 * What importing a sheet with a mapping would give, computed by a real import into a throwaway
 * in-memory workspace: the first lines, the rows that would be rejected and why, the warnings.
 *
 * @param lines the first lines as cost lines would hold them
 * @param rejects the rows the import would reject, with line, column and reason
 * @param warnings what the import would warn about (unresolved models, units, currencies)
 * @param totalLines how many lines the sheet would give
 */
public record InvoicePreview(
    List<InvoiceLinePreview> lines,
    List<RejectedRow> rejects,
    List<String> warnings,
    long totalLines) {

  public InvoicePreview {
    lines = List.copyOf(lines);
    rejects = List.copyOf(rejects);
    warnings = List.copyOf(warnings);
  }
}
