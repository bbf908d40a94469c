package io.tokenledger.engine.workspace;

/**
 * A workspace could not be created, opened or changed. The message is written for the user: it
 * names the file and says what to do, so callers show it as is.
 */
public class WorkspaceException extends RuntimeException {

  public WorkspaceException(String message) {
    super(message);
  }

  public WorkspaceException(String message, Throwable cause) {
    super(message, cause);
  }
}
