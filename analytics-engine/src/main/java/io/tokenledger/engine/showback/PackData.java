package io.tokenledger.engine.showback;

import io.tokenledger.engine.reconcile.Grain;
import io.tokenledger.engine.reconcile.ReconcileService;
import io.tokenledger.engine.reconcile.ReconciliationLine;
import io.tokenledger.engine.showback.ShowbackQueries.BucketCost;
import io.tokenledger.engine.showback.ShowbackQueries.ClientRevenue;
import io.tokenledger.engine.showback.ShowbackQueries.DaySpend;
import io.tokenledger.engine.showback.ShowbackQueries.GroupLine;
import io.tokenledger.engine.showback.ShowbackQueries.MethodUse;
import io.tokenledger.engine.showback.ShowbackQueries.PriceLine;
import io.tokenledger.engine.showback.ShowbackQueries.SourceFile;
import io.tokenledger.engine.showback.ShowbackQueries.SplitSetting;
import io.tokenledger.engine.showback.ShowbackQueries.Totals;
import io.tokenledger.engine.showback.ShowbackQueries.UnallocatedCost;
import io.tokenledger.engine.showback.ShowbackQueries.UsageCost;
import io.tokenledger.engine.workspace.Workspace;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything a pack shows except the detail rows: the exact figures from {@link ShowbackQueries}
 * and, beside them, the summary's presented (rounded, remainder-carried) money that every other
 * sheet rounds its own tables against, so that per-sheet totals add up to the summary.
 */
final class PackData {

  final ShowbackRequest request;
  final Totals current;
  final Totals previous;
  final List<GroupLine> groups;

  /** Presented, aligned with {@link #groups}. */
  final List<BigDecimal> groupBilled;

  final List<BigDecimal> groupPrevious;
  final List<BigDecimal> groupShares;
  final BigDecimal billed;
  final BigDecimal allocated;
  final BigDecimal unallocated;
  final BigDecimal previousBilled;
  final BigDecimal previousAllocated;
  final BigDecimal previousUnallocated;
  final List<ClientRevenue> revenue;
  final boolean hasRevenue;

  List<DaySpend> trend = List.of();
  List<UsageCost> breakdown = List.of();
  List<BucketCost> buckets = List.of();
  List<UsageCost> unitEconomics = List.of();
  List<PriceLine> rateCard = List.of();
  List<MethodUse> methods = List.of();
  List<SplitSetting> splits = List.of();
  List<UnallocatedCost> unallocatedCosts = List.of();
  List<SourceFile> sources = List.of();
  List<ReconciliationLine> reconciliation = List.of();

  private final Map<String, Integer> groupIndex = new HashMap<>();

  private PackData(
      ShowbackRequest request,
      Totals[] totals,
      List<GroupLine> groups,
      List<ClientRevenue> revenue) {
    this.request = request;
    this.current = totals[0];
    this.previous = totals[1];
    this.groups = List.copyOf(groups);
    this.billed = Presented.cents(current.billed());
    List<BigDecimal> split =
        Presented.parts(List.of(current.allocated(), current.unallocated()), billed);
    this.allocated = split.get(0);
    this.unallocated = split.get(1);
    this.previousBilled = Presented.cents(previous.billed());
    List<BigDecimal> previousSplit =
        Presented.parts(List.of(previous.allocated(), previous.unallocated()), previousBilled);
    this.previousAllocated = previousSplit.get(0);
    this.previousUnallocated = previousSplit.get(1);
    this.groupBilled = Presented.parts(groups.stream().map(GroupLine::billed).toList(), billed);
    this.groupPrevious =
        Presented.parts(groups.stream().map(GroupLine::previous).toList(), previousBilled);
    this.groupShares = Presented.shares(groups.stream().map(GroupLine::billed).toList());
    for (int i = 0; i < groups.size(); i++) {
      groupIndex.put(groups.get(i).group(), i);
    }
    this.revenue = List.copyOf(revenue);
    this.hasRevenue = revenue.stream().anyMatch(r -> r.revenue() != null);
  }

  /** The totals and groups only: what the preview shows. */
  static PackData summaryOnly(ShowbackQueries queries, ShowbackRequest request)
      throws SQLException {
    return new PackData(request, queries.totals(), queries.groups(), queries.revenue());
  }

  /** Everything the chosen sections need. */
  static PackData full(
      ShowbackQueries queries,
      ShowbackRequest request,
      Workspace workspace,
      ReconcileService reconcile)
      throws SQLException {
    PackData data = summaryOnly(queries, request);
    data.trend = queries.trend();
    if (request.includes(ShowbackSection.GROUP_SHEETS)) {
      data.breakdown = queries.breakdown();
      data.buckets = queries.buckets();
    }
    if (request.includes(ShowbackSection.UNIT_ECONOMICS)) {
      data.unitEconomics = queries.unitEconomics();
    }
    if (request.includes(ShowbackSection.RATE_CARD)) {
      data.rateCard = queries.rateCard();
      data.splits = queries.splitSettings();
    }
    if (request.includes(ShowbackSection.RATE_CARD)
        || request.includes(ShowbackSection.METHODOLOGY)) {
      data.methods = queries.methods();
    }
    if (request.includes(ShowbackSection.METHODOLOGY)) {
      data.unallocatedCosts = queries.unallocated();
      data.sources = queries.sources();
      data.reconciliation =
          reconcile.reconcile(
              workspace,
              Grain.MONTH,
              request.period().atDay(1),
              request.period().plusMonths(1).atDay(1));
    }
    return data;
  }

  /** The presented billed amount of a group. */
  BigDecimal billedOf(String group) {
    Integer index = groupIndex.get(group);
    return index == null ? BigDecimal.ZERO.setScale(Presented.CENTS) : groupBilled.get(index);
  }

  /** Groups with cost lines this month: the ones that get a sheet, largest first. */
  List<Integer> groupsWithCost() {
    List<Integer> indexes = new ArrayList<>();
    for (int i = 0; i < groups.size(); i++) {
      if (groups.get(i).lines() > 0) {
        indexes.add(i);
      }
    }
    return indexes;
  }

  ShowbackSummary summary() {
    List<GroupSpend> spends = new ArrayList<>();
    for (int i = 0; i < groups.size(); i++) {
      GroupLine line = groups.get(i);
      spends.add(
          new GroupSpend(
              line.group(),
              groupBilled.get(i),
              groupShares.get(i),
              groupPrevious.get(i),
              Presented.change(line.billed(), line.previous()),
              line.tokens(),
              line.requests(),
              line.tasks(),
              Presented.perMillion(line.billed(), line.tokens()),
              Presented.per(line.billed(), line.tasks())));
    }
    return new ShowbackSummary(
        request.period(),
        request.by(),
        request.currency(),
        billed,
        allocated,
        unallocated,
        previousBilled,
        Presented.change(current.billed(), previous.billed()),
        current.tokens(),
        current.requests(),
        current.tasks(),
        Presented.perMillion(current.billed(), current.tokens()),
        Presented.per(current.billed(), current.requests()),
        Presented.per(current.billed(), current.tasks()),
        spends,
        current.lines(),
        hasRevenue);
  }
}
