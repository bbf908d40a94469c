package io.tokenledger.engine.focus.validation;

import java.util.Set;

/**
 * What the data generator declares about itself: the capabilities (the model's
 * ApplicabilityCriteria, such as {@code COMMITMENT_DISCOUNT_SUPPORTED}) whose conditional rules
 * should run. Rules whose criteria are not all declared are reported as not applicable.
 *
 * @param applicability the declared capabilities
 * @param allCriteria declare every capability the model knows
 */
public record FocusValidationOptions(Set<String> applicability, boolean allCriteria) {

  public FocusValidationOptions {
    applicability = Set.copyOf(applicability);
  }

  /** Nothing declared: only unconditional rules run. */
  public static FocusValidationOptions defaults() {
    return new FocusValidationOptions(Set.of(), false);
  }

  /** Every capability declared: every rule the model can check runs. */
  public static FocusValidationOptions allApplicable() {
    return new FocusValidationOptions(Set.of(), true);
  }

  boolean declares(java.util.List<String> criteria) {
    return allCriteria || applicability.containsAll(criteria);
  }
}
