package io.tokenledger.engine.explain;

import io.tokenledger.engine.costmodel.UsageCell;
import io.tokenledger.engine.pricing.TokenBucket;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Splits the change in one group's cost between two periods into {@link Effect effects} by chained
 * substitution (a sequential, "chain-linked" index decomposition).
 *
 * <p>Within the group, usage is split into cells (feature, provider, model, tier; or provider,
 * model, tier when the group is a feature). The cost is written as
 *
 * <pre>
 *   C = V · Σ_k s_k · Σ_{d ∈ {in, out}} τ_kd · Σ_{b ∈ d} φ_kb · p_kb
 * </pre>
 *
 * with V the requests, s_k = r_k / V the cell's share of requests (mix), τ_kd its input or output
 * tokens per request, φ_kb the share of bucket b in its direction (cache reads, writes and uncached
 * input; text and reasoning output: the cache rate) and p_kb = cost / tokens its unit price. The
 * factors are swapped from the earlier period's value to the later one's in {@link Effect} order —
 * volume, mix, tokens per request, cache rate, price — and each effect is the change in C that its
 * swap makes. The chain starts at the earlier period's actual cost and ends at the later period's,
 * so the effects add up to the change exactly, by construction (the last link, price, takes the
 * tiny rest of the 34-digit arithmetic of the links between). A factor that a period does not
 * define (a cell without requests, a bucket without tokens) takes the other period's value: its
 * weight there is zero, so it changes nothing but keeps the effect where it belongs (a new cell
 * shows in mix, not in price). The result depends on the order, as every sequential decomposition
 * does; the order is fixed so that results are comparable.
 */
public final class ChainedDecomposition {

  private static final MathContext EXACT = MathContext.DECIMAL128;
  private static final int BUCKETS = TokenBucket.values().length;

  private ChainedDecomposition() {}

  /**
   * The change of {@code group} from {@code before} to {@code after} (the usage cells of the group
   * in each period); {@code cellKey} says which cells the mix is made of.
   */
  public static CostChange decompose(
      String group,
      List<UsageCell> before,
      List<UsageCell> after,
      Function<UsageCell, String> cellKey) {
    Map<String, Cell> cells = new LinkedHashMap<>();
    for (UsageCell usage : before) {
      cells.computeIfAbsent(cellKey.apply(usage), k -> new Cell()).before.add(usage);
    }
    for (UsageCell usage : after) {
      cells.computeIfAbsent(cellKey.apply(usage), k -> new Cell()).after.add(usage);
    }
    List<Factors> early = new ArrayList<>();
    List<Factors> late = new ArrayList<>();
    BigDecimal volumeBefore = BigDecimal.ZERO;
    BigDecimal volumeAfter = BigDecimal.ZERO;
    BigDecimal costBefore = BigDecimal.ZERO;
    BigDecimal costAfter = BigDecimal.ZERO;
    for (Cell cell : cells.values()) {
      cell.before.sum();
      cell.after.sum();
      volumeBefore = volumeBefore.add(cell.before.requests);
      volumeAfter = volumeAfter.add(cell.after.requests);
      costBefore = costBefore.add(cell.before.cost());
      costAfter = costAfter.add(cell.after.cost());
    }
    for (Cell cell : cells.values()) {
      Factors first = Factors.of(cell.before, volumeBefore);
      Factors second = Factors.of(cell.after, volumeAfter);
      early.add(first.filledFrom(second));
      late.add(second.filledFrom(first));
    }
    List<BigDecimal> points = new ArrayList<>();
    points.add(costBefore);
    // Chain: substitute volume, mix, tokens per request, cache rate; price ends at the actual cost.
    for (int swapped = 1; swapped < Effect.values().length; swapped++) {
      points.add(evaluate(swapped, volumeBefore, volumeAfter, early, late));
    }
    points.add(costAfter);
    return new CostChange(group, points);
  }

  /** C with the first {@code swapped} effects at the later period's values, the rest earlier. */
  private static BigDecimal evaluate(
      int swapped,
      BigDecimal volumeBefore,
      BigDecimal volumeAfter,
      List<Factors> early,
      List<Factors> late) {
    BigDecimal volume = swapped > Effect.VOLUME.ordinal() ? volumeAfter : volumeBefore;
    BigDecimal sum = BigDecimal.ZERO;
    for (int k = 0; k < early.size(); k++) {
      Factors share = swapped > Effect.MIX.ordinal() ? late.get(k) : early.get(k);
      Factors intensity =
          swapped > Effect.TOKENS_PER_REQUEST.ordinal() ? late.get(k) : early.get(k);
      Factors split = swapped > Effect.CACHE_RATE.ordinal() ? late.get(k) : early.get(k);
      Factors price = swapped > Effect.PRICE.ordinal() ? late.get(k) : early.get(k);
      if (share.share.signum() == 0) {
        continue;
      }
      BigDecimal input = BigDecimal.ZERO;
      BigDecimal output = BigDecimal.ZERO;
      for (int b = 0; b < BUCKETS; b++) {
        BigDecimal term = split.bucketShare[b].multiply(price.unitPrice[b], EXACT);
        if (isInput(b)) {
          input = input.add(term, EXACT);
        } else {
          output = output.add(term, EXACT);
        }
      }
      BigDecimal perRequest =
          intensity
              .inputPerRequest
              .multiply(input, EXACT)
              .add(intensity.outputPerRequest.multiply(output, EXACT), EXACT);
      sum = sum.add(share.share.multiply(perRequest, EXACT), EXACT);
    }
    return volume.multiply(sum, EXACT);
  }

