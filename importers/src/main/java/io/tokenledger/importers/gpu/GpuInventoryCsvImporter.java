package io.tokenledger.importers.gpu;

import io.tokenledger.importers.CsvHeader;
import io.tokenledger.importers.FileSample;
import io.tokenledger.importers.models.FileShape;
import io.tokenledger.importers.models.LedgerTable;
import io.tokenledger.importers.models.StagedImporter;
import java.util.Optional;

/**
 * Imports a GPU inventory CSV into gpu_inventory: which endpoint, host and instance each GPU (by
 * uuid) serves and what an hour of it costs, so that utilisation samples turn into idle cost
 * (docs/formats/gpu-inventory-csv.md).
 */
public final class GpuInventoryCsvImporter extends StagedImporter {

  public static final String FORMAT_ID = "gpu-inventory-csv";

  public GpuInventoryCsvImporter() {
    super(LedgerTable.GPU_INVENTORY);
  }

  @Override
  public String formatId() {
    return FORMAT_ID;
  }

  @Override
  public String displayName() {
    return "GPU inventory CSV";
  }

  @Override
  public int sniff(FileSample sample) {
    Optional<CsvHeader> header = FileShape.csvHeader(sample);
    return header.isPresent() && header.get().hasAll("endpoint", "gpu_uuid", "hourly_cost")
        ? 90
        : 0;
  }

  @Override
  protected String stageSql(io.tokenledger.importers.ImportContext context) {
    return csvStageSql(context);
  }
}
