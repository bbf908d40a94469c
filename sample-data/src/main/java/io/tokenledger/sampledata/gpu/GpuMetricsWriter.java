package io.tokenledger.sampledata.gpu;

import io.tokenledger.sampledata.DemoFormats;
import io.tokenledger.sampledata.GeneratedFile;
import io.tokenledger.sampledata.cloud.CloudBill;
import io.tokenledger.sampledata.company.Company;
import io.tokenledger.sampledata.company.DaySink;
import io.tokenledger.sampledata.company.Rng;
import io.tokenledger.sampledata.company.Span;
import io.tokenledger.sampledata.company.Task;
import io.tokenledger.sampledata.files.CsvFile;
import io.tokenledger.sampledata.files.Times;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The self-hosted endpoint's GPUs as {@code nvidia-smi --query-gpu=... --format=csv -l 300} logs
 * them on each host (one file per host, values with their units, {@code ", "} separators), plus an
 * inventory that ties each GPU to its instance and hourly price. Utilization comes from the voice
 * notes' actual GPU work (transcription and summarization): busy in the clients' working hours,
 * nearly idle at night, on capacity sized for the peak. vLLM reserves 90% of memory up front, so
 * memory looks full even when the GPU is idle.
 */
public final class GpuMetricsWriter implements DaySink {

  public static final String ENDPOINT = "voice-llm";
  public static final String GPU_NAME = "NVIDIA L4";
  public static final long MEMORY_TOTAL_MIB = 23_034;
  static final int SLOT_SECONDS = 300;
  static final int SLOTS = 86_400 / SLOT_SECONDS;

  static final List<String> HEADER =
      List.of(
          "timestamp",
          "name",
          "pci.bus_id",
          "index",
          "uuid",
          "utilization.gpu [%]",
          "utilization.memory [%]",
          "memory.total [MiB]",
          "memory.used [MiB]",
          "power.draw [W]");

  static final List<String> INVENTORY_HEADER =
      List.of(
          "endpoint",
          "hostname",
          "instance_id",
          "instance_type",
          "region",
          "gpu_index",
          "gpu_uuid",
          "gpu_name",
          "hourly_cost",
          "currency",
          "running_from",
          "running_to");

  private final Company company;
  private Path dir;
  private final List<String> instances;
  private final List<String> hosts = new ArrayList<>();
  private final List<String> uuids = new ArrayList<>();
  private final List<CsvFile> files = new ArrayList<>();
  private final GpuUtilization utilization = new GpuUtilization();

  /** Measures utilization; call {@link #writeTo} to also write the files. */
  public GpuMetricsWriter(Company company) {
    this.company = company;
    this.instances = CloudBill.gpuInstances(company);
    Rng rng = Rng.of(company.seed(), Rng.key("gpu-hosts"));
    for (int i = 0; i < instances.size(); i++) {
      hosts.add("ip-10-20-" + rng.between(0, 15) + "-" + rng.between(2, 250));
      uuids.add("GPU-" + rng.uuid());
    }
  }

  /** Writes the samples and the inventory under {@code outDir/gpu}. */
  public void writeTo(Path outDir) throws IOException {
    dir = outDir.resolve("gpu");
    for (String host : hosts) {
      files.add(CsvFile.create(dir.resolve("nvidia-smi_" + host + ".csv"), ", ", HEADER));
    }
  }

  /** The GPU a task's work ran on (the load balancer hashes the trace id). */
  public static int gpuOf(Task task, int gpus) {
    return (int) Math.floorMod(Long.parseLong(task.traceId().substring(0, 12), 16), (long) gpus);
  }

