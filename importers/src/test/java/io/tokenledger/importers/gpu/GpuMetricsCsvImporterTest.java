package io.tokenledger.importers.gpu;

import static org.assertj.core.api.Assertions.assertThat;

import io.tokenledger.importers.ImportReport;
import io.tokenledger.importers.ImportStatus;
import io.tokenledger.importers.RejectedRow;
import io.tokenledger.importers.models.ImportFixture;
import io.tokenledger.sampledata.DemoCompany;
import io.tokenledger.sampledata.DemoFormats;
import io.tokenledger.sampledata.DemoManifest;
import io.tokenledger.sampledata.DemoOptions;
import io.tokenledger.sampledata.DemoSource;
import io.tokenledger.sampledata.GeneratedFile;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * nvidia-smi and DCGM CSVs and the GPU inventory land in gpu_samples and gpu_inventory with units
 * stripped; the demo company's files import whole, and their totals match sums taken from the raw
 * text here.
 */
class GpuMetricsCsvImporterTest {

  private static final String HEADER =
      "timestamp, name, pci.bus_id, index, uuid, utilization.gpu [%], utilization.memory [%],"
          + " memory.total [MiB], memory.used [MiB], power.draw [W]\n";

  @TempDir static Path demoDir;
  private static DemoManifest demo;

  @TempDir Path dir;
  private final ImportFixture fixture = new ImportFixture();

  @BeforeAll
  static void generate() throws IOException {
    demo =
        DemoCompany.generate(
            demoDir, new DemoOptions(DemoOptions.DEFAULT_SEED, 0.2, EnumSet.of(DemoSource.GPU)));
  }

  @AfterEach
  void close() {
    fixture.close();
  }

  @Test
  void theDemoCompanysNvidiaSmiLogsImportWholeWithTheirHostFromTheFileName() throws IOException {
    List<GeneratedFile> files = demo.files(DemoFormats.GPU_METRICS_CSV);
    assertThat(files).isNotEmpty().hasSize((int) demo.rows(DemoFormats.GPU_INVENTORY_CSV));
    for (GeneratedFile file : files) {
      ImportReport report = fixture.importFile(file.path());
      assertThat(report.status()).as(report.message()).isEqualTo(ImportStatus.IMPORTED);
      assertThat(report.formatId()).isEqualTo(GpuMetricsCsvImporter.FORMAT_ID);
      assertThat(report.rowsRejected()).isZero();
      assertThat(report.rowsImported()).isEqualTo(file.rows());

      String host = file.path().getFileName().toString().replaceAll("^nvidia-smi_|\\.csv$", "");
      long utilization = 0;
      BigDecimal power = BigDecimal.ZERO;
      long lines = 0;
      for (String line : Files.readAllLines(file.path()).subList(1, (int) file.rows() + 1)) {
        String[] values = line.split(", ");
        utilization += Long.parseLong(values[5].replace(" %", ""));
        power = power.add(new BigDecimal(values[9].replace(" W", "")));
        lines++;
      }
      assertThat(lines).isEqualTo(file.rows());
      assertThat(fixture.count("SELECT count(*) FROM gpu_samples WHERE host = ?", host))
          .isEqualTo(file.rows());
      assertThat(
              fixture.decimal("SELECT sum(utilization_pct) FROM gpu_samples WHERE host = ?", host))
          .isEqualByComparingTo(BigDecimal.valueOf(utilization));
      assertThat(fixture.decimal("SELECT sum(power_w) FROM gpu_samples WHERE host = ?", host))
          .isEqualByComparingTo(power);
    }
    assertThat(
            fixture
                .decimal("SELECT round(avg(utilization_pct), 1) FROM gpu_samples")
                .setScale(1, RoundingMode.HALF_EVEN)
                .doubleValue())
        .as("the generator's own running mean")
        .isEqualTo(demo.facts().idleGpu().meanUtilization());
    assertThat(
            fixture.rows(
                "SELECT gpu_name, gpu_index, memory_total_mib, strftime(sample_time, '%Y-%m-%d')"
                    + " FROM gpu_samples ORDER BY sample_time LIMIT 1"))
        .containsExactly(Arrays.asList("NVIDIA L4", "0", "23034", "2026-05-01"));
  }

  @Test
  void theInventoryTiesEachGpuToItsInstanceAndHourlyPrice() {
    GeneratedFile inventory = demo.files(DemoFormats.GPU_INVENTORY_CSV).get(0);

    ImportReport report = fixture.importFile(inventory.path());

    assertThat(report.status()).as(report.message()).isEqualTo(ImportStatus.IMPORTED);
    assertThat(report.formatId()).isEqualTo(GpuInventoryCsvImporter.FORMAT_ID);
    assertThat(report.rowsImported()).isEqualTo(inventory.rows());
    assertThat(
            fixture.rows(
                "SELECT DISTINCT endpoint, instance_type, hourly_cost, currency,"
                    + " strftime(running_from, '%Y-%m-%d') FROM gpu_inventory"))
        .containsExactly(
            Arrays.asList("voice-llm", "g6.xlarge", "0.8048000000", "USD", "2026-05-01"));
  }

