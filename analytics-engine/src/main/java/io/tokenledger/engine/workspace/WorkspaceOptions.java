package io.tokenledger.engine.workspace;

/**
 * How to open a workspace.
 *
 * @param readOnly open without the right to change anything (no migration either)
 * @param memoryLimit DuckDB's {@code memory_limit}, such as {@code "4GB"}; null for DuckDB's
 *     default
 * @param threads DuckDB worker threads; 0 for one per core
 */
public record WorkspaceOptions(boolean readOnly, String memoryLimit, int threads) {

  public static WorkspaceOptions defaults() {
    return new WorkspaceOptions(false, null, 0);
  }

  public WorkspaceOptions asReadOnly() {
    return new WorkspaceOptions(true, memoryLimit, threads);
  }

  WorkspaceOptions asWritable() {
    return new WorkspaceOptions(false, memoryLimit, threads);
  }

  /** A short-lived read-only look that uses little memory and one thread. */
  WorkspaceOptions asReadOnlyProbe() {
    return new WorkspaceOptions(true, null, 1);
  }
}
