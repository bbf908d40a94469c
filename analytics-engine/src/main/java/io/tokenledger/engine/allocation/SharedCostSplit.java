package io.tokenledger.engine.allocation;

import java.math.BigDecimal;
import java.util.Map;

/**
 * How the user splits a shared cost pool (cost lines without a model, such as a platform fee, a
 * support plan or a GPU cluster) over clients.
 *
 * @param poolKey {@code provider/service}, as listed by {@link AllocationService#sharedPools}
 * @param method how to split
 * @param basis for {@link Method#PROPORTIONAL}: what the shares follow
 * @param fixedShares for {@link Method#FIXED}: client to share (the shares are normalised)
 */
public record SharedCostSplit(
    String poolKey, Method method, Basis basis, Map<String, BigDecimal> fixedShares) {

  public SharedCostSplit {
    fixedShares = fixedShares == null ? Map.of() : Map.copyOf(fixedShares);
  }

  public static SharedCostSplit even(String poolKey) {
    return new SharedCostSplit(poolKey, Method.EVEN, null, Map.of());
  }

  public static SharedCostSplit proportional(String poolKey, Basis basis) {
    return new SharedCostSplit(poolKey, Method.PROPORTIONAL, basis, Map.of());
  }

  public static SharedCostSplit fixed(String poolKey, Map<String, BigDecimal> shares) {
    return new SharedCostSplit(poolKey, Method.FIXED, null, shares);
  }

  /** The split methods of DOMAIN.md §7. */
  public enum Method {
    EVEN,
    PROPORTIONAL,
    FIXED,
    UNALLOCATED;

    String sqlName() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** What a proportional split follows, per client and month. */
  public enum Basis {
    ALLOCATED_COST,
    TOKENS,
    REQUESTS;

    String sqlName() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
