package io.tokenledger.engine.reconcile;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/**
 * Invoice vs usage export vs traces for one provider, model and period, with the gaps and their
 * likely causes. A side with no data is null (not zero): "no traces" and "traces say 0" differ.
 *
 * @param invoiceCost billed cost in {@code currency} (several currencies are listed comma-joined)
 * @param traceCost the cost the traces themselves reported (USD), where they did
 * @param causes the likely causes of the gap, most telling first; empty when the sides tie
 */
public record ReconciliationLine(
    String provider,
    String model,
    String period,
    String currency,
    BigDecimal invoiceCost,
    Long invoiceTokens,
    Long usageTokens,
    Long usageRequests,
    Long traceTokens,
    Long traceRequests,
    BigDecimal traceCost,
    List<String> causes) {

  public ReconciliationLine {
    causes = List.copyOf(causes);
  }

  /** Billed tokens not seen in the traces (billed minus traced), when both sides exist. */
  public Long traceTokenGap() {
    Long reference = invoiceTokens != null ? invoiceTokens : usageTokens;
    return reference == null || traceTokens == null ? null : reference - traceTokens;
  }

  /** Invoice minus trace-reported cost, when both exist. */
  public BigDecimal costGap() {
    return invoiceCost == null || traceCost == null ? null : invoiceCost.subtract(traceCost);
  }

  /** The cost gap as a share of the invoice, or null. */
  public BigDecimal costGapShare() {
    BigDecimal gap = costGap();
    return gap == null || invoiceCost.signum() == 0
        ? null
        : gap.divide(invoiceCost, MathContext.DECIMAL64);
  }
}
