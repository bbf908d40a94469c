package io.tokenledger.engine.showback;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * The summary numbers of a pack, exactly as its Summary sheet shows them: the preview the Showback
 * page displays before exporting, and what the command prints after it. Money is in the reporting
 * currency, rounded once for presentation with the remainder carried (allocated + unallocated =
 * billed; the groups add up to billed).
 *
 * @param change relative change of billed from the previous month, or null when it had none
 * @param groups every group, largest first
 * @param detailRows the allocated rows behind the numbers (the Detail sheet's rows)
 * @param hasRevenue whether revenue exists for the month (the Asymmetry sheet and chart)
 */
public record ShowbackSummary(
    YearMonth period,
    ShowbackGrouping by,
    String currency,
    BigDecimal billed,
    BigDecimal allocated,
    BigDecimal unallocated,
    BigDecimal previousBilled,
    BigDecimal change,
    long tokens,
    long requests,
    long tasks,
    BigDecimal costPer1mTokens,
    BigDecimal costPerRequest,
    BigDecimal costPerTask,
    List<GroupSpend> groups,
    long detailRows,
    boolean hasRevenue) {

  public ShowbackSummary {
    groups = List.copyOf(groups);
  }
}
