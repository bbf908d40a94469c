package io.tokenledger.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tokenledger.engine.explain.CostChange;
import io.tokenledger.engine.explain.Effect;
import io.tokenledger.engine.explain.ExplainGrouping;
import io.tokenledger.engine.explain.ExplainResult;
import io.tokenledger.engine.workspace.Workspace;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code tokenledger query explain}: why priced LLM cost changed between two months, split into
 * volume, mix, tokens per request, cache rate and price, in total or per client or feature. The
 * parts of each row add up to its change to the cent.
 */
@Command(
    name = "explain",
    description = {
      "Why cost changed between two months: volume, model & feature mix, tokens per request,"
          + " cache rate and price effects (chained substitution; the parts add up to the change).",
      "Cost is the usage priced with the workspace's price book."
    })
final class ExplainCommand implements Callable<Integer> {

  @ParentCommand QueryCommand query;
  @Spec CommandSpec spec;
  @Mixin WorkspaceOption workspace;

  @Option(
      names = "--from",
      required = true,
      paramLabel = "YYYY-MM",
      description = "The earlier month.")
  YearMonth from;

  @Option(names = "--to", required = true, paramLabel = "YYYY-MM", description = "The later month.")
  YearMonth to;

  @Option(
      names = "--by",
      defaultValue = "total",
      description = "total, client or feature (default: ${DEFAULT-VALUE}).")
  String by;

  @Option(names = "--currency", defaultValue = "USD", description = "Reporting currency.")
  String currency;

  @Option(
      names = "--format",
      defaultValue = "table",
      description = "table, csv or json (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Override
  public Integer call() {
    ExplainGrouping grouping;
    try {
      grouping = ExplainGrouping.byId(by);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    ExplainResult result;
    try (Workspace ws = query.root.openReadOnly(workspace.file)) {
      result =
          query.root.services.explainService().explain(ws, from, to, grouping, currency).toCents();
    }
    format.print(spec.commandLine().getOut(), () -> table(result), () -> json(result));
    return 0;
  }

  static TextTable table(ExplainResult result) {
    List<String> header = new ArrayList<>();
    header.add(result.grouping() == ExplainGrouping.TOTAL ? "group" : result.grouping().id());
    header.add("cost_" + result.from());
    for (Effect effect : Effect.values()) {
      header.add(effect.id());
    }
    header.add("cost_" + result.to());
    header.add("change");
    TextTable table = new TextTable(header);
    if (result.grouping() != ExplainGrouping.TOTAL) {
      for (CostChange change : result.changes()) {
        table.row(line(change));
      }
    }
    table.row(line(result.total()));
    return table;
  }

  private static List<String> line(CostChange change) {
    List<String> line = new ArrayList<>();
    line.add(change.group());
    line.add(change.before().toPlainString());
    for (Effect effect : Effect.values()) {
      line.add(change.effect(effect).toPlainString());
    }
    line.add(change.after().toPlainString());
    line.add(change.change().toPlainString());
    return line;
  }

  private static String json(ExplainResult result) {
    ObjectNode root = new ObjectMapper().createObjectNode();
    root.put("from", result.from().toString());
    root.put("to", result.to().toString());
    root.put("by", result.grouping().id());
    root.put("currency", result.currency());
    root.put("method", "chained substitution: volume, mix, tokens_per_request, cache_rate, price");
    root.put("unpriced_requests", result.unpricedRequests());
    ArrayNode groups = root.putArray("groups");
    for (CostChange change : result.changes()) {
      write(groups.addObject(), change);
    }
    write(root.putObject("total"), result.total());
    return root.toPrettyString();
  }

  private static void write(ObjectNode node, CostChange change) {
    node.put("group", change.group());
    node.put("before", change.before());
    for (Effect effect : Effect.values()) {
      node.put(effect.id(), change.effect(effect));
    }
    node.put("after", change.after());
    node.put("change", change.change());
  }
}
