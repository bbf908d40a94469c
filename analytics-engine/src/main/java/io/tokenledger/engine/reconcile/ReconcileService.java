package io.tokenledger.engine.reconcile;

import io.tokenledger.engine.workspace.Workspace;
import java.time.LocalDate;
import java.util.List;

/**
 * Puts the invoice, the provider's usage export and the traces side by side per provider, model and
 * period, so the analyst sees where they disagree and why before trusting per-client numbers.
 */
public interface ReconcileService {

  /**
   * @param from first day included, or null
   * @param until first day excluded, or null
   */
  List<ReconciliationLine> reconcile(
      Workspace workspace, Grain grain, LocalDate from, LocalDate until);
}
