package io.tokenledger.engine.focus.validation;

/** What checking one rule against a file gave. */
public enum RuleOutcome {
  /** Every row the rule applies to satisfies it. */
  PASSED,
  /** Some row (or the dataset) breaks the rule. */
  FAILED,
  /**
   * The model gives no executable check (a Dynamic rule, or one whose encoding contradicts its
   * text): reported, never counted as passed.
   */
  NOT_CHECKABLE,
  /** The rule does not apply: a capability was not declared, or its column is not in the file. */
  NOT_APPLICABLE
}
