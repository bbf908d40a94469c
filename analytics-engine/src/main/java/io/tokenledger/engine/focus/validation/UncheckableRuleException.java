package io.tokenledger.engine.focus.validation;

/** A rule's check cannot be turned into SQL; the message says why. */
final class UncheckableRuleException extends RuntimeException {

  UncheckableRuleException(String message) {
    super(message);
  }
}
