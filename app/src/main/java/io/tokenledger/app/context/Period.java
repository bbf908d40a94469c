package io.tokenledger.app.context;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;

/**
 * A period the analysis covers: all time, one calendar month, or a custom range of days. Ranges are
 * half-open ({@code until} is the first day not included), as the engine's pivot requests take
 * them; the label shows the last day included.
 *
 * @param from the first day included, or null for all time
 * @param until the first day excluded, or null for all time
 */
public record Period(Kind kind, LocalDate from, LocalDate until) {

  /** What sort of period this is. */
  public enum Kind {
    ALL_TIME,
    MONTH,
    RANGE
  }

  private static final DateTimeFormatter MONTH_LABEL =
      DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

  public Period {
    if (kind == Kind.ALL_TIME ? from != null || until != null : from == null || until == null) {
      throw new IllegalArgumentException("A period has both ends, or none for all time");
    }
    if (from != null && !from.isBefore(until)) {
      throw new IllegalArgumentException("A period must end after it starts");
    }
  }

  public static Period allTime() {
    return new Period(Kind.ALL_TIME, null, null);
  }

  public static Period month(YearMonth month) {
    return new Period(Kind.MONTH, month.atDay(1), month.plusMonths(1).atDay(1));
  }

  /** The days from {@code first} to {@code last}, both included. */
  public static Period days(LocalDate first, LocalDate last) {
    if (last.isBefore(first)) {
      throw new IllegalArgumentException("The last day " + last + " is before the first " + first);
    }
    LocalDate until = last.plusDays(1);
    if (first.getDayOfMonth() == 1 && until.equals(first.plusMonths(1))) {
      return month(YearMonth.from(first));
    }
    return new Period(Kind.RANGE, first, until);
  }

  /** The last day included, or null for all time. */
  public LocalDate last() {
    return until == null ? null : until.minusDays(1);
  }

  /** {@code All time}, {@code Oct 2026}, {@code 2026-10-03 – 2026-10-17}. */
  public String label() {
    return switch (kind) {
      case ALL_TIME -> "All time";
      case MONTH -> MONTH_LABEL.format(from);
      case RANGE -> from + " – " + last();
    };
  }

  /**
   * The period just before, to compare with: the month before a month, the same number of days
   * before a range; none for all time.
   */
  public Optional<Period> previous() {
    return switch (kind) {
      case ALL_TIME -> Optional.empty();
      case MONTH -> Optional.of(month(YearMonth.from(from).minusMonths(1)));
      case RANGE -> {
        long days = ChronoUnit.DAYS.between(from, until);
        yield Optional.of(new Period(Kind.RANGE, from.minusDays(days), from));
      }
    };
  }

  @Override
  public String toString() {
    return label();
  }
}
