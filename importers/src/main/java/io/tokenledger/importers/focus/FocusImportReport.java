package io.tokenledger.importers.focus;

import io.tokenledger.engine.focus.validation.RuleResult;
import io.tokenledger.engine.focus.validation.RuleSeverity;
import io.tokenledger.importers.RejectedRow;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What a FOCUS import found, sorted for the Sources page: the version read, the columns missing
 * (conditional, recommended, deprecated), extra or of the wrong type, headers read under another
 * spelling, the requirements model's verdict and each rule that failed, and the rejected rows. It
 * is read back from the import's warnings as the import log keeps them, so a reopened workspace
 * shows the same report; this class writes the rule lines and reads every kind of line the FOCUS
 * importer writes.
 *
 * @param version the FOCUS version read ({@code 1.2}), or null
 * @param missingConditional conditional columns the file lacks (imported as empty)
 * @param missingRecommended recommended columns the file lacks
 * @param missingDeprecated deprecated mandatory columns the file lacks (1.3 ProviderName...)
 * @param providerColumns {@code x_} columns kept as extra data
 * @param nonFocusColumns columns that are neither FOCUS nor {@code x_}, kept as extra data
 * @param wrongTypes columns whose stored type is not FOCUS's, one sentence each
 * @param renamedHeaders headers read as a FOCUS column of another spelling, one sentence each
 * @param conformance the requirements model's verdict, or null when it was not checked
 * @param ruleFailures each failed rule: severity, id, requirement, rows and first row
 * @param notes everything else the import said (token lines, commitments)
 * @param rejects the rejected rows with line and column
 */
public record FocusImportReport(
    String version,
    List<String> missingConditional,
    List<String> missingRecommended,
    List<String> missingDeprecated,
    List<String> providerColumns,
    List<String> nonFocusColumns,
    List<String> wrongTypes,
    List<String> renamedHeaders,
    String conformance,
    List<String> ruleFailures,
    List<String> notes,
    List<RejectedRow> rejects) {

  static final String CONDITIONAL_MISSING = "conditional columns missing, imported as empty: ";
  static final String RECOMMENDED_MISSING = "recommended columns missing, imported as empty: ";
  static final String DEPRECATED_MISSING = " is missing: deprecated in FOCUS ";
  static final String PROVIDER_COLUMNS = "provider columns kept as extra data: ";
  static final String NON_FOCUS_COLUMNS =
      "columns that are not FOCUS and lack the x_ prefix, kept as extra data: ";
  static final String WRONG_TYPE = "wrong type: ";
  static final String RENAMED_HEADER = "header '";
  static final String CONFORMANCE = "FOCUS conformance";
  static final String RULE_FAILED = "FOCUS rule failed ";

  public FocusImportReport {
    missingConditional = List.copyOf(missingConditional);
    missingRecommended = List.copyOf(missingRecommended);
    missingDeprecated = List.copyOf(missingDeprecated);
    providerColumns = List.copyOf(providerColumns);
    nonFocusColumns = List.copyOf(nonFocusColumns);
    wrongTypes = List.copyOf(wrongTypes);
    renamedHeaders = List.copyOf(renamedHeaders);
    ruleFailures = List.copyOf(ruleFailures);
    notes = List.copyOf(notes);
    rejects = List.copyOf(rejects);
  }

  /** True for the format ids of the FOCUS importers ({@code focus}, {@code focus-1.2}). */
  public static boolean isFocusFormat(String formatId) {
    return formatId != null
        && (formatId.equals(FocusImporter.FORMAT_ID)
            || formatId.startsWith(FocusImporter.FORMAT_ID + "-"));
  }

  /**
   * The warning line of one failed rule: {@code FOCUS rule failed (MUST) BilledCost-C-003-M: …}.
   */
  static String ruleFailure(RuleResult failure) {
    return RULE_FAILED
        + (failure.severity() == RuleSeverity.ERROR ? "(MUST) " : "(SHOULD) ")
        + failure.message();
  }

  /** Sorts the warnings of a FOCUS import, as the import log keeps them, into the report. */
  public static FocusImportReport of(
      String version, List<String> warnings, List<RejectedRow> rejects) {
    List<String> conditional = new ArrayList<>();
    List<String> recommended = new ArrayList<>();
    List<String> deprecated = new ArrayList<>();
    List<String> provider = new ArrayList<>();
    List<String> nonFocus = new ArrayList<>();
    List<String> wrongTypes = new ArrayList<>();
    List<String> renamed = new ArrayList<>();
    List<String> rules = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    String conformance = null;
    for (String warning : warnings) {
      // A folder import prefixes a warning with the part it came from: "part-1.csv: ...".
      String text = withoutPart(warning);
      if (text.startsWith(CONDITIONAL_MISSING)) {
        addNames(conditional, text.substring(CONDITIONAL_MISSING.length()));
      } else if (text.startsWith(RECOMMENDED_MISSING)) {
        addNames(recommended, text.substring(RECOMMENDED_MISSING.length()));
      } else if (text.contains(DEPRECATED_MISSING)) {
        deprecated.add(text.substring(0, text.indexOf(DEPRECATED_MISSING)));
      } else if (text.startsWith(PROVIDER_COLUMNS)) {
        addNames(provider, text.substring(PROVIDER_COLUMNS.length()));
      } else if (text.startsWith(NON_FOCUS_COLUMNS)) {
        addNames(nonFocus, text.substring(NON_FOCUS_COLUMNS.length()));
      } else if (text.startsWith(WRONG_TYPE)) {
        wrongTypes.add(text.substring(WRONG_TYPE.length()));
      } else if (text.startsWith(RENAMED_HEADER) && text.contains("' read as ")) {
        renamed.add(text);
      } else if (text.startsWith(RULE_FAILED)) {
        rules.add(text.substring(RULE_FAILED.length()));
      } else if (text.startsWith(CONFORMANCE)) {
        conformance = text;
      } else {
        notes.add(warning);
      }
    }
    return new FocusImportReport(
        version,
        conditional,
        recommended,
        deprecated,
        provider,
        nonFocus,
        wrongTypes,
        renamed,
        conformance,
        rules,
        notes,
        rejects);
  }

  /** The failed rules that are MUST rules (errors). */
  public long mustFailures() {
    return ruleFailures.stream().filter(r -> r.startsWith("(MUST)")).count();
  }

  private static String withoutPart(String warning) {
    String text = warning.replaceFirst(" \\(\\d+ files\\)$", "");
    int colon = text.indexOf(": ");
    if (colon > 0 && !text.substring(0, colon).contains(" ")) {
      String rest = text.substring(colon + 2);
      if (rest.startsWith(CONDITIONAL_MISSING)
          || rest.startsWith(RECOMMENDED_MISSING)
          || rest.startsWith(PROVIDER_COLUMNS)
          || rest.startsWith(NON_FOCUS_COLUMNS)
          || rest.startsWith(WRONG_TYPE)
          || rest.startsWith(RENAMED_HEADER)) {
        return rest;
      }
    }
    return text;
  }

  private static void addNames(List<String> names, String list) {
    Arrays.stream(list.split(","))
        .map(String::strip)
        .filter(name -> !name.isEmpty() && !names.contains(name))
        .forEach(names::add);
  }
}
