package io.tokenledger.engine.gpu;

import static org.assertj.core.api.Assertions.assertThat;

import io.tokenledger.engine.workspace.DuckDbWorkspaceStore;
import io.tokenledger.engine.workspace.Workspace;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Utilisation, idle share and idle cost over a handful of samples whose answers are worked out by
 * hand below: GPU-hours are averaged per hour, "below the threshold" is strict, and a GPU without
 * an inventory row shows under its host without a price.
 */
class DuckDbGpuServiceTest {

  private final Workspace workspace = new DuckDbWorkspaceStore("test").inMemory();
  private final GpuService service = new DuckDbGpuService();

  @BeforeEach
  void samples() throws Exception {
    try (Connection c = workspace.newConnection();
        Statement s = c.createStatement()) {
      s.execute(
          "INSERT INTO gpu_inventory (import_id, source_line, endpoint, hostname, gpu_uuid,"
              + " hourly_cost, currency, running_from, running_to) VALUES (2, 2, 'voice', 'h1',"
              + " 'GPU-a', 0.80, 'USD', '2026-05-01T00:00:00Z', '2026-05-02T00:00:00Z')");
      // GPU-a: hour 0 mean 3 (idle), hour 1 mean 60, hour 2 mean exactly 10 (not below 10).
      // GPU-b has no inventory row: hour 0 mean 20. A sample with no utilisation is ignored.
      s.execute(
          "INSERT INTO gpu_samples (import_id, source_line, host, gpu_index, gpu_uuid,"
              + " sample_time, utilization_pct) VALUES"
              + " (1, 2, 'h1', 0, 'GPU-a', '2026-05-01T00:05:00Z', 0),"
              + " (1, 3, 'h1', 0, 'GPU-a', '2026-05-01T00:35:00Z', 6),"
              + " (1, 4, 'h1', 0, 'GPU-a', '2026-05-01T01:05:00Z', 50),"
              + " (1, 5, 'h1', 0, 'GPU-a', '2026-05-01T01:35:00Z', 70),"
              + " (1, 6, 'h1', 0, 'GPU-a', '2026-05-01T02:05:00Z', 9),"
              + " (1, 7, 'h1', 0, 'GPU-a', '2026-05-01T02:35:00Z', 11),"
              + " (1, 8, 'h1', 0, 'GPU-a', '2026-05-01T02:40:00Z', NULL),"
              + " (3, 2, 'h2', 0, 'GPU-b', '2026-05-01T00:05:00Z', 20)");
    }
  }

  @AfterEach
  void close() {
    workspace.close();
  }

  @Test
  void endpointsShowMeanUtilisationIdleHoursAndWhatTheIdleTimeCost() {
    List<GpuEndpointUsage> endpoints = service.endpoints(workspace, BigDecimal.TEN);

    assertThat(endpoints).hasSize(2);
    GpuEndpointUsage unknown = endpoints.get(0);
    assertThat(unknown.endpoint()).isEqualTo("(no inventory) h2");
    assertThat(unknown.gpuHours()).isEqualTo(1);
    assertThat(unknown.meanUtilizationPct()).isEqualByComparingTo("20");
    assertThat(unknown.paidCost()).isNull();
    assertThat(unknown.idleCost()).isNull();

    GpuEndpointUsage voice = endpoints.get(1);
    assertThat(voice.endpoint()).isEqualTo("voice");
    assertThat(voice.gpus()).isEqualTo(1);
    assertThat(voice.gpuHours()).isEqualTo(3);
    // (0 + 6 + 50 + 70 + 9 + 11) / 6
    assertThat(voice.meanUtilizationPct()).isEqualByComparingTo("24.3333333333");
    assertThat(voice.hoursBelowThreshold()).isEqualTo(1);
    assertThat(voice.idleHourShare()).isEqualByComparingTo("0.3333333333");
    assertThat(voice.currency()).isEqualTo("USD");
    assertThat(voice.paidCost()).isEqualByComparingTo("2.40");
    // 0.80 x (1 - 0.03) + 0.80 x (1 - 0.60) + 0.80 x (1 - 0.10)
    assertThat(voice.idleCost()).isEqualByComparingTo("1.816");
    assertThat(voice.costBelowThreshold()).isEqualByComparingTo("0.80");
  }

  @Test
  void aHigherThresholdCountsMoreHoursAsIdle() {
    GpuEndpointUsage voice = service.endpoints(workspace, new BigDecimal("10.5")).get(1);

    assertThat(voice.hoursBelowThreshold()).isEqualTo(2);
    assertThat(voice.costBelowThreshold()).isEqualByComparingTo("1.60");
  }

  @Test
  void theHourOfDayProfileShowsWhenTheGpusSitIdle() {
    List<GpuHourOfDay> hours = service.hourOfDay(workspace, BigDecimal.TEN);

    assertThat(hours)
        .filteredOn(h -> h.endpoint().equals("voice"))
        .extracting(GpuHourOfDay::hourOfDay, h -> h.meanUtilizationPct().stripTrailingZeros())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(0, new BigDecimal("3")),
            org.assertj.core.groups.Tuple.tuple(1, new BigDecimal("6E+1")),
            org.assertj.core.groups.Tuple.tuple(2, BigDecimal.TEN.stripTrailingZeros()));
    assertThat(hours.get(0).idleHourShare()).isEqualByComparingTo("0");
    assertThat(hours)
        .filteredOn(h -> h.endpoint().equals("voice") && h.hourOfDay() == 0)
        .singleElement()
        .satisfies(h -> assertThat(h.idleHourShare()).isEqualByComparingTo("1"));
  }
}
