package io.tokenledger.importers.sheet;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The first rows of a sheet as text, for a mapping step: the columns and a few values.
 *
 * @param header the header names, as written
 * @param rows the first data rows
 * @param signature the header's signature ({@link SheetFiles#signature})
 * @param sheets the workbook's sheet names, in order (empty for a CSV file)
 */
public record SheetRows(
    List<String> header, List<List<String>> rows, String signature, List<String> sheets) {

  public SheetRows {
    header = List.copyOf(header);
    sheets = List.copyOf(sheets);
    // cells may be empty (null): List.copyOf would refuse them
    rows = rows.stream().map(row -> Collections.unmodifiableList(new ArrayList<>(row))).toList();
  }

  /** The rows as wide as the header, empty cells as empty text: ready for a table. */
  public List<List<String>> paddedRows() {
    return rows.stream()
        .map(
            row ->
                IntStream.range(0, header.size())
                    .mapToObj(c -> c < row.size() && row.get(c) != null ? row.get(c) : "")
                    .toList())
        .toList();
  }
}
