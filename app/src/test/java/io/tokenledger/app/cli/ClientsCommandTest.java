package io.tokenledger.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.tokenledger.app.AppServices;
import io.tokenledger.app.demo.DemoBuilder;
import io.tokenledger.engine.clients.ClientEconomics;
import io.tokenledger.engine.clients.ClientsReport;
import io.tokenledger.engine.clients.ClientsRequest;
import io.tokenledger.engine.clients.DuckDbClientsService;
import io.tokenledger.engine.task.Cancellation;
import io.tokenledger.engine.task.ProgressListener;
import io.tokenledger.engine.workspace.Workspace;
import io.tokenledger.engine.workspace.WorkspaceOptions;
import io.tokenledger.sampledata.DemoOptions;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code tokenledger query clients} on the demo workspace (revenue sheet and FX table imported the
 * way a user would): the planted client, Northwind Traders, is on top with 12% of revenue and about
 * 78% of the LLM spend, and every figure equals a plain SQL computation over the workspace's tables
 * written here without the engine's queries.
 */
class ClientsCommandTest {

  @TempDir static Path dir;

  private static final AppServices SERVICES = AppServices.createDefault();
  private static Path demo;

  @BeforeAll
  static void build() throws Exception {
    demo = dir.resolve("demo.tlw");
    new DemoBuilder(SERVICES)
        .build(demo, DemoOptions.DEFAULT_SEED, 1.0, ProgressListener.NONE, Cancellation.none());
  }

  /** Revenue in USD (EUR through the month's rate) and allocated spend of one client or all. */
  private static BigDecimal[] independent(Workspace ws, String client) throws Exception {
    String sql =
        "SELECT (SELECT sum(r.amount * CASE WHEN r.currency = 'USD' THEN 1 ELSE x.rate END)"
            + "        FROM revenue r LEFT JOIN fx_rates x ON x.from_currency = r.currency"
            + "         AND x.to_currency = 'USD'"
            + "         AND x.period = date_trunc('month', r.period_start)"
            + "        WHERE ? IS NULL OR r.client = ?),"
            + "       (SELECT sum(billed) FROM allocations"
            + "        WHERE method <> 'unallocated' AND (? IS NULL OR client = ?))";
    try (Connection c = ws.newConnection();
        PreparedStatement q = c.prepareStatement(sql)) {
      for (int i = 1; i <= 4; i++) {
        q.setString(i, client);
      }
      try (ResultSet rows = q.executeQuery()) {
        rows.next();
        return new BigDecimal[] {rows.getBigDecimal(1), rows.getBigDecimal(2)};
      }
    }
  }

  @Test
  void theAsymmetricClientIsOnTopWithFiguresEqualToPlainSql() throws Exception {
    ClientsReport report;
    BigDecimal[] northwind;
    BigDecimal[] all;
    try (Workspace ws =
        SERVICES.workspaceStore().open(demo, WorkspaceOptions.defaults().asReadOnly())) {
      report = new DuckDbClientsService().report(ws, ClientsRequest.allTime("USD"));
      northwind = independent(ws, "Northwind Traders");
      all = independent(ws, null);
    }

    ClientEconomics top = report.clients().get(0);
    assertThat(top.client()).isEqualTo("Northwind Traders");
    assertThat(top.revenue()).isEqualByComparingTo(northwind[0]);
    assertThat(top.spend()).isEqualByComparingTo(northwind[1]);
    assertThat(report.totalRevenue()).isEqualByComparingTo(all[0]);
    assertThat(report.totalSpend()).isEqualByComparingTo(all[1]);
    assertThat(top.revenueShare())
        .isEqualByComparingTo(northwind[0].divide(all[0], MathContext.DECIMAL128));
    assertThat(top.spendShare())
        .isEqualByComparingTo(northwind[1].divide(all[1], MathContext.DECIMAL128));
    assertThat(top.margin()).isEqualByComparingTo(northwind[0].subtract(northwind[1]));
    // the planted answer: exactly 12% of revenue (to the cent of each month's fee), ~78% of spend
    assertThat(top.revenueShare().doubleValue()).isBetween(0.1199, 0.1201);
    assertThat(top.spendShare().doubleValue()).isBetween(0.77, 0.79);
    assertThat(report.sentences().get(0))
        .startsWith("Northwind Traders: 12% of revenue, 78% of LLM spend, margin -4");
    assertThat(report.matching().revenueOnly()).isEmpty();
    assertThat(report.matching().usageOnly()).containsExactly("Lumora (internal)");
    assertThat(report.spendConcentration().gini())
        .isGreaterThan(report.revenueConcentration().gini());
  }

  @Test
  void theCommandPrintsTheSameNumbersAndItsColumnsAddUp() {
    Result csv =
        run("query", "clients", "-w", demo.toString(), "--period", "2026-10", "--format", "csv");

    assertThat(csv.code()).as(csv.err()).isZero();
    List<String> lines = csv.out().lines().toList();
    assertThat(lines.get(0))
        .isEqualTo(
            "client,revenue,revenue_share,spend,spend_share,spend_to_revenue,margin,margin_pct,"
                + "tasks,tokens,cost_per_task,cost_per_1m_tokens");
    List<String> first = Arrays.asList(lines.get(1).split(",", -1));
    assertThat(first.get(0)).isEqualTo("Northwind Traders");
    BigDecimal revenueShares = BigDecimal.ZERO;
    BigDecimal spendShares = BigDecimal.ZERO;
    for (String line : lines.subList(1, lines.size())) {
      List<String> cells = Arrays.asList(line.split(",", -1));
      revenueShares =
          revenueShares.add(new BigDecimal(cells.get(2).isEmpty() ? "0" : cells.get(2)));
      spendShares = spendShares.add(new BigDecimal(cells.get(4).isEmpty() ? "0" : cells.get(4)));
    }
    assertThat(revenueShares).isEqualByComparingTo("1");
    assertThat(spendShares).isEqualByComparingTo("1");

    Result table = run("query", "clients", "-w", demo.toString(), "--period", "2026-10");
    assertThat(table.out())
        .contains("* Northwind Traders: 12% of revenue, ")
        .contains("Usage without revenue: Lumora (internal)")
        .contains("Gini: revenue 0.");
  }

  @Test
  void aMissingRateFailsWithCurrencyAndMonth() {
    Result eur = run("query", "clients", "-w", demo.toString(), "--currency", "EUR");

    assertThat(eur.code()).isNotZero();
    assertThat(eur.err()).contains("No FX rate to EUR").contains("USD 2026-05");
  }

  private static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        TokenLedgerCommand.run(
            SERVICES, args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Result(code, out.toString(), err.toString());
  }

  private record Result(int code, String out, String err) {}
}
