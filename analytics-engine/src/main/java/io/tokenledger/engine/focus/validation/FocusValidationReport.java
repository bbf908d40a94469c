package io.tokenledger.engine.focus.validation;

import java.nio.file.Path;
import java.util.List;

/**
 * Every rule of the requirements model checked against one file, in model order.
 *
 * @param file the file or folder validated
 * @param modelVersion the requirements model's version (1.2)
 * @param rows data rows in the file
 * @param results one result per rule
 */
public record FocusValidationReport(
    Path file, String modelVersion, long rows, List<RuleResult> results) {

  public FocusValidationReport {
    results = List.copyOf(results);
  }

  /** Failed rules that are not composites (a composite fails because a child did). */
  public List<RuleResult> failures() {
    return results.stream().filter(r -> r.failed() && !r.rule().isComposite()).toList();
  }

  public List<RuleResult> errors() {
    return failures().stream().filter(r -> r.severity() == RuleSeverity.ERROR).toList();
  }

  public List<RuleResult> warnings() {
    return failures().stream().filter(r -> r.severity() == RuleSeverity.WARNING).toList();
  }

  /** True when no MUST rule failed. */
  public boolean conforms() {
    return errors().isEmpty();
  }

  public long count(RuleOutcome outcome) {
    return results.stream().filter(r -> !r.rule().isComposite() && r.outcome() == outcome).count();
  }

  /** {@code 312 checked: 310 passed, 2 failed (1 error, 1 warning); 201 not checkable; ...}. */
  public String summary() {
    long passed = count(RuleOutcome.PASSED);
    long failed = count(RuleOutcome.FAILED);
    return (passed + failed)
        + " rules checked: "
        + passed
        + " passed, "
        + failed
        + " failed ("
        + errors().size()
        + " errors, "
        + warnings().size()
        + " warnings); "
        + count(RuleOutcome.NOT_CHECKABLE)
        + " not checkable; "
        + count(RuleOutcome.NOT_APPLICABLE)
        + " not applicable";
  }
}
