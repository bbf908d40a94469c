package io.tokenledger.engine.focus.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * One rule of the FOCUS requirements model: what must hold ({@code requirement}) on which rows
 * ({@code condition}), how strongly ({@code keyword}), and for which providers ({@code
 * applicability}).
 *
 * @param id the rule id, such as {@code BilledCost-C-003-M}
 * @param function Presence, Type, Format, Nullability, Validation or Composite
 * @param reference the column or attribute the rule is about
 * @param entityType Dataset, Column or Attribute
 * @param dynamic true when the model gives no executable check (its requirement is empty)
 * @param keyword MUST, MUST NOT, SHOULD, SHOULD NOT, RECOMMENDED or MAY
 * @param applicability capabilities a provider must declare for the rule to apply; empty = always
 * @param mustSatisfy the specification text the rule restates
 * @param requirement the check tree, or an empty node
 * @param condition the row filter, or an empty node for every row
 */
public record FocusRule(
    String id,
    String function,
    String reference,
    String entityType,
    boolean dynamic,
    String keyword,
    List<String> applicability,
    String mustSatisfy,
    JsonNode requirement,
    JsonNode condition) {

  public FocusRule {
    applicability = List.copyOf(applicability);
  }

  public boolean isComposite() {
    return "Composite".equals(function);
  }

  /** How a failure of this rule counts: MUST is an error, SHOULD a warning, MAY never fails. */
  public RuleSeverity severity() {
    return switch (keyword) {
      case "MUST", "MUST NOT" -> RuleSeverity.ERROR;
      case "MAY" -> RuleSeverity.INFO;
      default -> RuleSeverity.WARNING;
    };
  }
}
