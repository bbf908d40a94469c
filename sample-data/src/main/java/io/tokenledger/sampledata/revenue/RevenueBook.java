package io.tokenledger.sampledata.revenue;

import io.tokenledger.sampledata.company.Client;
import io.tokenledger.sampledata.company.Company;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What each client pays per month: seats at the plan's price (plus a platform fee on Enterprise),
 * seats growing with the client. The heavy client's negotiated flat fee is set each month to
 * exactly 12% of the month's revenue in USD, which is the planted revenue share.
 */
public final class RevenueBook {

  /** The heavy client's share of each month's revenue. */
  public static final BigDecimal HEAVY_SHARE = new BigDecimal("0.12");

  private static final BigDecimal ENTERPRISE_FEE_USD = new BigDecimal("40");
  private static final BigDecimal ENTERPRISE_FEE_EUR = new BigDecimal("35");

  private final List<RevenueLine> lines;
  private final Map<YearMonth, BigDecimal> eurUsd;
  private final double volumeFactor;

  public RevenueBook(Company company) {
    this.volumeFactor = company.volumeFactor();
    this.eurUsd = FxRates.eurUsd(company.months());
    this.lines = build(company);
  }

  private List<RevenueLine> build(Company company) {
    List<RevenueLine> all = new ArrayList<>();
    for (int m = 0; m < company.months().size(); m++) {
      YearMonth month = company.months().get(m);
      BigDecimal rate = eurUsd.get(month);
      List<RevenueLine> monthLines = new ArrayList<>();
      BigDecimal othersUsd = BigDecimal.ZERO;
      Client heavy = null;
      int invoice = 1;
      for (Client client : company.payingClients()) {
        if (client.name().equals(Company.HEAVY_CLIENT)) {
          heavy = client;
          monthLines.add(null);
          continue;
        }
        int seats = seats(client, m);
        boolean eur = client.currency().equals("EUR");
        BigDecimal amount = BigDecimal.valueOf(seats).multiply(seatPrice(client.plan(), eur));
        if (client.plan().equals("Enterprise")) {
          amount = amount.add(eur ? ENTERPRISE_FEE_EUR : ENTERPRISE_FEE_USD);
        }
        amount = amount.setScale(2, RoundingMode.UNNECESSARY);
        BigDecimal usd = eur ? amount.multiply(rate).setScale(2, RoundingMode.HALF_EVEN) : amount;
        othersUsd = othersUsd.add(usd);
        monthLines.add(
            new RevenueLine(
                client.id(),
                client.name(),
                month,
                client.plan(),
                seats,
                amount,
                client.currency(),
                null,
                usd));
      }
      // The heavy client's fee is 12% of the month's total: heavy = 0.12 / 0.88 x others.
      BigDecimal heavyAmount =
          othersUsd
              .multiply(HEAVY_SHARE)
              .divide(BigDecimal.ONE.subtract(HEAVY_SHARE), 2, RoundingMode.HALF_EVEN);
      for (RevenueLine line : monthLines) {
        RevenueLine withInvoice;
        String invoiceId =
            String.format(
                java.util.Locale.ROOT,
                "INV-%d-%02d-%04d",
                month.getYear(),
                month.getMonthValue(),
                invoice++);
        if (line == null) {
          withInvoice =
              new RevenueLine(
                  heavy.id(),
                  heavy.name(),
                  month,
                  heavy.plan(),
                  seats(heavy, m),
                  heavyAmount,
                  "USD",
                  invoiceId,
                  heavyAmount);
        } else {
          withInvoice =
              new RevenueLine(
                  line.clientId(),
                  line.client(),
                  month,
                  line.plan(),
                  line.seats(),
                  line.amount(),
                  line.currency(),
                  invoiceId,
                  line.amountUsd());
        }
        all.add(withInvoice);
      }
    }
    return List.copyOf(all);
  }

  /** Seats grow with the client; at larger scales clients are bigger (more traffic each). */
  private int seats(Client client, int month) {
    double seats = client.seats() * volumeFactor * (1 + client.growthPerMonth() * month);
    return (int) Math.max(1, StrictMath.round(seats));
  }

  private static BigDecimal seatPrice(String plan, boolean eur) {
    return switch (plan) {
      case "Starter" -> new BigDecimal(eur ? "8" : "9");
      case "Growth" -> new BigDecimal(eur ? "10" : "11");
      default -> new BigDecimal(eur ? "11" : "12");
    };
  }

  public List<RevenueLine> lines() {
    return lines;
  }

  public Map<YearMonth, BigDecimal> eurUsd() {
    return eurUsd;
  }

  /** Total revenue in USD. */
  public BigDecimal totalUsd() {
    return lines.stream().map(RevenueLine::amountUsd).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** One client's revenue in USD. */
  public BigDecimal usdOf(String client) {
    return lines.stream()
        .filter(l -> l.client().equals(client))
        .map(RevenueLine::amountUsd)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
