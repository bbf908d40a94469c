package io.tokenledger.engine.gpu;

import io.tokenledger.engine.sql.SqlFile;

/** Owner of the GPU utilisation SQL ({@code GpuQueries/*.sql}). */
final class GpuQueries {

  private GpuQueries() {}

  /** A query over the per-GPU-hour rows of gpu_hours.sql. */
  static String load(String name) {
    return SqlFile.load(GpuQueries.class, name)
        .replace("{gpu_hours}", SqlFile.load(GpuQueries.class, "gpu_hours"));
  }
}
