package io.tokenledger.engine.clients;

import java.math.BigDecimal;
import java.util.List;

/**
 * The Clients analysis of one period: each client's revenue against its LLM spend, the totals, the
 * concentration of both, the plain sentences about the clients that burn far more than they bring,
 * the monthly trend and how the two sides' clients matched.
 *
 * @param request what was asked
 * @param clients one line per client, largest spend first; revenue-only and usage-only clients
 *     included, so the lines add up to the totals
 * @param totalRevenue revenue of every client
 * @param totalSpend allocated spend of every client (the unmapped included)
 * @param unallocated invoiced cost in the period that no client carries (not in the shares)
 * @param revenueConcentration Lorenz curve and Gini of revenue over the clients
 * @param spendConcentration Lorenz curve and Gini of spend over the same clients
 * @param sentences "Northwind Traders: 12% of revenue, 78% of LLM spend, margin -40%"
 * @param trend revenue and spend per client and month
 * @param matching revenue clients against usage clients
 */
public record ClientsReport(
    ClientsRequest request,
    List<ClientEconomics> clients,
    BigDecimal totalRevenue,
    BigDecimal totalSpend,
    BigDecimal unallocated,
    Concentration revenueConcentration,
    Concentration spendConcentration,
    List<String> sentences,
    List<ClientMonth> trend,
    ClientMatching matching) {

  public ClientsReport {
    clients = List.copyOf(clients);
    sentences = List.copyOf(sentences);
    trend = List.copyOf(trend);
  }

  /** Total margin after AI cost. */
  public BigDecimal totalMargin() {
    return totalRevenue.subtract(totalSpend);
  }
}
