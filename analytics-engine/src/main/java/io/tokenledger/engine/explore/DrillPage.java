package io.tokenledger.engine.explore;

import java.util.List;

/**
 * One page of the rows behind a pivot cell.
 *
 * @param total how many rows there are in all
 */
public record DrillPage<T>(List<T> rows, long total, int offset) {

  public DrillPage {
    rows = List.copyOf(rows);
  }
}