  private static boolean isInput(int bucket) {
    return bucket <= TokenBucket.IN_CACHE_WRITE_1H.ordinal();
  }

  /** The usage of one cell in both periods. */
  private static final class Cell {
    final Totals before = new Totals();
    final Totals after = new Totals();
  }

  /** Requests, tokens and cost of a cell in one period, summed over its days. */
  private static final class Totals {
    final List<UsageCell> cells = new ArrayList<>();
    BigDecimal requests = BigDecimal.ZERO;
    final BigDecimal[] tokens = new BigDecimal[BUCKETS];
    final BigDecimal[] costs = new BigDecimal[BUCKETS];

    void add(UsageCell cell) {
      cells.add(cell);
    }

    void sum() {
      java.util.Arrays.fill(tokens, BigDecimal.ZERO);
      java.util.Arrays.fill(costs, BigDecimal.ZERO);
      requests = BigDecimal.ZERO;
      for (UsageCell cell : cells) {
        requests = requests.add(BigDecimal.valueOf(cell.requests()));
        for (TokenBucket bucket : TokenBucket.values()) {
          int b = bucket.ordinal();
          tokens[b] = tokens[b].add(BigDecimal.valueOf(cell.tokens(bucket)));
          costs[b] = costs[b].add(cell.cost(bucket));
        }
      }
    }

    BigDecimal cost() {
      BigDecimal sum = BigDecimal.ZERO;
      for (BigDecimal cost : costs) {
        sum = sum.add(cost);
      }
      return sum;
    }

    BigDecimal direction(boolean input) {
      BigDecimal sum = BigDecimal.ZERO;
      for (int b = 0; b < BUCKETS; b++) {
        if (isInput(b) == input) {
          sum = sum.add(tokens[b]);
        }
      }
      return sum;
    }
  }

  /**
   * A cell's factors in one period; null where the period does not define one (filled from the
   * other period before use).
   */
  private static final class Factors {
    BigDecimal share;
    BigDecimal inputPerRequest;
    BigDecimal outputPerRequest;
    final BigDecimal[] bucketShare = new BigDecimal[BUCKETS];
    final BigDecimal[] unitPrice = new BigDecimal[BUCKETS];

    static Factors of(Totals totals, BigDecimal volume) {
      Factors factors = new Factors();
      factors.share =
          volume.signum() == 0 ? BigDecimal.ZERO : totals.requests.divide(volume, EXACT);
      BigDecimal input = totals.direction(true);
      BigDecimal output = totals.direction(false);
      if (totals.requests.signum() > 0) {
        factors.inputPerRequest = input.divide(totals.requests, EXACT);
        factors.outputPerRequest = output.divide(totals.requests, EXACT);
      }
      for (int b = 0; b < BUCKETS; b++) {
        BigDecimal direction = isInput(b) ? input : output;
        if (direction.signum() > 0) {
          factors.bucketShare[b] = totals.tokens[b].divide(direction, EXACT);
        }
        if (totals.tokens[b].signum() > 0) {
          factors.unitPrice[b] = totals.costs[b].divide(totals.tokens[b], EXACT);
        }
      }
      return factors;
    }

    /** A copy with the undefined factors taken from {@code other} (zero when neither has one). */
    Factors filledFrom(Factors other) {
      Factors filled = new Factors();
      filled.share = share;
      filled.inputPerRequest = pick(inputPerRequest, other.inputPerRequest);
      filled.outputPerRequest = pick(outputPerRequest, other.outputPerRequest);
      for (int b = 0; b < BUCKETS; b++) {
        filled.bucketShare[b] = pick(bucketShare[b], other.bucketShare[b]);
        filled.unitPrice[b] = pick(unitPrice[b], other.unitPrice[b]);
      }
      return filled;
    }

    private static BigDecimal pick(BigDecimal own, BigDecimal other) {
      if (own != null) {
        return own;
      }
      return other == null ? BigDecimal.ZERO : other;
    }
  }
}
