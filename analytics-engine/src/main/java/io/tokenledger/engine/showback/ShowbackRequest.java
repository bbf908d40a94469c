package io.tokenledger.engine.showback;

import java.time.YearMonth;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What pack to make: a month, a grouping, the reporting currency, the audiences (group values) it
 * is for (empty: every group) and the sections to include.
 *
 * @param maxGroupSheets at most this many per-group sheets, for the largest groups; the rest are
 *     still in the summary, unit economics and detail
 * @param generator the program and version named in the document properties
 */
public record ShowbackRequest(
    YearMonth period,
    ShowbackGrouping by,
    String currency,
    Set<String> audiences,
    Set<ShowbackSection> sections,
    int maxGroupSheets,
    String generator) {

  private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
  public static final int DEFAULT_MAX_GROUP_SHEETS = 50;

  public ShowbackRequest {
    if (period == null || by == null) {
      throw new IllegalArgumentException("A showback pack needs a period and a grouping");
    }
    currency = currency == null ? "USD" : currency.strip().toUpperCase(Locale.ROOT);
    if (!CURRENCY.matcher(currency).matches()) {
      throw new IllegalArgumentException(
          "The reporting currency must be a three-letter code such as USD, not '" + currency + "'");
    }
    audiences = audiences == null ? Set.of() : Set.copyOf(new LinkedHashSet<>(audiences));
    EnumSet<ShowbackSection> chosen = EnumSet.of(ShowbackSection.SUMMARY);
    if (sections != null) {
      chosen.addAll(sections);
    }
    sections = Set.copyOf(chosen);
    if (maxGroupSheets < 0) {
      throw new IllegalArgumentException("The number of group sheets cannot be negative");
    }
    generator = generator == null || generator.isBlank() ? "TokenLedger" : generator;
  }

  /** Every section, every audience, in US dollars. */
  public static ShowbackRequest of(YearMonth period, ShowbackGrouping by) {
    return new ShowbackRequest(
        period,
        by,
        "USD",
        Set.of(),
        EnumSet.allOf(ShowbackSection.class),
        DEFAULT_MAX_GROUP_SHEETS,
        null);
  }

  public ShowbackRequest withCurrency(String code) {
    return new ShowbackRequest(period, by, code, audiences, sections, maxGroupSheets, generator);
  }

  public ShowbackRequest withAudiences(Set<String> values) {
    return new ShowbackRequest(period, by, currency, values, sections, maxGroupSheets, generator);
  }

  public ShowbackRequest withSections(Set<ShowbackSection> chosen) {
    return new ShowbackRequest(period, by, currency, audiences, chosen, maxGroupSheets, generator);
  }

  public ShowbackRequest withMaxGroupSheets(int max) {
    return new ShowbackRequest(period, by, currency, audiences, sections, max, generator);
  }

  public ShowbackRequest withGenerator(String name) {
    return new ShowbackRequest(period, by, currency, audiences, sections, maxGroupSheets, name);
  }

  public boolean includes(ShowbackSection section) {
    return sections.contains(section);
  }
}