  @Test
  void unreadableValuesAreNullButAWrongValueRejectsTheFileWithLineAndColumn() throws IOException {
    Path file =
        write(
            "nvidia-smi_gpu-host-7.csv",
            HEADER
                + "2026/05/01 00:00:00.100, NVIDIA L4, 00000000:31:00.0, 0, GPU-a, 12 %, 5 %,"
                + " 23034 MiB, 20730 MiB, [N/A]\n"
                + "2026/05/01 00:05:00.100, NVIDIA L4, 00000000:31:00.0, 0, GPU-a, twelve %, 5 %,"
                + " 23034 MiB, 20730 MiB, 20.00 W\n"
                + "2026/05/01 00:10:00.100, NVIDIA L4, 00000000:31:00.0, 0, GPU-a, 140 %, 5 %,"
                + " 23034 MiB, 20730 MiB, 20.00 W\n"
                + "2026/13/01 00:15:00.100, NVIDIA L4, 00000000:31:00.0, 0, GPU-a, 10 %, 5 %,"
                + " 23034 MiB, 20730 MiB, 20.00 W\n");

    ImportReport report = fixture.importFile(file);

    assertThat(report.status()).isEqualTo(ImportStatus.REJECTED);
    assertThat(report.rejects())
        .extracting(RejectedRow::line, RejectedRow::column)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(3L, "utilization.gpu [%]"),
            org.assertj.core.groups.Tuple.tuple(4L, "utilization.gpu [%]"),
            org.assertj.core.groups.Tuple.tuple(5L, "timestamp"));
    assertThat(report.rejects().get(0).reason()).contains("twelve");
    assertThat(fixture.count("SELECT count(*) FROM gpu_samples")).isZero();
  }

  @Test
  void aCleanFileWithNotSupportedValuesImportsThemAsEmpty() throws IOException {
    Path file =
        write(
            "nvidia-smi_gpu-host-7.csv",
            HEADER
                + "2026/05/01 00:00:00.100, NVIDIA L4, 00000000:31:00.0, 0, GPU-a, 12 %,"
                + " [Not Supported], 23034 MiB, 20730 MiB, [N/A]\n");

    ImportReport report = fixture.importFile(file);

    assertThat(report.status()).as(report.message()).isEqualTo(ImportStatus.IMPORTED);
    assertThat(
            fixture.rows(
                "SELECT host, utilization_pct, memory_utilization_pct, power_w,"
                    + " strftime(sample_time, '%Y-%m-%dT%H:%M:%S.%g') FROM gpu_samples"))
        .containsExactly(
            Arrays.asList("gpu-host-7", "12.00", null, null, "2026-05-01T00:00:00.100"));
  }

  @Test
  void dcgmExporterSamplesGiveHostFromTheirLabelAndTotalMemoryFromUsedPlusFree()
      throws IOException {
    Path file =
        write(
            "dcgm_samples.csv",
            "timestamp,Hostname,gpu,UUID,modelName,DCGM_FI_DEV_GPU_UTIL,DCGM_FI_DEV_FB_USED,"
                + "DCGM_FI_DEV_FB_FREE,DCGM_FI_DEV_POWER_USAGE\n"
                + "2026-05-01T10:00:00Z,node-a,0,GPU-b,NVIDIA A10G,37,21000,1500,98.125\n"
                + "2026-05-01T10:00:30Z,node-a,0,GPU-b,NVIDIA A10G,41,21010,1490,101.5\n");

    ImportReport report = fixture.importFile(file);

    assertThat(report.status()).as(report.message()).isEqualTo(ImportStatus.IMPORTED);
    assertThat(report.formatId()).isEqualTo(GpuMetricsCsvImporter.FORMAT_ID);
    assertThat(
            fixture.rows(
                "SELECT host, gpu_uuid, gpu_name, utilization_pct, memory_total_mib"
                    + " FROM gpu_samples ORDER BY source_line"))
        .containsExactly(
            Arrays.asList("node-a", "GPU-b", "NVIDIA A10G", "37.00", "22500"),
            Arrays.asList("node-a", "GPU-b", "NVIDIA A10G", "41.00", "22500"));
  }

  @Test
  void anInventoryRowWithoutAPriceIsRejectedWithItsLine() throws IOException {
    Path file =
        write(
            "gpu_inventory.csv",
            "endpoint,hostname,instance_id,instance_type,region,gpu_index,gpu_uuid,gpu_name,"
                + "hourly_cost,currency,running_from,running_to\n"
                + "voice,h1,i-1,g6.xlarge,us-east-1,0,GPU-a,NVIDIA L4,0.8048,USD,"
                + "2026-05-01T00:00:00Z,\n"
                + "voice,h2,i-2,g6.xlarge,us-east-1,0,GPU-b,NVIDIA L4,cheap,USD,"
                + "2026-05-01T00:00:00Z,\n");

    ImportReport report = fixture.importFile(file);

    assertThat(report.status()).isEqualTo(ImportStatus.REJECTED);
    assertThat(report.rejects())
        .extracting(RejectedRow::line, RejectedRow::column)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(3L, "hourly_cost"));
  }

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }
}
