package io.tokenledger.engine.costmodel;

import java.math.BigDecimal;
import java.util.List;

/**
 * The priced usage of a period, cell by cell, and what could not be priced (those events take no
 * part in Explain or scenarios, and the pages say how many there were).
 *
 * @param cells priced usage per day, provider, model, tier, client and feature
 * @param unpricedRequests requests in the period without a price (unknown model or bucket)
 * @param unpricedTokens their tokens
 */
public record PricedUsage(List<UsageCell> cells, long unpricedRequests, long unpricedTokens) {

  public PricedUsage {
    cells = List.copyOf(cells);
  }

  /** The cost of every cell. */
  public BigDecimal cost() {
    return cells.stream().map(UsageCell::cost).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** The currencies the cells are priced in. */
  public List<String> currencies() {
    return cells.stream().map(UsageCell::currency).distinct().sorted().toList();
  }

  /** Refuses usage priced in another currency than {@code currency}. */
  public void requireCurrency(String currency, String period) {
    for (String priced : currencies()) {
      if (!priced.equals(currency)) {
        throw new CostModelException(
            "Usage in "
                + period
                + " is priced in "
                + priced
                + "; Explain and scenarios compare costs in "
                + currency
                + " only");
      }
    }
  }
}
