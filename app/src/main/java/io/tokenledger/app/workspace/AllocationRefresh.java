package io.tokenledger.app.workspace;

import io.tokenledger.engine.allocation.AllocationService;
import io.tokenledger.engine.task.Cancellation;
import io.tokenledger.engine.task.ProgressListener;
import io.tokenledger.engine.workspace.Workspace;

/**
 * Brings the allocation up to date before a read that needs it (a pivot after an import). Called
 * from background tasks; one at a time, because two pages asking at once must not both rebuild the
 * allocation tables.
 */
public final class AllocationRefresh {

  private static final Object LOCK = new Object();

  private AllocationRefresh() {}

  /** Runs the allocation when an import came after the last run; returns whether it ran. */
  public static boolean ensureCurrent(
      AllocationService allocation,
      Workspace workspace,
      ProgressListener progress,
      Cancellation cancellation) {
    synchronized (LOCK) {
      cancellation.throwIfCancelled();
      if (!allocation.isStale(workspace)) {
        return false;
      }
      allocation.run(workspace, progress, cancellation);
      return true;
    }
  }
}
