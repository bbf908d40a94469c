package io.tokenledger.engine.scenarios;

import io.tokenledger.engine.costmodel.PricedUsage;
import io.tokenledger.engine.costmodel.UsageCell;
import io.tokenledger.engine.pricing.TokenBucket;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Applies a scenario's levers to the priced usage of its baseline month, cell by cell, in {@link
 * SavedScenario#leversInOrder() lever order}. A cell keeps its tokens and cost per bucket; each
 * lever changes them:
 *
 * <ul>
 *   <li><b>grow</b>: requests × (1 + tasks%) (1 + steps%), tokens and cost × that × (1 + tokens%);
 *   <li><b>route</b>: the cells on model {@code from} keep their tokens, which are priced at model
 *       {@code to}'s price book prices for the same bucket, tier and day;
 *   <li><b>cache</b>: the cache-read share of input tokens becomes the rate; the other input tokens
 *       (uncached and cache writes) shrink or grow in their own proportions; each bucket keeps its
 *       unit price (the cell's own effective price, or the price book's where the cell had no
 *       tokens in that bucket);
 *   <li><b>batch</b>: a share of the cell's tokens moves from its tier to the model's batch price;
 *   <li><b>price</b>: the cost of the provider's or model's cells changes by the percentage.
 * </ul>
 *
 * The saving of a lever is the total cost before it minus the total after it, so the savings add up
 * to the scenario's saving exactly. Quantities that are not whole (grown tokens, shares) are kept
 * with 34 significant digits.
 */
public final class ScenarioModel {

  private static final MathContext EXACT = MathContext.DECIMAL128;
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final TokenBucket[] INPUT = {
    TokenBucket.IN_UNCACHED, TokenBucket.IN_CACHE_READ,
    TokenBucket.IN_CACHE_WRITE_5M, TokenBucket.IN_CACHE_WRITE_1H
  };

  private final PriceLookup prices;

  public ScenarioModel(PriceLookup prices) {
    this.prices = prices;
  }

  /**
   * Runs {@code scenario} on {@code usage}; {@code revenue} is each client's revenue in the
   * baseline month in {@code currency} (clients without revenue get no margin).
   */
  public ScenarioResult run(
      SavedScenario scenario, PricedUsage usage, String currency, Map<String, BigDecimal> revenue) {
    List<Working> cells = usage.cells().stream().map(Working::new).toList();
    BigDecimal baseline = total(cells);
    BigDecimal running = baseline;
    List<LeverSaving> savings = new ArrayList<>();
    for (Lever lever : scenario.leversInOrder()) {
      BigDecimal touched = BigDecimal.ZERO;
      for (Working cell : cells) {
        if (apply(lever, cell)) {
          touched = touched.add(cell.requests);
        }
      }
      BigDecimal after = total(cells);
      savings.add(new LeverSaving(lever, running, after, touched));
      running = after;
    }
    List<GroupCost> byClient = groups(cells, w -> w.origin.client());
    List<GroupCost> byFeature = groups(cells, w -> w.origin.feature());
    List<ClientMargin> margins = new ArrayList<>();
    for (GroupCost client : byClient) {
      BigDecimal amount = revenue.get(client.group());
      if (amount != null) {
        margins.add(new ClientMargin(client.group(), amount, client.baseline(), client.scenario()));
      }
    }
    return new ScenarioResult(
        scenario,
        currency,
        baseline,
        running,
        savings,
        byClient,
        byFeature,
        margins,
        usage.unpricedRequests());
  }

  private boolean apply(Lever lever, Working cell) {
    if (lever instanceof Lever.Growth growth) {
      if (!growth.scope().matches(cell.origin)) {
        return false;
      }
      BigDecimal requests = factor(growth.tasksPercent()).multiply(factor(growth.stepsPercent()));
      BigDecimal tokens = requests.multiply(factor(growth.tokensPercent()));
      cell.requests = cell.requests.multiply(requests);
      for (int b = 0; b < cell.tokens.length; b++) {
        cell.tokens[b] = cell.tokens[b].multiply(tokens);
        cell.costs[b] = cell.costs[b].multiply(tokens);
      }
      return true;
    }
    if (lever instanceof Lever.Route route) {
      if (!route.scope().matches(cell.origin) || !route.from().equalsIgnoreCase(cell.model)) {
        return false;
      }
      for (TokenBucket bucket : TokenBucket.values()) {
        int b = bucket.ordinal();
        cell.costs[b] =
            cell.tokens[b].signum() == 0
                ? BigDecimal.ZERO
                : cell.tokens[b].multiply(
                    prices.unitPrice(route.to(), bucket, cell.tier, cell.origin.day()));
      }
      cell.model = route.to();
      String provider = prices.provider(route.to());
      cell.provider = provider == null ? cell.provider : provider;
      return true;
    }
    if (lever instanceof Lever.CacheRate cache) {
      if (!cache.scope().matches(cell.origin)) {
        return false;
      }
      setCacheRate(cell, cache.hitRate());
      return true;
    }
    if (lever instanceof Lever.Batch batch) {
      if (!batch.scope().matches(cell.origin) || "batch".equals(cell.tier)) {
        return false;
      }
      BigDecimal stay = BigDecimal.ONE.subtract(batch.share());
      for (TokenBucket bucket : TokenBucket.values()) {
        int b = bucket.ordinal();
        if (cell.tokens[b].signum() == 0) {
          continue;
        }
        BigDecimal moved =
            batch.share().signum() == 0
                ? BigDecimal.ZERO
                : cell.tokens[b]
                    .multiply(batch.share())
                    .multiply(prices.unitPrice(cell.model, bucket, "batch", cell.origin.day()));
        cell.costs[b] = cell.costs[b].multiply(stay).add(moved);
      }
      return true;
    }
    if (lever instanceof Lever.PriceChange price) {
      boolean matches =
          (price.provider() == null || price.provider().equalsIgnoreCase(cell.provider))
              && (price.model() == null || price.model().equalsIgnoreCase(cell.model));
      if (!matches) {
        return false;
      }
      BigDecimal factor = factor(price.percent());
      for (int b = 0; b < cell.costs.length; b++) {
        cell.costs[b] = cell.costs[b].multiply(factor);
      }
      return true;
    }
    throw new IllegalArgumentException("Unknown lever " + lever);
  }

