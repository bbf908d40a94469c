package io.tokenledger.engine.explore;

import java.util.List;

/**
 * A pivot's answer: detail lines with their subtotal lines after each group (in display order), the
 * column dimension's values, and the grand total.
 */
public record PivotResult(
    PivotRequest request, List<String> columnValues, List<PivotRow> rows, PivotRow grandTotal) {

  public PivotResult {
    columnValues = List.copyOf(columnValues);
    rows = List.copyOf(rows);
  }

  /** The detail lines only (one per group of every row dimension). */
  public List<PivotRow> detailRows() {
    return rows.stream().filter(r -> r.depth() == request.rows().size()).toList();
  }
}
