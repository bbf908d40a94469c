package io.tokenledger.engine.costmodel;

/**
 * An Explain or a scenario that cannot be computed, with a message the user can act on: a price the
 * price book lacks, usage priced in another currency, a missing FX rate.
 */
public final class CostModelException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  public CostModelException(String message) {
    super(message);
  }
}
