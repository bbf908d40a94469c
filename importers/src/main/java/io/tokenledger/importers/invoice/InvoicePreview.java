package io.tokenledger.importers.invoice;

import io.tokenledger.importers.RejectedRow;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * What importing a sheet with a mapping would give, computed by a real import into a throwaway
 * in-memory workspace: the first lines, the rows that would be rejected and why, the warnings.
 *
 * @param lines the first lines as cost lines would hold them
 * @param rejects the rows the import would reject, with line, column and reason
 * @param warnings what the import would warn about (unresolved models, units, currencies)
 * @param totalLines how many lines the sheet would give
 * @param totals the sum of all the lines' amounts per currency (every line, not just the first)
 */
public record InvoicePreview(
    List<InvoiceLinePreview> lines,
    List<RejectedRow> rejects,
    List<String> warnings,
    long totalLines,
    Map<String, BigDecimal> totals) {

  public InvoicePreview {
    lines = List.copyOf(lines);
    totals = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(totals));
    rejects = List.copyOf(rejects);
    warnings = List.copyOf(warnings);
  }
}
