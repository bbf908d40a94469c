package io.tokenledger.engine.scenarios;

import io.tokenledger.engine.costmodel.UsageCell;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Hand-made usage cells for the scenario and Explain tests. */
public final class Cells {

  public static final LocalDate DAY = LocalDate.of(2026, 10, 5);

  private Cells() {}

  /**
   * A cell with tokens per bucket (uncached, cache read, 5m write, 1h write, output, reasoning) and
   * the cost of each at the given unit prices.
   */
  public static UsageCell cell(
      String model,
      String client,
      String feature,
      long requests,
      long[] tokens,
      String... unitPrices) {
    List<Long> tokenList = java.util.Arrays.stream(tokens).boxed().toList();
    List<BigDecimal> costs =
        java.util.stream.IntStream.range(0, tokens.length)
            .mapToObj(b -> new BigDecimal(unitPrices[b]).multiply(BigDecimal.valueOf(tokens[b])))
            .toList();
    return new UsageCell(
        DAY, "anthropic", model, "standard", client, feature, "USD", requests, tokenList, costs);
  }
}
