package io.tokenledger.engine.task;

/** Thrown when work stops because the user cancelled it. Nothing it started is kept. */
public final class CancelledException extends RuntimeException {

  public CancelledException() {
    super("Cancelled");
  }
}
