package io.tokenledger.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tokenledger.engine.clients.ClientEconomics;
import io.tokenledger.engine.clients.ClientMatch;
import io.tokenledger.engine.clients.ClientsReport;
import io.tokenledger.engine.clients.ClientsRequest;
import io.tokenledger.engine.clients.ClientsRounding;
import io.tokenledger.engine.clients.Concentration;
import io.tokenledger.engine.clients.DuckDbClientsService;
import io.tokenledger.engine.workspace.Workspace;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code tokenledger query clients}: each client's revenue against its allocated LLM spend, margin
 * after AI cost, concentration (Gini) and the sentences about the clients that burn far more than
 * they bring, the same figures as the Clients page, rounded once so every column adds up.
 */
@Command(
    name = "clients",
    description =
        "Revenue vs allocated LLM spend per client: shares, margin, cost per task and per 1M"
            + " tokens, Gini, and unmatched clients.")
final class ClientsCommand implements Callable<Integer> {

  @ParentCommand QueryCommand query;
  @Spec CommandSpec spec;
  @Mixin WorkspaceOption workspace;

  @Option(
      names = "--period",
      paramLabel = "YYYY-MM",
      description = "Only this month (default: all time).")
  YearMonth period;

  @Option(
      names = "--currency",
      defaultValue = "USD",
      description = "Reporting currency (default: ${DEFAULT-VALUE}).")
  String currency;

  @Option(
      names = "--format",
      defaultValue = "table",
      description = "table, csv or json (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Override
  public Integer call() {
    String code = currency.strip().toUpperCase(Locale.ROOT);
    ClientsRequest request =
        period == null ? ClientsRequest.allTime(code) : ClientsRequest.month(period, code);
    ClientsReport report;
    try (Workspace ws = query.root.open(workspace.file)) {
      query.root.services.allocationService().refresh(ws);
      report = ClientsRounding.toCents(new DuckDbClientsService().report(ws, request));
    }
    PrintWriter out = spec.commandLine().getOut();
    switch (format) {
      case csv -> out.print(table(report, false).toCsv());
      case json -> out.println(json(report).toPrettyString());
      default -> {
        out.print(table(report, true).toText());
        out.print(notes(report));
      }
    }
    out.flush();
    return 0;
  }

  private static TextTable table(ClientsReport report, boolean withTotal) {
    TextTable table =
        new TextTable(
            "client",
            "revenue",
            "revenue_share",
            "spend",
            "spend_share",
            "spend_to_revenue",
            "margin",
            "margin_pct",
            "tasks",
            "tokens",
            "cost_per_task",
            "cost_per_1m_tokens");
    for (ClientEconomics c : report.clients()) {
      table.row(
          c.client(),
          plain(c.revenue()),
          plain(c.revenueShare()),
          plain(c.spend()),
          plain(c.spendShare()),
          plain(c.asymmetry()),
          plain(c.margin()),
          plain(c.marginPct()),
          Long.toString(c.tasks()),
          Long.toString(c.tokens()),
          plain(c.costPerTask()),
          plain(c.costPerMillionTokens()));
    }
    if (withTotal) {
      BigDecimal margin = report.totalMargin();
      table.row(
          "Total",
          plain(report.totalRevenue()),
          report.totalRevenue().signum() == 0 ? "" : "1.0000",
          plain(report.totalSpend()),
          report.totalSpend().signum() == 0 ? "" : "1.0000",
          "",
          plain(margin),
          report.totalRevenue().signum() == 0
              ? ""
              : plain(margin.divide(report.totalRevenue(), 4, RoundingMode.HALF_UP)),
          Long.toString(report.clients().stream().mapToLong(ClientEconomics::tasks).sum()),
          Long.toString(report.clients().stream().mapToLong(ClientEconomics::tokens).sum()),
          "",
          "");
    }
    return table;
  }

  /** Gini, the sentences, the unallocated cost and the unmatched clients, below the table. */
  private static String notes(ClientsReport report) {
    StringBuilder text = new StringBuilder("\n");
    text.append("Currency: ").append(report.request().currency()).append('\n');
    text.append("Gini: revenue ")
        .append(gini(report.revenueConcentration()))
        .append(", spend ")
        .append(gini(report.spendConcentration()))
        .append('\n');
    for (String sentence : report.sentences()) {
      text.append("* ").append(sentence).append('\n');
    }
    if (report.unallocated().signum() != 0) {
      text.append("Unallocated (in no client's spend): ")
          .append(plain(report.unallocated()))
          .append('\n');
    }
    text.append("Revenue without usage: ")
        .append(list(report.matching().revenueOnly()))
        .append('\n');
    text.append("Usage without revenue: ").append(list(report.matching().usageOnly())).append('\n');
    return text.toString();
  }

  private static ObjectNode json(ClientsReport report) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode root = f.objectNode();
    root.put("currency", report.request().currency());
    root.put("from", String.valueOf(report.request().from()));
    root.put("until", String.valueOf(report.request().until()));
    ArrayNode clients = root.putArray("clients");
    for (ClientEconomics c : report.clients()) {
      ObjectNode node = clients.addObject();
      node.put("client", c.client());
      node.put("revenue", c.revenue());
      node.put("revenue_share", c.revenueShare());
      node.put("spend", c.spend());
      node.put("spend_share", c.spendShare());
      node.put("spend_to_revenue", c.asymmetry());
      node.put("margin", c.margin());
      node.put("margin_pct", c.marginPct());
      node.put("tasks", c.tasks());
      node.put("tokens", c.tokens());
      node.put("cost_per_task", c.costPerTask());
      node.put("cost_per_1m_tokens", c.costPerMillionTokens());
    }
    ObjectNode total = root.putObject("total");
    total.put("revenue", report.totalRevenue());
    total.put("spend", report.totalSpend());
    total.put("margin", report.totalMargin());
    total.put("unallocated", report.unallocated());
    root.put("gini_revenue", report.revenueConcentration().gini());
    root.put("gini_spend", report.spendConcentration().gini());
    ArrayNode sentences = root.putArray("sentences");
    report.sentences().forEach(sentences::add);
    ArrayNode matches = root.putArray("matches");
    for (ClientMatch m : report.matching().matches()) {
      ObjectNode node = matches.addObject();
      node.put("revenue_client", m.revenueClient());
      node.put("revenue_client_id", m.revenueClientId());
      node.put("client", m.client());
      node.put("matched_by", m.matchedBy());
    }
    ArrayNode revenueOnly = root.putArray("revenue_without_usage");
    report.matching().revenueOnly().forEach(revenueOnly::add);
    ArrayNode usageOnly = root.putArray("usage_without_revenue");
    report.matching().usageOnly().forEach(usageOnly::add);
    return root;
  }

  private static String gini(Concentration concentration) {
    return concentration.gini() == null
        ? "n/a"
        : concentration.gini().setScale(4, RoundingMode.HALF_UP).toPlainString();
  }

  private static String list(List<String> clients) {
    return clients.isEmpty() ? "none" : String.join(", ", new ArrayList<>(clients));
  }

  private static String plain(BigDecimal value) {
    return value == null ? "" : value.toPlainString();
  }
}
