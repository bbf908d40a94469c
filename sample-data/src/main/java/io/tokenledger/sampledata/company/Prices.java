package io.tokenledger.sampledata.company;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

/**
 * USD per token of one model, per bucket, as the provider bills it, plus the batch rates where the
 * provider has a batch API. Prices are written per million tokens with at most four decimals, so
 * every per-token price has at most ten decimals and every cost is an exact DECIMAL(38,10).
 */
public final class Prices {

  private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

  private final Map<TokenBucket, BigDecimal> perToken;
  private final BigDecimal batchInput;
  private final BigDecimal batchOutput;

  private Prices(
      Map<TokenBucket, BigDecimal> perToken, BigDecimal batchInput, BigDecimal batchOutput) {
    this.perToken = perToken;
    this.batchInput = batchInput;
    this.batchOutput = batchOutput;
  }

  /**
   * Prices per million tokens; {@code null} for a bucket the model does not bill. Reasoning tokens
   * are billed at the output rate, as all four providers do.
   */
  public static Prices perMillion(
      String input,
      String cacheRead,
      String cacheWrite5m,
      String cacheWrite1h,
      String output,
      String batchInput,
      String batchOutput) {
    Map<TokenBucket, BigDecimal> map = new EnumMap<>(TokenBucket.class);
    map.put(TokenBucket.IN_UNCACHED, perToken(input));
    map.put(TokenBucket.IN_CACHE_READ, perToken(cacheRead));
    map.put(TokenBucket.IN_CACHE_WRITE_5M, perToken(cacheWrite5m));
    map.put(TokenBucket.IN_CACHE_WRITE_1H, perToken(cacheWrite1h));
    map.put(TokenBucket.OUT_TEXT, perToken(output));
    map.put(TokenBucket.OUT_REASONING, perToken(output));
    return new Prices(map, perToken(batchInput), perToken(batchOutput));
  }

  private static BigDecimal perToken(String perMillion) {
    return perMillion == null ? null : new BigDecimal(perMillion).divide(MILLION);
  }

  /** USD per token of a bucket; zero for a bucket the model never bills (it never has tokens). */
  public BigDecimal of(TokenBucket bucket) {
    BigDecimal price = perToken.get(bucket);
    return price == null ? BigDecimal.ZERO : price;
  }

  public BigDecimal batchInput() {
    return batchInput;
  }

  public BigDecimal batchOutput() {
    return batchOutput;
  }

  /** The exact cost of a request's tokens at these prices. */
  public BigDecimal cost(TokenUsage usage) {
    BigDecimal total = BigDecimal.ZERO;
    for (TokenBucket bucket : TokenBucket.values()) {
      long tokens = usage.get(bucket);
      if (tokens != 0) {
        total = total.add(of(bucket).multiply(BigDecimal.valueOf(tokens)));
      }
    }
    return total;
  }

  /** What the same request would cost on the batch API (input and output at the batch rates). */
  public BigDecimal batchCost(TokenUsage usage) {
    if (batchInput == null) {
      throw new IllegalStateException("no batch price");
    }
    BigDecimal in = BigDecimal.valueOf(usage.inputTokens() - usage.get(TokenBucket.IN_CACHE_READ));
    BigDecimal out = BigDecimal.valueOf(usage.outputTokens());
    return batchInput
        .multiply(in)
        .add(
            of(TokenBucket.IN_CACHE_READ)
                .multiply(BigDecimal.valueOf(usage.get(TokenBucket.IN_CACHE_READ))))
        .add(batchOutput.multiply(out));
  }
}
