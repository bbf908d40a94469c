package io.tokenledger.app.cli;

import io.tokenledger.engine.reconcile.DuckDbReconcileService;
import io.tokenledger.engine.reconcile.Grain;
import io.tokenledger.engine.reconcile.ReconciliationLine;
import io.tokenledger.engine.workspace.Workspace;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code tokenledger query reconcile}: invoice vs usage export vs traces, with gap causes. */
@Command(
    name = "reconcile",
    description = "Invoice vs usage export vs traces per provider, model and day (or month).")
final class ReconcileCommand implements Callable<Integer> {

  @ParentCommand QueryCommand query;
  @Spec CommandSpec spec;
  @Mixin WorkspaceOption workspace;

  @Option(
      names = "--grain",
      defaultValue = "day",
      description = "day or month (default: ${DEFAULT-VALUE}).")
  String grain;

  @Option(names = "--period", paramLabel = "YYYY-MM", description = "Only this month.")
  YearMonth period;

  @Option(
      names = "--format",
      defaultValue = "table",
      description = "table or csv (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Override
  public Integer call() {
    Grain chosen = "month".equalsIgnoreCase(grain) ? Grain.MONTH : Grain.DAY;
    List<ReconciliationLine> lines;
    try (Workspace ws = query.root.openReadOnly(workspace.file)) {
      lines =
          new DuckDbReconcileService()
              .reconcile(
                  ws,
                  chosen,
                  period == null ? null : period.atDay(1),
                  period == null ? null : period.plusMonths(1).atDay(1));
    }
    TextTable table =
        new TextTable(
            "period",
            "provider",
            "model",
            "currency",
            "invoice_cost",
            "invoice_tokens",
            "usage_tokens",
            "trace_tokens",
            "trace_cost",
            "cost_gap",
            "gap_pct",
            "causes");
    for (ReconciliationLine line : lines) {
      table.row(
          line.period(),
          line.provider(),
          line.model(),
          text(line.currency()),
          money(line.invoiceCost()),
          text(line.invoiceTokens()),
          text(line.usageTokens()),
          text(line.traceTokens()),
          money(line.traceCost()),
          money(line.costGap()),
          line.costGapShare() == null
              ? ""
              : line.costGapShare()
                  .movePointRight(2)
                  .setScale(1, RoundingMode.HALF_UP)
                  .toPlainString(),
          String.join("; ", line.causes()));
    }
    format.print(spec.commandLine().getOut(), table);
    return 0;
  }

  private static String money(BigDecimal value) {
    return value == null ? "" : value.setScale(2, RoundingMode.HALF_UP).toPlainString();
  }

  private static String text(Object value) {
    return value == null ? "" : value.toString();
  }
}
