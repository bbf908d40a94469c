package io.tokenledger.importers.gpu;

import io.tokenledger.engine.sql.SqlFile;
import io.tokenledger.importers.CsvHeader;
import io.tokenledger.importers.FileSample;
import io.tokenledger.importers.ImportContext;
import io.tokenledger.importers.ImportException;
import io.tokenledger.importers.csv.CsvRejects;
import io.tokenledger.importers.models.FileShape;
import io.tokenledger.importers.models.LedgerTable;
import io.tokenledger.importers.models.StagedImporter;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Imports GPU utilisation samples into gpu_samples: the CSV that {@code nvidia-smi
 * --query-gpu=timestamp,name,pci.bus_id,index,uuid,utilization.gpu,... --format=csv -l N} logs
 * (values with their units, {@code ", "} separators, {@code 2026/05/01 00:05:00.760} timestamps,
 * {@code [N/A]} for what the driver cannot read) and DCGM exporter samples saved as CSV ({@code
 * DCGM_FI_DEV_GPU_UTIL}, {@code Hostname}, {@code UUID} columns). nvidia-smi has no host column:
 * the host comes from a file named {@code nvidia-smi_<host>.csv}. Timestamps without a zone are
 * UTC.
 */
public final class GpuMetricsCsvImporter extends StagedImporter {

  public static final String FORMAT_ID = "gpu-metrics-csv";

  private static final Pattern HOST_IN_NAME =
      Pattern.compile("(?i)(?:nvidia-smi|dcgm)[_-](.+?)(?:\\.csv)(?:\\.gz)?");

  public GpuMetricsCsvImporter() {
    super(LedgerTable.GPU_SAMPLES);
  }

  @Override
  public String formatId() {
    return FORMAT_ID;
  }

  @Override
  public String displayName() {
    return "GPU metrics CSV (nvidia-smi, DCGM)";
  }

  @Override
  public int sniff(FileSample sample) {
    Optional<CsvHeader> header = FileShape.csvHeader(sample);
    if (header.isEmpty()) {
      return 0;
    }
    CsvHeader h = header.get();
    boolean gpu =
        GpuMetricField.UUID.position(h).isPresent() || GpuMetricField.INDEX.position(h).isPresent();
    return gpu
            && GpuMetricField.TIMESTAMP.position(h).isPresent()
            && GpuMetricField.UTILIZATION_GPU.position(h).isPresent()
        ? 90
        : 0;
  }

  @Override
  protected String stageSql(ImportContext context) {
    FileSample sample = context.sample();
    CsvHeader header =
        FileShape.csvHeader(sample)
            .orElseThrow(() -> new ImportException(sample.fileName() + ": not a CSV text file"));
    Map<GpuMetricField, Integer> positions = positions(sample, header);
    String columns =
        java.util.stream.IntStream.range(0, header.names().size())
            .mapToObj(i -> "'c" + i + "': 'VARCHAR'")
            .collect(Collectors.joining(", ", "{", "}"));
    String sql = SqlFile.load(getClass(), "stage");
    for (GpuMetricField field : GpuMetricField.values()) {
      Integer position = positions.get(field);
      sql =
          sql.replace(
              field.placeholder(),
              position == null ? "CAST(NULL AS VARCHAR)" : "trim(c" + position + ")");
    }
    return sql.replace("{columns}", columns).replace("{rejects}", CsvRejects.READ_CSV_OPTIONS);
  }

  @Override
  protected void beforeStage(ImportContext context) throws SQLException {
    try (Statement statement = context.connection().createStatement()) {
      statement.execute(SqlFile.load(getClass(), "macros"));
    }
  }

  /** The host named in the file name; bound after the path. */
  @Override
  protected void bindStage(PreparedStatement statement, ImportContext context) throws SQLException {
    Matcher matcher = HOST_IN_NAME.matcher(context.sample().fileName());
    statement.setString(2, matcher.matches() ? matcher.group(1) : null);
  }

  /** Rejects name the file's own column, such as {@code utilization.gpu [%]}. */
  @Override
  protected String sourceColumn(String stageColumn) {
    for (GpuMetricField field : GpuMetricField.values()) {
      if (field.name().equalsIgnoreCase(stageColumn)) {
        return field.headerName();
      }
    }
    return stageColumn;
  }

  private static Map<GpuMetricField, Integer> positions(FileSample sample, CsvHeader header) {
    Map<GpuMetricField, Integer> positions = new EnumMap<>(GpuMetricField.class);
    for (GpuMetricField field : GpuMetricField.values()) {
      field.position(header).ifPresent(p -> positions.put(field, p));
    }
    List<String> missing = new ArrayList<>();
    if (!positions.containsKey(GpuMetricField.TIMESTAMP)) {
      missing.add("timestamp");
    }
    if (!positions.containsKey(GpuMetricField.UTILIZATION_GPU)) {
      missing.add("utilization.gpu [%] (or DCGM_FI_DEV_GPU_UTIL)");
    }
    if (!positions.containsKey(GpuMetricField.UUID)
        && !positions.containsKey(GpuMetricField.INDEX)) {
      missing.add("uuid or index");
    }
    if (!missing.isEmpty()) {
      throw new ImportException(
          sample.fileName()
              + ":1: the GPU metrics columns are missing: "
              + String.join(", ", missing));
    }
    return positions;
  }
}
