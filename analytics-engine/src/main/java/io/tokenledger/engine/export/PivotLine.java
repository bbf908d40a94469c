package io.tokenledger.engine.export;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One line of a laid-out pivot, as shown and exported: its kind, the row labels (one per row
 * dimension), and one value per {@link PivotColumn} (null where there is none).
 *
 * @param keys the row dimension values the line stands for (shorter for a subtotal, empty for the
 *     grand total); what a drill-through narrows to
 */
public record PivotLine(
    Kind kind, List<String> keys, List<String> labels, List<BigDecimal> values) {

  /** Detail lines, the subtotal after each group, and the grand total last. */
  public enum Kind {
    DETAIL,
    SUBTOTAL,
    TOTAL
  }

  public PivotLine {
    keys = List.copyOf(keys);
    labels = List.copyOf(labels);
    // values may hold nulls (no value in that cell), which List.copyOf refuses
    values = Collections.unmodifiableList(new ArrayList<>(values));
  }

  /** The value in column {@code index}, or null. */
  public BigDecimal value(int index) {
    return values.get(index);
  }
}
