package io.tokenledger.engine.allocation;

import io.tokenledger.engine.task.Cancellation;
import io.tokenledger.engine.task.ProgressListener;
import io.tokenledger.engine.workspace.Workspace;
import java.util.List;

/**
 * Spreads invoice dollars over usage: each billed amount for a provider, model, token bucket and
 * charge period goes to the usage events of that period in proportion to their tokens; shared costs
 * are split by the method the user chose; the rest stays visibly unallocated.
 */
public interface AllocationService {

  /**
   * Brings the allocation up to date with the current cost lines, usage events and split methods:
   * when only imports came since the last run, only the months they touched are rebuilt; otherwise
   * (and when nothing changed) every month is.
   */
  AllocationRun run(Workspace workspace, ProgressListener progress, Cancellation cancellation);

  /** Rebuilds the allocation of the months in {@code scope} (or of every month). */
  AllocationRun run(
      Workspace workspace,
      AllocationScope scope,
      ProgressListener progress,
      Cancellation cancellation);

  /**
   * True when there was no run, an import came or was removed after the last run, or mapping rules
   * or split methods changed since.
   */
  boolean isStale(Workspace workspace);

  /** Runs the allocation when it is stale; returns whether it ran. */
  default boolean refresh(Workspace workspace) {
    if (!isStale(workspace)) {
      return false;
    }
    run(workspace, ProgressListener.NONE, Cancellation.none());
    return true;
  }

  /** The shared cost pools and their split methods. */
  List<SharedPool> sharedPools(Workspace workspace);

  /** Sets how a shared pool is split; takes effect at the next run. */
  void setSplit(Workspace workspace, SharedCostSplit split);
}
