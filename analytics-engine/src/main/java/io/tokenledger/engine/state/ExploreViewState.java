package io.tokenledger.engine.state;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the Explore page shows: its pivot (row and column dimensions, measures, filters, top N) and
 * chart. Dimensions and measures are the ids of the pivot catalog ({@code client}, {@code
 * allocated_cost}), the same words as on the command line, so a saved view reads the same in a file
 * as in {@code tokenledger query}.
 *
 * @param rows row dimensions, outermost first
 * @param column the column dimension, or null for none
 * @param measures the measures shown, in order
 * @param filters per dimension, the values kept (in the order the user picked them)
 * @param topN keep the first row dimension's N largest values; 0 keeps all
 * @param chartType how the chart draws the pivot ({@code bar}, {@code line}, {@code none}, ...)
 */
public record ExploreViewState(
    List<String> rows,
    String column,
    List<String> measures,
    Map<String, List<String>> filters,
    int topN,
    String chartType) {

  /** The view of a new workspace: allocated cost by client, as a bar chart. */
  public static final ExploreViewState DEFAULT =
      new ExploreViewState(List.of("client"), null, List.of("allocated_cost"), Map.of(), 0, "bar");

  public ExploreViewState {
    rows = rows == null ? List.of() : List.copyOf(rows);
    measures = measures == null ? List.of() : List.copyOf(measures);
    Map<String, List<String>> copy = new LinkedHashMap<>();
    if (filters != null) {
      filters.forEach((dimension, values) -> copy.put(dimension, List.copyOf(values)));
    }
    filters = Collections.unmodifiableMap(copy);
    if (topN < 0) {
      throw new IllegalArgumentException("top N cannot be negative");
    }
    chartType = chartType == null ? "bar" : chartType;
  }
}
