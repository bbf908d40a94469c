package io.tokenledger.engine.focus.validation;

/** How much a failed rule matters: MUST rules are errors, SHOULD/RECOMMENDED rules warnings. */
public enum RuleSeverity {
  ERROR,
  WARNING,
  /** MAY rules grant a permission: they cannot fail. */
  INFO
}
