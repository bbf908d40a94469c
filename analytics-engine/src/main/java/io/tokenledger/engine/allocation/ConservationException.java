package io.tokenledger.engine.allocation;

/**
 * An allocation run broke invariant 1 (allocated + unallocated = billed per provider, currency and
 * month). It is a bug, never a data problem: the run is rolled back and the message lists the
 * groups that did not add up.
 */
public final class ConservationException extends IllegalStateException {

  public ConservationException(String message) {
    super(message);
  }
}
