package io.tokenledger.engine.explore;

import io.tokenledger.engine.task.Cancellation;
import io.tokenledger.engine.workspace.Workspace;

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
}
