package io.tokenledger.engine.clients;

import io.tokenledger.engine.money.Apportion;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Rounds a report once, for presentation: revenue and spend to cents apportioned so each column
 * adds up to its rounded total, margins as rounded revenue minus rounded spend (so they add up
 * too), shares to 0.01% apportioned to exactly 100%, ratios and unit costs to four decimals.
 */
public final class ClientsRounding {

  /** Decimals of a share (0.0001 = 0.01%). */
  public static final int SHARE_SCALE = 4;

  private ClientsRounding() {}

  public static ClientsReport toCents(ClientsReport report) {
    List<ClientEconomics> clients = report.clients();
    BigDecimal revenueTotal = cents(report.totalRevenue());
    BigDecimal spendTotal = cents(report.totalSpend());
    List<BigDecimal> revenue =
        Apportion.toWhole(clients.stream().map(ClientEconomics::revenue).toList(), revenueTotal, 2);
    List<BigDecimal> spend =
        Apportion.toWhole(clients.stream().map(ClientEconomics::spend).toList(), spendTotal, 2);
    List<BigDecimal> revenueShares =
        shares(clients.stream().map(ClientEconomics::revenueShare).toList());
    List<BigDecimal> spendShares =
        shares(clients.stream().map(ClientEconomics::spendShare).toList());
    List<ClientEconomics> rounded = new ArrayList<>();
    for (int i = 0; i < clients.size(); i++) {
      ClientEconomics c = clients.get(i);
      rounded.add(
          new ClientEconomics(
              c.client(),
              revenue.get(i),
              revenueShares.get(i),
              spend.get(i),
              spendShares.get(i),
              four(c.asymmetry()),
              revenue.get(i).subtract(spend.get(i)),
              four(c.marginPct()),
              c.tokens(),
              c.tasks(),
              four(c.costPerTask()),
              four(c.costPerMillionTokens()),
              c.hasRevenue(),
              c.hasUsage()));
    }
    List<ClientMonth> trend =
        report.trend().stream()
            .map(m -> new ClientMonth(m.client(), m.month(), cents(m.revenue()), cents(m.spend())))
            .toList();
    return new ClientsReport(
        report.request(),
        rounded,
        revenueTotal,
        spendTotal,
        cents(report.unallocated()),
        report.revenueConcentration(),
        report.spendConcentration(),
        report.sentences(),
        trend,
        report.matching());
  }

  /** Shares apportioned to exactly 1 when there are any (nulls stay null). */
  private static List<BigDecimal> shares(List<BigDecimal> exact) {
    if (exact.stream().allMatch(s -> s == null)) {
      return exact;
    }
    return Apportion.toWhole(exact, BigDecimal.ONE, SHARE_SCALE);
  }

  private static BigDecimal cents(BigDecimal value) {
    return value == null ? null : value.setScale(2, RoundingMode.HALF_UP);
  }

  private static BigDecimal four(BigDecimal value) {
    return value == null ? null : value.setScale(4, RoundingMode.HALF_UP);
  }
}
