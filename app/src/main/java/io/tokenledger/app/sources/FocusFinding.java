package io.tokenledger.app.sources;

import io.tokenledger.importers.focus.FocusImportReport;
import java.util.ArrayList;
import java.util.List;

/**
 * One line of the FOCUS report on the Sources page: what kind of finding it is and what it says.
 *
 * @param kind "Missing (conditional)", "Extra (x_)", "Wrong type", "Rule (MUST)", ...
 * @param text the columns or the rule with its requirement and rows
 */
public record FocusFinding(String kind, String text) {

  /** The report's findings, the columns first, then the rules, then the rest. */
  static List<FocusFinding> of(FocusImportReport report) {
    List<FocusFinding> findings = new ArrayList<>();
    addColumns(findings, "Missing (conditional)", report.missingConditional());
    addColumns(findings, "Missing (recommended)", report.missingRecommended());
    addColumns(findings, "Missing (deprecated)", report.missingDeprecated());
    addColumns(findings, "Extra (x_ provider)", report.providerColumns());
    addColumns(findings, "Extra (not FOCUS)", report.nonFocusColumns());
    report.wrongTypes().forEach(text -> findings.add(new FocusFinding("Wrong type", text)));
    report.renamedHeaders().forEach(text -> findings.add(new FocusFinding("Header", text)));
    if (report.conformance() != null) {
      findings.add(new FocusFinding("Conformance", report.conformance()));
    }
    for (String rule : report.ruleFailures()) {
      int close = rule.indexOf(") ");
      findings.add(
          close > 0
              ? new FocusFinding("Rule " + rule.substring(0, close + 1), rule.substring(close + 2))
              : new FocusFinding("Rule", rule));
    }
    report.notes().forEach(text -> findings.add(new FocusFinding("Note", text)));
    return findings;
  }

  private static void addColumns(List<FocusFinding> findings, String kind, List<String> columns) {
    if (!columns.isEmpty()) {
      findings.add(new FocusFinding(kind + " · " + columns.size(), String.join(", ", columns)));
    }
  }
}
