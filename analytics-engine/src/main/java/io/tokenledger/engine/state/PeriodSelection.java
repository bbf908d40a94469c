package io.tokenledger.engine.state;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The period every page reports on, and what it is compared with (the top bar's choices).
 *
 * @param from first day included, or null for the beginning of the data
 * @param until first day excluded, or null for the end of the data
 * @param comparison the period shown beside it
 */
public record PeriodSelection(LocalDate from, LocalDate until, Comparison comparison) {

  public static final PeriodSelection ALL_TIME = new PeriodSelection(null, null, Comparison.NONE);

  public PeriodSelection {
    comparison = comparison == null ? Comparison.NONE : comparison;
    if (from != null && until != null && !until.isAfter(from)) {
      throw new IllegalArgumentException("The period ends (" + until + ") before it starts");
    }
  }

  /** One calendar month. */
  public static PeriodSelection month(YearMonth month, Comparison comparison) {
    return new PeriodSelection(month.atDay(1), month.plusMonths(1).atDay(1), comparison);
  }

  /** What a period is compared with. */
  public enum Comparison {
    @JsonProperty("none")
    NONE,
    @JsonProperty("previous_period")
    PREVIOUS_PERIOD,
    @JsonProperty("previous_year")
    PREVIOUS_YEAR
  }
}
