package io.tokenledger.importers.sheet;

import java.util.List;
import java.util.Map;

/**
 * What every sheet mapping (invoice, revenue) has in common: its columns by field name, a currency
 * column or a default currency, and a date format. The mapping records implement it with their own
 * accessors, so the checks and the stage parameters these fields feed are written once.
 */
public interface SheetMapping {

  /** The mapped columns by field name (header names, null when unmapped). */
  Map<String, String> columns();

  /** The currency column, or null to use {@link #defaultCurrency()}. */
  String currency();

  /** ISO code used when there is no currency column or a cell is empty. */
  String defaultCurrency();

  /** A strptime format for ambiguous dates, or null to read ISO dates. */
  String dateFormat();

  /** The default currency to bind into a stage: null when none was given. */
  default String defaultCurrencyOrNull() {
    return blank(defaultCurrency()) ? null : defaultCurrency();
  }

  /** The date format to bind into a stage: ISO when none was given. */
  default String dateFormatOrIso() {
    return blank(dateFormat()) ? "%Y-%m-%d" : dateFormat();
  }

  /**
   * Refuses this mapping for {@code header} when it has problems: the kind's own ({@code problems},
   * such as a required field left unmapped), then no currency at all, then mapped columns the
   * header lacks.
   */
  default void check(String fileName, List<String> header, List<String> problems) {
    if (currency() == null && blank(defaultCurrency())) {
      problems.add("no currency column is mapped and there is no default currency");
    }
    problems.addAll(SheetColumns.missing(columns(), header));
    SheetColumns.refuse(fileName, problems);
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
