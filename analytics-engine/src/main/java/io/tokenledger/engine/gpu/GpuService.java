package io.tokenledger.engine.gpu;

import io.tokenledger.engine.workspace.Workspace;
import java.math.BigDecimal;
import java.util.List;

/**
 * Utilisation and idle cost of self-hosted GPU endpoints from imported GPU metrics (gpu_samples)
 * and the GPU inventory's hourly prices (gpu_inventory). A GPU-hour is idle when the mean of its
 * samples is below a threshold (10% by default).
 */
public interface GpuService {

  /** The usual idle threshold, percent. */
  BigDecimal DEFAULT_IDLE_THRESHOLD_PCT = BigDecimal.TEN;

  /** One line per endpoint (and currency), by endpoint name. */
  List<GpuEndpointUsage> endpoints(Workspace workspace, BigDecimal thresholdPct);

  /** Per endpoint, the 24 UTC hours of the day. */
  List<GpuHourOfDay> hourOfDay(Workspace workspace, BigDecimal thresholdPct);
}
