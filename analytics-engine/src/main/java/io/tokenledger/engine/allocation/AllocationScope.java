package io.tokenledger.engine.allocation;

import io.tokenledger.engine.sql.MonthRanges;
import java.time.YearMonth;
import java.util.Collection;
import java.util.Optional;

/**
 * Which months an allocation run rebuilds: every month, or only some (the months imports touched
 * since the last run, or the months a user asked for). A month is the UTC calendar month of a cost
 * pool's period start; usage events are found by the pools' periods, whatever their month.
 */
public final class AllocationScope {

  private static final AllocationScope ALL = new AllocationScope(null);

  private final MonthRanges months;

  private AllocationScope(MonthRanges months) {
    this.months = months;
  }

  public static AllocationScope all() {
    return ALL;
  }

  public static AllocationScope months(Collection<YearMonth> months) {
    return new AllocationScope(MonthRanges.of(months));
  }

  public boolean isAll() {
    return months == null;
  }

  /** The months, when the scope is not every month. */
  public Optional<MonthRanges> months() {
    return Optional.ofNullable(months);
  }

  /** As recorded with the run: {@code all}, or the months as YYYY-MM, comma-separated. */
  @Override
  public String toString() {
    return isAll() ? "all" : months.toString();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof AllocationScope that && toString().equals(that.toString());
  }

  @Override
  public int hashCode() {
    return toString().hashCode();
  }
}
