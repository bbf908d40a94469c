package io.tokenledger.engine.focus.validation;

/**
 * The result of one rule against one file.
 *
 * @param rule the rule checked
 * @param outcome passed, failed, not checkable or not applicable
 * @param violations rows that break the rule (1 for a dataset-level failure), else 0
 * @param firstRow the 1-based data row of the first violation (row 1 is the line after the header),
 *     or 0
 * @param note why the rule was not checked or not applicable, or how it was read; may be empty
 */
public record RuleResult(
    FocusRule rule, RuleOutcome outcome, long violations, long firstRow, String note) {

  public String ruleId() {
    return rule.id();
  }

  public RuleSeverity severity() {
    return rule.severity();
  }

  public boolean failed() {
    return outcome == RuleOutcome.FAILED;
  }

  /** {@code BilledCost-C-003-M: BilledCost MUST NOT be null. (2 rows, first at row 7)}. */
  public String message() {
    StringBuilder text = new StringBuilder(rule.id()).append(": ").append(rule.mustSatisfy());
    if (outcome == RuleOutcome.FAILED && firstRow > 0) {
      text.append(" (")
          .append(violations)
          .append(violations == 1 ? " row" : " rows")
          .append(", first at row ")
          .append(firstRow)
          .append(')');
    }
    if (!note.isEmpty()) {
      text.append(" [").append(note).append(']');
    }
    return text.toString();
  }
}
