package io.tokenledger.engine.reconcile;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Names the likely causes of a reconciliation gap from the numbers of one line and its neighbouring
 * periods (DOMAIN.md §6: missing logs, cache and reasoning tokens, tiers, UTC day windows, FX).
 * These are hints for the analyst, each stated with the figure behind it.
 */
final class GapCauses {

  /** Token counts within this share of each other tie. */
  private static final double TIE = 0.01;

  private GapCauses() {}

  static List<String> of(Sides line, Sides previous, Sides next) {
    List<String> causes = new ArrayList<>();
    Long billed = line.invoiceTokens != null ? line.invoiceTokens : line.usageTokens;
    if (line.hasInvoice() && line.usageTokens == null && line.traceTokens == null) {
      causes.add("no usage recorded for this model and period");
    }
    if (!line.hasInvoice() && (line.usageTokens != null || line.traceTokens != null)) {
      causes.add("usage with no invoice line (not billed yet, or billed under another model name)");
    }
    if (billed != null
        && billed > 0
        && line.traceTokens != null
        && !ties(billed, line.traceTokens)) {
      if (shiftedToNeighbour(line, previous) || shiftedToNeighbour(line, next)) {
        causes.add(
            "day boundary: the neighbouring day has the opposite gap (time zone of the traces)");
      } else if (line.traceTokens < billed) {
        causes.add(
            String.format(
                Locale.ROOT,
                "missing traces: traces cover %.1f%% of the billed tokens",
                100.0 * line.traceTokens / billed));
      } else {
        causes.add(
            "traces count more tokens than were billed (duplicate or nested spans counted twice?)");
      }
    }
    if (line.invoiceCacheTokens != null
        && line.invoiceCacheTokens > 0
        && line.traceTokens != null
        && (line.traceCacheTokens == null
            || line.traceCacheTokens < line.invoiceCacheTokens * (1 - TIE))) {
      causes.add("cache tokens: the bill prices cache reads and writes the traces do not show");
    }
    long billedReasoning =
        positive(line.invoiceReasoningTokens) + positive(line.usageReasoningTokens);
    if (billedReasoning > 0
        && line.traceTokens != null
        && positive(line.traceReasoningTokens) == 0) {
      causes.add("reasoning tokens: billed as output but absent from the traces");
    }
    if (line.invoiceTiers != null
        && !line.invoiceTiers.equals(line.traceTiers)
        && line.traceTokens != null) {
      causes.add(
          "service tier: the bill has " + line.invoiceTiers + " lines the traces do not mark");
    }
    if (line.currency != null && !line.currency.equals("USD") && line.traceCost != null) {
      causes.add("FX: invoice in " + line.currency + ", traces in USD");
    }
    if (causes.isEmpty()
        && line.invoiceCost != null
        && line.traceCost != null
        && line.invoiceCost.signum() != 0
        && line.invoiceCost
                .subtract(line.traceCost)
                .abs()
                .compareTo(line.invoiceCost.abs().multiply(BigDecimal.valueOf(TIE)))
            > 0) {
      causes.add(
          "price: same tokens, different cost (negotiated rates, tier or catalog prices in the traces)");
    }
    return causes;
  }

  private static boolean shiftedToNeighbour(Sides line, Sides neighbour) {
    if (neighbour == null
        || line.invoiceTokens == null
        || line.traceTokens == null
        || neighbour.invoiceTokens == null
        || neighbour.traceTokens == null) {
      return false;
    }
    long gap = line.invoiceTokens - line.traceTokens;
    long other = neighbour.invoiceTokens - neighbour.traceTokens;
    return Long.signum(gap) == -Long.signum(other)
        && Math.abs(gap + other) <= TIE * Math.max(Math.abs(gap), Math.abs(other));
  }

  private static boolean ties(long a, long b) {
    return Math.abs(a - b) <= TIE * Math.max(Math.abs(a), Math.abs(b));
  }

  private static long positive(Long value) {
    return value == null ? 0 : Math.max(0, value);
  }

  /** The raw sides of one line, as the SQL returns them. */
  record Sides(
      String currency,
      BigDecimal invoiceCost,
      Long invoiceTokens,
      Long invoiceCacheTokens,
      Long invoiceReasoningTokens,
      String invoiceTiers,
      Long usageTokens,
      Long usageReasoningTokens,
      Long traceTokens,
      Long traceCacheTokens,
      Long traceReasoningTokens,
      BigDecimal traceCost,
      String traceTiers) {

    boolean hasInvoice() {
      return invoiceCost != null;
    }
  }
}
