package io.tokenledger.sampledata.company;

import java.math.BigDecimal;

/**
 * One model invocation: the unit every provider bills and the row of the request ledger.
 *
 * @param requestId the provider's response id
 * @param model the model called
 * @param tier the service tier it was served at
 * @param operation {@code chat} for every call the demo makes
 * @param usage tokens in disjoint buckets (all zero for a failed call)
 * @param failed the provider returned an error (nothing billed; the caller retried)
 * @param startMicros start, epoch microseconds UTC
 * @param latencyMillis wall time until the last token
 * @param credential the key and project the call was made with
 * @param cost what the provider bills for it (zero when failed; billed even for unpriced models)
 * @param gpuMillis GPU busy time it caused on the self-hosted endpoint, else 0
 */
public record Invocation(
    String requestId,
    ModelSpec model,
    ServiceTier tier,
    String operation,
    TokenUsage usage,
    boolean failed,
    long startMicros,
    long latencyMillis,
    Credential credential,
    BigDecimal cost,
    long gpuMillis) {

  public long endMicros() {
    return startMicros + latencyMillis * 1000;
  }

  /**
   * The cost the company's own price table knows, or null when the model is not in the catalogs.
   */
  public BigDecimal catalogCost() {
    if (model.prices() == null || !model.inCatalogs()) {
      return null;
    }
    return cost;
  }
}