  @Override
  public void day(LocalDate day, List<Task> tasks) throws IOException {
    long dayStart = day.atStartOfDay().toEpochSecond(ZoneOffset.UTC) * 1_000_000L;
    int gpus = instances.size();
    double[][] busy = new double[gpus][SLOTS];
    for (Task task : tasks) {
      int gpu = gpuOf(task, gpus);
      for (Span span : task.spans()) {
        if (span.gpuMillis() > 0) {
          addBusy(busy[gpu], span.startMicros() - dayStart, span.gpuMillis() * 1000);
        }
      }
    }
    Rng rng = Rng.of(company.seed(), Rng.key("gpu-samples"), day.toEpochDay());
    for (int slot = 0; slot < SLOTS; slot++) {
      for (int gpu = 0; gpu < gpus; gpu++) {
        double share = Math.min(1.0, busy[gpu][slot] / (SLOT_SECONDS * 1_000_000.0));
        long util = Math.min(100, StrictMath.round(share * 100 * rng.uniform(0.95, 1.05)));
        if (share == 0 && rng.chance(0.15)) {
          util = 1;
        }
        long memUtil = StrictMath.round(util * rng.uniform(0.45, 0.6));
        long memUsed = 20_730 + rng.between(-48, 48);
        double power = 16.2 + util * 0.55 + rng.uniform(-0.6, 0.6);
        long sampleMicros =
            dayStart + (long) slot * SLOT_SECONDS * 1_000_000L + rng.between(5_000, 900_000);
        if (!files.isEmpty()) {
          CsvFile csv = files.get(gpu);
          Times.slashMillis(csv.field(), sampleMicros);
          csv.raw(GPU_NAME)
              .raw("00000000:31:00.0")
              .number(0)
              .raw(uuids.get(gpu))
              .raw(util + " %")
              .raw(memUtil + " %")
              .raw(MEMORY_TOTAL_MIB + " MiB")
              .raw(memUsed + " MiB")
              .raw(watts(power));
          csv.endRow();
        }
        utilization.add(day, slot * SLOT_SECONDS / 3600, util);
      }
    }
  }

  /** {@code 52.18 W}: two decimals without BigDecimal on this hot path. */
  private static String watts(double power) {
    long centi = Math.round(power * 100);
    long decimals = centi % 100;
    return centi / 100 + (decimals < 10 ? ".0" : ".") + decimals + " W";
  }

  private static void addBusy(double[] slots, long fromMicros, long durationMicros) {
    long slotMicros = SLOT_SECONDS * 1_000_000L;
    long from = Math.max(0, fromMicros);
    long to = Math.min(SLOTS * slotMicros, fromMicros + durationMicros);
    while (from < to) {
      int slot = (int) (from / slotMicros);
      long slotEnd = (slot + 1) * slotMicros;
      long until = Math.min(to, slotEnd);
      slots[slot] += until - from;
      from = until;
    }
  }

  /** Utilization statistics of the samples written so far. */
  public GpuUtilization utilization() {
    return utilization;
  }

  @Override
  public List<GeneratedFile> finish() throws IOException {
    List<GeneratedFile> generated = new ArrayList<>();
    if (dir == null) {
      return generated;
    }
    for (CsvFile csv : files) {
      csv.close();
      generated.add(new GeneratedFile(csv.path(), DemoFormats.GPU_METRICS_CSV, csv.rows()));
    }
    CsvFile inventory = CsvFile.create(dir.resolve("gpu_inventory.csv"), INVENTORY_HEADER);
    for (int i = 0; i < instances.size(); i++) {
      inventory
          .raw(ENDPOINT)
          .raw(hosts.get(i))
          .raw(instances.get(i))
          .raw(CloudBill.GPU_INSTANCE_TYPE)
          .raw("us-east-1")
          .number(0)
          .raw(uuids.get(i))
          .raw(GPU_NAME)
          .raw(CloudBill.GPU_INSTANCE_HOURLY.toPlainString())
          .raw("USD")
          .raw(
              Times.isoSecondsZ(
                  company.start().atStartOfDay().toEpochSecond(ZoneOffset.UTC) * 1_000_000L))
          .raw(
              Times.isoSecondsZ(
                  company.end().atStartOfDay().toEpochSecond(ZoneOffset.UTC) * 1_000_000L));
      inventory.endRow();
    }
    inventory.close();
    generated.add(
        new GeneratedFile(inventory.path(), DemoFormats.GPU_INVENTORY_CSV, inventory.rows()));
    return generated;
  }
}
