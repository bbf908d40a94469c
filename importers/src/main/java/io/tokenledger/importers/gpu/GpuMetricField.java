package io.tokenledger.importers.gpu;

import io.tokenledger.importers.CsvHeader;
import java.util.List;
import java.util.Optional;

/**
 * The columns a GPU metrics CSV can have, with every header spelling the tools write: nvidia-smi's
 * {@code --query-gpu} field names (with the unit in brackets, as {@code --format=csv} prints them)
 * and DCGM exporter's field and label names. The stage SQL refers to them by {@link
 * #placeholder()}; file columns are addressed by position, never by a name taken from the file.
 */
enum GpuMetricField {
  TIMESTAMP("timestamp", "time"),
  HOST("hostname", "host", "Hostname"),
  NAME("name", "gpu_name", "modelName"),
  PCI_BUS_ID("pci.bus_id", "gpu_bus_id", "pci_bus_id"),
  INDEX("index", "gpu"),
  UUID("uuid", "gpu_uuid", "UUID"),
  UTILIZATION_GPU("utilization.gpu [%]", "utilization.gpu", "DCGM_FI_DEV_GPU_UTIL"),
  UTILIZATION_MEMORY("utilization.memory [%]", "utilization.memory", "DCGM_FI_DEV_MEM_COPY_UTIL"),
  MEMORY_TOTAL("memory.total [MiB]", "memory.total"),
  MEMORY_USED("memory.used [MiB]", "memory.used", "DCGM_FI_DEV_FB_USED"),
  MEMORY_FREE("memory.free [MiB]", "memory.free", "DCGM_FI_DEV_FB_FREE"),
  POWER_DRAW("power.draw [W]", "power.draw", "DCGM_FI_DEV_POWER_USAGE");

  private final List<String> spellings;

  GpuMetricField(String... spellings) {
    this.spellings = List.of(spellings);
  }

  /** The placeholder of this field in stage.sql, such as {@code {utilization_gpu}}. */
  String placeholder() {
    return "{" + name().toLowerCase(java.util.Locale.ROOT) + "}";
  }

  /** The header's name for this field, as the file spells it. */
  String headerName() {
    return spellings.get(0);
  }

  /** The 0-based position of this field in the header, under any of its spellings. */
  Optional<Integer> position(CsvHeader header) {
    for (String spelling : spellings) {
      Optional<Integer> index = header.indexOf(spelling);
      if (index.isPresent()) {
        return index;
      }
    }
    return Optional.empty();
  }
}
