package io.tokenledger.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.tokenledger.app.AppServices;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code tokenledger query gpu}: an nvidia-smi log and the inventory imported, then utilisation,
 * idle share and idle cost per endpoint, and the hour-of-day profile, as CSV.
 */
class GpuCommandTest {

  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return TokenLedgerCommand.run(
        AppServices.createDefault(), args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  @Test
  void endpointsAndHoursShowUtilisationIdleShareAndIdleCost() throws Exception {
    Path log = dir.resolve("nvidia-smi_host-1.csv");
    // Hour 02: mean 4% (idle); hour 14: mean 80%.
    Files.writeString(
        log,
        "timestamp, name, index, uuid, utilization.gpu [%], memory.used [MiB], power.draw [W]\n"
            + "2026/05/01 02:00:00.100, NVIDIA L4, 0, GPU-a, 2 %, 20730 MiB, 17.00 W\n"
            + "2026/05/01 02:30:00.100, NVIDIA L4, 0, GPU-a, 6 %, 20730 MiB, 19.00 W\n"
            + "2026/05/01 14:00:00.100, NVIDIA L4, 0, GPU-a, 70 %, 20730 MiB, 55.00 W\n"
            + "2026/05/01 14:30:00.100, NVIDIA L4, 0, GPU-a, 90 %, 20730 MiB, 66.00 W\n");
    Path inventory = dir.resolve("gpu_inventory.csv");
    Files.writeString(
        inventory,
        "endpoint,hostname,gpu_uuid,hourly_cost,currency\nvoice,host-1,GPU-a,1.00,USD\n");
    Path workspace = dir.resolve("w.tlw");
    assertThat(run("import", "-w", workspace.toString(), log.toString(), inventory.toString()))
        .as(out + " " + err)
        .isZero();
    out.getBuffer().setLength(0);

    assertThat(run("query", "gpu", "-w", workspace.toString(), "--format", "csv")).isZero();
    assertThat(out.toString())
        .isEqualTo(
            "endpoint,gpus,gpu_hours,mean_util_pct,idle_threshold_pct,idle_hours,"
                + "idle_hour_share_pct,currency,paid_cost,idle_cost,cost_below_threshold\n"
                // idle: 1.00 x (1 - 0.04) + 1.00 x (1 - 0.80)
                + "voice,1,2,42.0,10,1,50.0,USD,2.00,1.16,1.00\n");
    out.getBuffer().setLength(0);

    assertThat(run("query", "gpu", "-w", workspace.toString(), "--by", "hour", "--format", "csv"))
        .isZero();
    assertThat(out.toString())
        .isEqualTo(
            "endpoint,hour_utc,gpu_hours,mean_util_pct,idle_hour_share_pct\n"
                + "voice,02,1,4.0,100.0\n"
                + "voice,14,1,80.0,0.0\n");
  }
}
