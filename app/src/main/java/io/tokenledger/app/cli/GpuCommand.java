package io.tokenledger.app.cli;

import io.tokenledger.engine.gpu.DuckDbGpuService;
import io.tokenledger.engine.gpu.GpuEndpointUsage;
import io.tokenledger.engine.gpu.GpuHourOfDay;
import io.tokenledger.engine.gpu.GpuService;
import io.tokenledger.engine.workspace.Workspace;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code tokenledger query gpu}: utilisation of the self-hosted GPU endpoints from imported GPU
 * metrics, the share of GPU-hours below an idle threshold and what the idle time cost; {@code --by
 * hour} gives the UTC hour-of-day profile (busy by day, idle at night).
 */
@Command(
    name = "gpu",
    description = {
      "GPU utilisation per endpoint: GPU-hours, mean utilisation, share of GPU-hours below the"
          + " idle threshold, paid and idle cost (from the GPU inventory's hourly prices).",
      "--by hour: mean utilisation and idle share per endpoint and UTC hour of the day."
    })
final class GpuCommand implements Callable<Integer> {

  @ParentCommand QueryCommand query;
  @Spec CommandSpec spec;
  @Mixin WorkspaceOption workspace;

  @Option(
      names = "--threshold",
      paramLabel = "PCT",
      defaultValue = "10",
      description = "A GPU-hour below this mean utilisation is idle (default: ${DEFAULT-VALUE}).")
  BigDecimal threshold;

  @Option(
      names = "--by",
      defaultValue = "endpoint",
      description = "endpoint or hour (default: ${DEFAULT-VALUE}).")
  String by;

  @Option(
      names = "--format",
      defaultValue = "table",
      description = "table or csv (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  private final GpuService service = new DuckDbGpuService();

  @Override
  public Integer call() {
    TextTable table;
    try (Workspace ws = query.root.openReadOnly(workspace.file)) {
      table = "hour".equalsIgnoreCase(by) ? byHour(ws) : byEndpoint(ws);
    }
    format.print(spec.commandLine().getOut(), table);
    return 0;
  }

  private TextTable byEndpoint(Workspace ws) {
    TextTable table =
        new TextTable(
            "endpoint",
            "gpus",
            "gpu_hours",
            "mean_util_pct",
            "idle_threshold_pct",
            "idle_hours",
            "idle_hour_share_pct",
            "currency",
            "paid_cost",
            "idle_cost",
            "cost_below_threshold");
    for (GpuEndpointUsage e : service.endpoints(ws, threshold)) {
      table.row(
          e.endpoint(),
          Long.toString(e.gpus()),
          Long.toString(e.gpuHours()),
          percent(e.meanUtilizationPct(), false),
          e.thresholdPct().stripTrailingZeros().toPlainString(),
          Long.toString(e.hoursBelowThreshold()),
          percent(e.idleHourShare(), true),
          e.currency() == null ? "" : e.currency(),
          money(e.paidCost()),
          money(e.idleCost()),
          money(e.costBelowThreshold()));
    }
    return table;
  }

  private TextTable byHour(Workspace ws) {
    TextTable table =
        new TextTable("endpoint", "hour_utc", "gpu_hours", "mean_util_pct", "idle_hour_share_pct");
    for (GpuHourOfDay h : service.hourOfDay(ws, threshold)) {
      table.row(
          h.endpoint(),
          String.format("%02d", h.hourOfDay()),
          Long.toString(h.gpuHours()),
          percent(h.meanUtilizationPct(), false),
          percent(h.idleHourShare(), true));
    }
    return table;
  }

  private static String percent(BigDecimal value, boolean share) {
    if (value == null) {
      return "";
    }
    BigDecimal pct = share ? value.movePointRight(2) : value;
    return pct.setScale(1, RoundingMode.HALF_UP).toPlainString();
  }

  private static String money(BigDecimal value) {
    return value == null ? "" : value.setScale(2, RoundingMode.HALF_UP).toPlainString();
  }
}
