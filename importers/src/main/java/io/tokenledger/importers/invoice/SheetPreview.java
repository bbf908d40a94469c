package io.tokenledger.importers.invoice;

import java.util.List;

/**
 * The first rows of an invoice sheet as text, for the mapping step: the user sees the columns and a
 * few values before choosing which is which.
 *
 * @param header the header names, as written
 * @param rows the first data rows, each as wide as the header
 * @param signature the header's signature
 * @param sheets the workbook's sheet names, in order (empty for a CSV file)
 */
public record SheetPreview(
    List<String> header, List<List<String>> rows, String signature, List<String> sheets) {

  public SheetPreview {
    header = List.copyOf(header);
    sheets = List.copyOf(sheets);
    // cells may be empty (null): List.copyOf would refuse them
    rows =
        rows.stream()
            .map(row -> java.util.Collections.unmodifiableList(new java.util.ArrayList<>(row)))
            .toList();
  }

  /** The rows as wide as the header, empty cells as empty text: ready for a table. */
  public List<List<String>> paddedRows() {
    return rows.stream()
        .map(
            row ->
                java.util.stream.IntStream.range(0, header.size())
                    .mapToObj(c -> c < row.size() && row.get(c) != null ? row.get(c) : "")
                    .toList())
        .toList();
  }
}
