package io.tokenledger.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tokenledger.engine.scenarios.ClientMargin;
import io.tokenledger.engine.scenarios.GroupCost;
import io.tokenledger.engine.scenarios.LeverSaving;
import io.tokenledger.engine.scenarios.LeverSpec;
import io.tokenledger.engine.scenarios.SavedScenario;
import io.tokenledger.engine.scenarios.ScenarioResult;
import io.tokenledger.engine.scenarios.ScenarioService;
import io.tokenledger.engine.workspace.Workspace;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code tokenledger query scenario NAME...}: a saved scenario's baseline and scenario cost, the
 * saving of each lever (adding up to the total), cost per client and feature and margin per client
 * — the numbers of the Scenarios page. Several names print them side by side; {@code --list} lists
 * the saved scenarios.
 */
@Command(
    name = "scenario",
    description = {
      "A saved scenario's baseline vs scenario cost, saving per lever, cost per client and feature,"
          + " margin per client. Several names: side by side. --list: the saved scenarios.",
      "Save scenarios with 'tokenledger scenario save'."
    })
final class ScenarioQueryCommand implements Callable<Integer> {

  @ParentCommand QueryCommand query;
  @Spec CommandSpec spec;
  @Mixin WorkspaceOption workspace;

  @Parameters(paramLabel = "NAME", arity = "0..*", description = "Saved scenario names.")
  List<String> names = new ArrayList<>();

  @Option(names = "--list", description = "List the saved scenarios and their levers.")
  boolean list;

  @Option(names = "--currency", defaultValue = "USD", description = "Reporting currency.")
  String currency;

  @Option(
      names = "--format",
      defaultValue = "table",
      description = "table, csv or json (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Override
  public Integer call() {
    if (!list && names.isEmpty()) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "Give a scenario NAME (or --list)");
    }
    ScenarioService service = query.root.services.scenarioService();
    PrintWriter out = spec.commandLine().getOut();
    try (Workspace ws = query.root.openReadOnly(workspace.file)) {
      List<SavedScenario> saved = service.list(ws);
      if (list) {
        format.print(out, listing(saved));
        return 0;
      }
      List<SavedScenario> chosen = new ArrayList<>();
      for (String name : names) {
        chosen.add(
            saved.stream()
                .filter(s -> s.name().equals(name))
                .findFirst()
                .orElseThrow(
                    () ->
                        new CommandLine.ParameterException(
                            spec.commandLine(),
                            "No scenario named '"
                                + name
                                + "' (saved: "
                                + String.join(
                                    ", ", saved.stream().map(SavedScenario::name).toList())
                                + ")")));
      }
      List<ScenarioResult> results =
          service.runAll(ws, chosen, currency).stream().map(ScenarioResult::toCents).toList();
      format.print(
          out,
          () -> results.size() > 1 ? comparison(results) : detail(results.get(0)),
          () -> json(results));
      return 0;
    }
  }

  private static TextTable listing(List<SavedScenario> scenarios) {
    TextTable table = new TextTable("scenario", "baseline", "lever", "description");
    for (SavedScenario scenario : scenarios) {
      if (scenario.levers().isEmpty()) {
        table.row(scenario.name(), scenario.baseline().toString(), "", scenario.description());
      }
      for (var lever : scenario.leversInOrder()) {
        table.row(
            scenario.name(),
            scenario.baseline().toString(),
            LeverSpec.format(lever),
            scenario.description());
      }
    }
    return table;
  }

  /** One table: the total, each lever, each client and feature, each client's margin. */
  static TextTable detail(ScenarioResult result) {
    TextTable table =
        new TextTable(
            "section",
            "name",
            "baseline",
            "scenario",
            "saving",
            "revenue",
            "baseline_margin_pct",
            "scenario_margin_pct");
    costRow(
        table,
        "total",
        result.scenario().name() + " (" + result.scenario().baseline() + ")",
        result.baselineCost(),
        result.scenarioCost());
    for (LeverSaving saving : result.savings()) {
      costRow(
          table,
          "lever",
          LeverSpec.format(saving.lever()),
          saving.costBefore(),
          saving.costAfter());
    }
    for (GroupCost group : result.byClient()) {
      costRow(table, "client", group.group(), group.baseline(), group.scenario());
    }
    for (GroupCost group : result.byFeature()) {
      costRow(table, "feature", group.group(), group.baseline(), group.scenario());
    }
    for (ClientMargin margin : result.margins()) {
      table.row(
          "margin",
          margin.client(),
          money(margin.baselineCost()),
          money(margin.scenarioCost()),
          money(margin.baselineCost().subtract(margin.scenarioCost())),
          money(margin.revenue()),
          percent(margin.baselineMarginShare()),
          percent(margin.scenarioMarginShare()));
    }
    return table;
  }

  /** A row of the detail table without revenue: its saving is before minus after. */
  private static void costRow(
      TextTable table, String section, String name, BigDecimal before, BigDecimal after) {
    table.row(
        section, name, money(before), money(after), money(before.subtract(after)), "", "", "");
  }

  static TextTable comparison(List<ScenarioResult> results) {
    TextTable table =
        new TextTable(
            "scenario", "baseline_month", "baseline", "scenario", "saving", "saving_pct", "levers");
    for (ScenarioResult result : results) {
      table.row(
          result.scenario().name(),
          result.scenario().baseline().toString(),
          money(result.baselineCost()),
          money(result.scenarioCost()),
          money(result.saving()),
          percent(result.savingShare()),
          Integer.toString(result.savings().size()));
    }
    return table;
  }

  private static String json(List<ScenarioResult> results) {
    ObjectMapper mapper = new ObjectMapper();
    ArrayNode array = mapper.createArrayNode();
    for (ScenarioResult result : results) {
      ObjectNode node = array.addObject();
      node.put("scenario", result.scenario().name());
      node.put("baseline_month", result.scenario().baseline().toString());
      node.put("currency", result.currency());
      node.put("baseline", result.baselineCost());
      node.put("scenario_cost", result.scenarioCost());
      node.put("saving", result.saving());
      node.put("unpriced_requests", result.unpricedRequests());
      ArrayNode levers = node.putArray("levers");
      for (LeverSaving saving : result.savings()) {
        ObjectNode lever = levers.addObject();
        lever.put("lever", LeverSpec.format(saving.lever()));
        lever.put("before", saving.costBefore());
        lever.put("after", saving.costAfter());
        lever.put("saving", saving.saving());
      }
      groups(node.putArray("clients"), result.byClient());
      groups(node.putArray("features"), result.byFeature());
      ArrayNode margins = node.putArray("margins");
      for (ClientMargin margin : result.margins()) {
        ObjectNode m = margins.addObject();
        m.put("client", margin.client());
        m.put("revenue", margin.revenue());
        m.put("baseline_margin", margin.baselineMargin());
        m.put("scenario_margin", margin.scenarioMargin());
      }
    }
    return array.toPrettyString();
  }

  private static void groups(ArrayNode array, List<GroupCost> groups) {
    for (GroupCost group : groups) {
      ObjectNode node = array.addObject();
      node.put("name", group.group());
      node.put("baseline", group.baseline());
      node.put("scenario", group.scenario());
      node.put("saving", group.saving());
    }
  }

  private static String money(BigDecimal value) {
    return value == null ? "" : value.setScale(2, RoundingMode.HALF_UP).toPlainString();
  }

  private static String percent(BigDecimal share) {
    return share == null
        ? ""
        : share.movePointRight(2).setScale(1, RoundingMode.HALF_UP).toPlainString();
  }
}
