package io.tokenledger.engine.clients;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The arithmetic of the Clients analysis, exact in BigDecimal: shares, ratios, margins and the
 * plain sentences about the clients whose spend share far exceeds their revenue share.
 */
final class ClientFigures {

  private static final MathContext MATH = MathContext.DECIMAL128;
  private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

  /** Spend share over revenue share above which a client is named as an offender. */
  static final BigDecimal OFFENDER_RATIO = new BigDecimal("1.5");

  /** Spend share from which a client without revenue is named (smaller ones are noise). */
  static final BigDecimal FREE_RIDER_SHARE = new BigDecimal("0.01");

  /** How many offenders the sentences name. */
  static final int OFFENDERS = 3;

  private ClientFigures() {}

  /** Each part over the total; nulls when the total is zero. */
  static List<BigDecimal> shares(List<BigDecimal> parts) {
    BigDecimal total = parts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    List<BigDecimal> shares = new ArrayList<>(parts.size());
    for (BigDecimal part : parts) {
      shares.add(ratio(part, total));
    }
    return shares;
  }

  /** {@code a / b}, or null when {@code b} is zero or null. */
  static BigDecimal ratio(BigDecimal a, BigDecimal b) {
    return a == null || b == null || b.signum() == 0 ? null : a.divide(b, MATH);
  }

  static ClientEconomics economics(
      ClientsQueries.ClientSums sums, BigDecimal totalRevenue, BigDecimal totalSpend) {
    BigDecimal revenueShare = ratio(sums.revenue(), totalRevenue);
    BigDecimal spendShare = ratio(sums.spend(), totalSpend);
    BigDecimal margin = sums.revenue().subtract(sums.spend());
    return new ClientEconomics(
        sums.client(),
        sums.revenue(),
        revenueShare,
        sums.spend(),
        spendShare,
        revenueShare == null || revenueShare.signum() == 0 ? null : ratio(spendShare, revenueShare),
        margin,
        ratio(margin, sums.revenue()),
        sums.tokens(),
        sums.tasks(),
        sums.tasks() == 0 ? null : ratio(sums.spend(), BigDecimal.valueOf(sums.tasks())),
        sums.tokens() == 0
            ? null
            : ratio(sums.spend().multiply(MILLION), BigDecimal.valueOf(sums.tokens())),
        sums.hasRevenue(),
        sums.hasUsage());
  }

  /**
   * "Northwind Traders: 12% of revenue, 78% of LLM spend, margin -40%" for the clients whose spend
   * share is more than {@link #OFFENDER_RATIO} times their revenue share (most excess spend share
   * first), then "Lumora (internal): no revenue, 1.2% of LLM spend" for clients that spend at least
   * {@link #FREE_RIDER_SHARE} without revenue, at most {@link #OFFENDERS} sentences in all.
   */
  static List<String> sentences(List<ClientEconomics> clients) {
    List<ClientEconomics> offenders =
        clients.stream()
            .filter(c -> c.asymmetry() != null && c.asymmetry().compareTo(OFFENDER_RATIO) > 0)
            .sorted(
                Comparator.comparing(
                        (ClientEconomics c) -> c.spendShare().subtract(c.revenueShare()))
                    .reversed())
            .toList();
    List<ClientEconomics> freeRiders =
        clients.stream()
            .filter(c -> c.revenue().signum() == 0 && c.spendShare() != null)
            .filter(c -> c.spendShare().compareTo(FREE_RIDER_SHARE) >= 0)
            .filter(c -> !c.client().startsWith("("))
            .sorted(Comparator.comparing(ClientEconomics::spendShare).reversed())
            .toList();
    List<String> sentences = new ArrayList<>();
    for (ClientEconomics c : offenders) {
      if (sentences.size() < OFFENDERS) {
        sentences.add(
            c.client()
                + ": "
                + percent(c.revenueShare())
                + " of revenue, "
                + percent(c.spendShare())
                + " of LLM spend, margin "
                + percent(c.marginPct()));
      }
    }
    for (ClientEconomics c : freeRiders) {
      if (sentences.size() < OFFENDERS) {
        sentences.add(c.client() + ": no revenue, " + percent(c.spendShare()) + " of LLM spend");
      }
    }
    return sentences;
  }

  /** 12% for shares from 10%, 1.2% below (so small shares do not read as 0%). */
  static String percent(BigDecimal share) {
    if (share == null) {
      return "n/a";
    }
    BigDecimal points = share.movePointRight(2);
    int scale = points.abs().compareTo(BigDecimal.TEN) >= 0 ? 0 : 1;
    return points.setScale(scale, RoundingMode.HALF_UP).toPlainString().replace("-0.0", "0.0")
        + "%";
  }
}
