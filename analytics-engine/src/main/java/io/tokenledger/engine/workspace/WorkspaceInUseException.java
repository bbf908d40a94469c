package io.tokenledger.engine.workspace;

/** Another TokenLedger window or process holds the workspace file open for writing. */
public final class WorkspaceInUseException extends WorkspaceException {

  public WorkspaceInUseException(String message, Throwable cause) {
    super(message, cause);
  }
}