  private void setCacheRate(Working cell, BigDecimal rate) {
    BigDecimal input = BigDecimal.ZERO;
    BigDecimal others = BigDecimal.ZERO;
    for (TokenBucket bucket : INPUT) {
      input = input.add(cell.tokens[bucket.ordinal()]);
      if (bucket != TokenBucket.IN_CACHE_READ) {
        others = others.add(cell.tokens[bucket.ordinal()]);
      }
    }
    if (input.signum() == 0) {
      return;
    }
    BigDecimal read = input.multiply(rate);
    BigDecimal rest = input.subtract(read);
    BigDecimal[] target = new BigDecimal[cell.tokens.length];
    for (TokenBucket bucket : INPUT) {
      int b = bucket.ordinal();
      if (bucket == TokenBucket.IN_CACHE_READ) {
        target[b] = read;
      } else if (others.signum() == 0) {
        target[b] = bucket == TokenBucket.IN_UNCACHED ? rest : BigDecimal.ZERO;
      } else {
        target[b] = rest.multiply(cell.tokens[b]).divide(others, EXACT);
      }
    }
    for (TokenBucket bucket : INPUT) {
      int b = bucket.ordinal();
      BigDecimal cost;
      if (target[b].signum() == 0) {
        cost = BigDecimal.ZERO;
      } else if (cell.tokens[b].signum() > 0) {
        cost = cell.costs[b].multiply(target[b]).divide(cell.tokens[b], EXACT);
      } else {
        cost =
            target[b].multiply(prices.unitPrice(cell.model, bucket, cell.tier, cell.origin.day()));
      }
      cell.tokens[b] = target[b];
      cell.costs[b] = cost;
    }
  }

  private static BigDecimal factor(BigDecimal percent) {
    return BigDecimal.ONE.add(percent.divide(HUNDRED));
  }

  private static BigDecimal total(List<Working> cells) {
    BigDecimal sum = BigDecimal.ZERO;
    for (Working cell : cells) {
      for (BigDecimal cost : cell.costs) {
        sum = sum.add(cost);
      }
    }
    return sum;
  }

  private static List<GroupCost> groups(List<Working> cells, Function<Working, String> key) {
    Map<String, BigDecimal[]> sums = new LinkedHashMap<>();
    for (Working cell : cells) {
      BigDecimal[] sum =
          sums.computeIfAbsent(
              key.apply(cell), k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
      sum[0] = sum[0].add(cell.origin.cost());
      for (BigDecimal cost : cell.costs) {
        sum[1] = sum[1].add(cost);
      }
    }
    return sums.entrySet().stream()
        .map(e -> new GroupCost(e.getKey(), e.getValue()[0], e.getValue()[1]))
        .sorted(
            Comparator.comparing(GroupCost::baseline).reversed().thenComparing(GroupCost::group))
        .toList();
  }

  /** A cell as the levers change it. */
  private static final class Working {
    final UsageCell origin;
    String provider;
    String model;
    final String tier;
    BigDecimal requests;
    final BigDecimal[] tokens = new BigDecimal[TokenBucket.values().length];
    final BigDecimal[] costs = new BigDecimal[TokenBucket.values().length];

    Working(UsageCell cell) {
      origin = cell;
      provider = cell.provider();
      model = cell.model();
      tier = cell.serviceTier();
      requests = BigDecimal.valueOf(cell.requests());
      for (TokenBucket bucket : TokenBucket.values()) {
        tokens[bucket.ordinal()] = BigDecimal.valueOf(cell.tokens(bucket));
        costs[bucket.ordinal()] = cell.cost(bucket);
      }
    }
  }
}
