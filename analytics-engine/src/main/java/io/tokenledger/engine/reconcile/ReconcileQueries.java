package io.tokenledger.engine.reconcile;

/** Owner of the reconciliation SQL ({@code ReconcileQueries/*.sql}). */
final class ReconcileQueries {

  private ReconcileQueries() {}
}
