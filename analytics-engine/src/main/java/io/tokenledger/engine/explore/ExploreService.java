package io.tokenledger.engine.explore;

import io.tokenledger.engine.task.Cancellation;
import io.tokenledger.engine.workspace.Workspace;
import java.time.YearMonth;
import java.util.List;

/**
 * Answers pivots over the allocated cost and the usage, and drills from a cell to the rows behind
 * it. The allocation must be current (see {@code AllocationService.refresh}).
 */
public interface ExploreService {

  /**
   * @throws MissingFxRateException when an amount's currency has no rate to the reporting one
   */
  PivotResult pivot(Workspace workspace, PivotRequest request, Cancellation cancellation);

  /** The allocated amounts behind a cell (its dimension values within the request's filters). */
  DrillPage<AllocationDetail> drillAllocations(Workspace workspace, DrillRequest drill);

  /** The usage events behind a cell. */
  DrillPage<UsageDetail> drillUsage(Workspace workspace, DrillRequest drill);

  /** The most values {@link #values} returns: a filter list longer than this is not a choice. */
  int MAX_VALUES = 5_000;

  /** The months that hold cost lines, allocated amounts or usage events, oldest first. */
  List<YearMonth> periods(Workspace workspace);

  /**
   * The currencies a pivot can report in: USD, the currencies of the cost lines, and those the FX
   * table converts into; sorted.
   */
  List<String> currencies(Workspace workspace);

  /**
   * The values of {@code dimension} among the allocated amounts and usage events that the other
   * filters and the period of {@code context} keep (its own filter is ignored, so that a filter
   * list still offers the values not picked), in pivot order (time ascending, else by name); at
   * most {@link #MAX_VALUES}.
   */
  List<String> values(Workspace workspace, Dimension dimension, PivotRequest context);
}
