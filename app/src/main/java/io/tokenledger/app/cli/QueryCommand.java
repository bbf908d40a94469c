package io.tokenledger.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tokenledger.engine.explore.Dimension;
import io.tokenledger.engine.explore.Measure;
import io.tokenledger.engine.explore.MeasureValues;
import io.tokenledger.engine.explore.PivotRequest;
import io.tokenledger.engine.explore.PivotResult;
import io.tokenledger.engine.explore.PivotRounding;
import io.tokenledger.engine.explore.PivotRow;
import io.tokenledger.engine.task.Cancellation;
import io.tokenledger.engine.workspace.Workspace;
import java.math.BigDecimal;
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
 * {@code tokenledger query}: the Explore pivot, headless. Dimensions and measures come from the
 * same catalog as the UI; filter values are data.
 */
@Command(
    name = "query",
    subcommands = {
      ReconcileCommand.class,
      ExplainCommand.class,
      ScenarioQueryCommand.class,
      GpuCommand.class,
      ClientsCommand.class
    },
    description = {
      "Pivot allocated cost and usage by dimensions.",
      "Dimensions: provider, model, token_bucket, service_tier, client, feature, team, env, day, week, month.",
      "Measures: billed_cost, effective_cost, allocated_cost, unallocated_cost, tokens, requests, tasks,"
          + " cost_per_1m_tokens, cost_per_request, cost_per_task."
    })
final class QueryCommand implements Callable<Integer> {

  @ParentCommand TokenLedgerCommand root;
  @Spec CommandSpec spec;

  @Option(
      names = {"-w", "--workspace"},
      paramLabel = "FILE",
      description = "The workspace file (.tlw).")
  java.nio.file.Path workspaceFile;

  @Mixin PivotOptions pivot;

  @Option(
      names = "--format",
      defaultValue = "table",
      description = "table, csv or json (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Option(names = "--totals", description = "Add the grand total (and per-column totals).")
  boolean totals;

  @Override
  public Integer call() {
    PivotRequest request = request();
    PivotResult result;
    try (Workspace ws = root.open(requireWorkspace())) {
      root.services.allocationService().refresh(ws);
      result = root.services.exploreService().pivot(ws, request, Cancellation.none());
    }
    PivotResult shown = PivotRounding.toCents(result);
    format.print(spec.commandLine().getOut(), () -> table(shown), () -> json(shown));
    return 0;
  }

  private java.nio.file.Path requireWorkspace() {
    if (workspaceFile == null) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "Missing required option: '--workspace=FILE'");
    }
    return workspaceFile;
  }

  private PivotRequest request() {
    if (pivot.rows == null || pivot.measures == null) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "Give --rows and --measures (or a query such as 'query reconcile')");
    }
    return pivot.request(spec);
  }

  private TextTable table(PivotResult result) {
    PivotRequest request = result.request();
    List<String> header = new ArrayList<>(request.rows().stream().map(Dimension::id).toList());
    List<String> columns = columnKeys(result);
    for (String columnKey : columns) {
      for (Measure measure : request.measures()) {
        if (request.column() == null) {
          header.add(measure.id());
        } else {
          header.add(measure.id() + ":" + (columnKey == null ? "total" : columnKey));
        }
      }
    }
    TextTable table = new TextTable(header);
    for (PivotRow row : result.detailRows()) {
      table.row(line(row.keys(), row, columns, request.measures()));
    }
    if (totals) {
      List<String> keys = new ArrayList<>();
      keys.add("Total");
      while (keys.size() < request.rows().size()) {
        keys.add("");
      }
      table.row(line(keys, result.grandTotal(), columns, request.measures()));
    }
    return table;
  }

  /**
   * Column keys: each column value, plus the total when asked (or the only one without a column).
   */
  private List<String> columnKeys(PivotResult result) {
    List<String> keys = new ArrayList<>(result.columnValues());
    if (result.request().column() == null) {
      keys.add(null);
    } else if (totals) {
      keys.add("total");
    }
    return keys;
  }

  private static List<String> line(
      List<String> keys, PivotRow row, List<String> columns, List<Measure> measures) {
    List<String> values = new ArrayList<>(keys);
    for (String columnKey : columns) {
      MeasureValues cell =
          columnKey == null || columnKey.equals("total") && !row.byColumn().containsKey("total")
              ? row.total()
              : row.cell(columnKey);
      for (Measure measure : measures) {
        values.add(plain(cell.get(measure)));
      }
    }
    return values;
  }

  private String json(PivotResult result) {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = mapper.createObjectNode();
    PivotRequest request = result.request();
    root.put("currency", request.currency());
    ArrayNode rowsNode = root.putArray("rows");
    for (PivotRow row : result.detailRows()) {
      ObjectNode node = rowsNode.addObject();
      for (int i = 0; i < request.rows().size(); i++) {
        node.put(request.rows().get(i).id(), row.keys().get(i));
      }
      writeCells(node, row, result, request.measures());
    }
    if (totals) {
      writeCells(root.putObject("total"), result.grandTotal(), result, request.measures());
    }
    return root.toPrettyString();
  }

  private static void writeCells(
      ObjectNode node, PivotRow row, PivotResult result, List<Measure> measures) {
    if (result.request().column() == null) {
      writeValues(node, row.total(), measures);
      return;
    }
    ObjectNode byColumn = node.putObject(result.request().column().id());
    for (String value : result.columnValues()) {
      writeValues(byColumn.putObject(value), row.cell(value), measures);
    }
    writeValues(node.putObject("total"), row.total(), measures);
  }

  private static void writeValues(ObjectNode node, MeasureValues values, List<Measure> measures) {
    for (Measure measure : measures) {
      BigDecimal value = values.get(measure);
      if (value == null) {
        node.putNull(measure.id());
      } else {
        node.put(measure.id(), value);
      }
    }
  }

  private static String plain(BigDecimal value) {
    return value == null ? "" : value.toPlainString();
  }
}
