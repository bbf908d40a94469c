package io.tokenledger.engine.explain;

import io.tokenledger.engine.costmodel.PricedUsage;
import io.tokenledger.engine.costmodel.PricedUsageQueries;
import io.tokenledger.engine.costmodel.UsageCell;
import io.tokenledger.engine.workspace.Workspace;
import io.tokenledger.engine.workspace.WorkspaceWork;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Explain on the workspace's priced usage ({@link PricedUsageQueries}: the basis events priced by
 * bucket with the price book, as Price › Apply prices them), decomposed group by group with {@link
 * ChainedDecomposition}.
 */
public final class DefaultExplainService implements ExplainService {

  @Override
  public ExplainResult explain(
      Workspace workspace,
      YearMonth from,
      YearMonth to,
      ExplainGrouping grouping,
      String currency) {
    return WorkspaceWork.read(
        workspace,
        "Explain",
        connection -> {
          PricedUsageQueries queries = new PricedUsageQueries(connection);
          PricedUsage before = queries.read(from, from);
          PricedUsage after = queries.read(to, to);
          before.requireCurrency(currency, from.toString());
          after.requireCurrency(currency, to.toString());
          return explain(before, after, from, to, grouping, currency);
        });
  }

  /** The decomposition of already read usage (also used by tests on hand-made cells). */
  public static ExplainResult explain(
      PricedUsage before,
      PricedUsage after,
      YearMonth from,
      YearMonth to,
      ExplainGrouping grouping,
      String currency) {
    Function<UsageCell, String> group =
        switch (grouping) {
          case TOTAL -> cell -> "Total";
          case CLIENT -> UsageCell::client;
          case FEATURE -> UsageCell::feature;
        };
    Function<UsageCell, String> cellKey =
        grouping == ExplainGrouping.FEATURE
            ? cell -> cell.provider() + "|" + cell.model() + "|" + cell.serviceTier()
            : cell ->
                cell.feature()
                    + "|"
                    + cell.provider()
                    + "|"
                    + cell.model()
                    + "|"
                    + cell.serviceTier();
    Map<String, List<UsageCell>[]> groups = new TreeMap<>();
    collect(groups, before.cells(), group, 0);
    collect(groups, after.cells(), group, 1);
    List<CostChange> changes = new ArrayList<>();
    for (Map.Entry<String, List<UsageCell>[]> entry : groups.entrySet()) {
      changes.add(
          ChainedDecomposition.decompose(
              entry.getKey(), entry.getValue()[0], entry.getValue()[1], cellKey));
    }
    changes.sort(
        Comparator.comparing((CostChange c) -> c.change().abs())
            .reversed()
            .thenComparing(CostChange::group));
    return new ExplainResult(
        from,
        to,
        grouping,
        currency,
        changes,
        CostChange.sum("Total", changes),
        before.unpricedRequests() + after.unpricedRequests());
  }

  @SuppressWarnings("unchecked")
  private static void collect(
      Map<String, List<UsageCell>[]> groups,
      List<UsageCell> cells,
      Function<UsageCell, String> group,
      int period) {
    for (UsageCell cell : cells) {
      groups
          .computeIfAbsent(
              group.apply(cell), k -> new List[] {new ArrayList<>(), new ArrayList<>()})[period]
          .add(cell);
    }
  }
}
