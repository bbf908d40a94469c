package io.tokenledger.engine.gpu;

import io.tokenledger.engine.workspace.Workspace;
import io.tokenledger.engine.workspace.WorkspaceException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * GPU utilisation in DuckDB (GpuQueries/*.sql): the SQL sums samples per GPU-hour exactly; the one
 * division money needs (idle cost = hourly cost x (1 - sum / (100 x samples))) is done here with
 * BigDecimal, since DuckDB divides decimals in floating point.
 */
public final class DuckDbGpuService implements GpuService {

  private static final int SCALE = 10;
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  @Override
  public List<GpuEndpointUsage> endpoints(Workspace workspace, BigDecimal thresholdPct) {
    Map<String, Totals> byEndpoint = new LinkedHashMap<>();
    query(
        workspace,
        GpuQueries.load("endpoints"),
        List.of(thresholdPct, thresholdPct),
        r -> {
          String endpoint = r.getString("endpoint");
          String currency = r.getString("currency");
          Totals t = byEndpoint.computeIfAbsent(endpoint + "\u0000" + currency, k -> new Totals());
          t.endpoint = endpoint;
          t.currency = currency;
          long samples = r.getLong("samples");
          long hours = r.getLong("gpu_hours");
          BigDecimal utilization = r.getBigDecimal("utilization_sum");
          BigDecimal hourly = r.getBigDecimal("hourly_cost");
          t.gpus = r.getLong("gpus");
          t.gpuHours += hours;
          t.samples += samples * hours;
          t.utilizationSum = t.utilizationSum.add(utilization);
          t.hoursBelow += r.getLong("hours_below");
          if (hourly != null) {
            t.paid = t.paid.add(r.getBigDecimal("paid_cost"));
            t.below = t.below.add(r.getBigDecimal("cost_below"));
            // hours x hourly x (1 - utilisation_sum / (100 x samples x hours)), exact to SCALE
            BigDecimal busy =
                hourly
                    .multiply(utilization)
                    .divide(
                        HUNDRED.multiply(BigDecimal.valueOf(samples)),
                        SCALE,
                        RoundingMode.HALF_EVEN);
            t.idle = t.idle.add(r.getBigDecimal("paid_cost").subtract(busy));
          }
          t.priced |= hourly != null;
        });
    List<GpuEndpointUsage> lines = new ArrayList<>();
    for (Totals t : byEndpoint.values()) {
      lines.add(
          new GpuEndpointUsage(
              t.endpoint,
              t.gpus,
              t.gpuHours,
              ratio(t.utilizationSum, BigDecimal.valueOf(t.samples)),
              thresholdPct,
              t.hoursBelow,
              ratio(BigDecimal.valueOf(t.hoursBelow), BigDecimal.valueOf(t.gpuHours)),
              t.currency,
              t.priced ? t.paid : null,
              t.priced ? t.idle : null,
              t.priced ? t.below : null));
    }
    return lines;
  }

  @Override
  public List<GpuHourOfDay> hourOfDay(Workspace workspace, BigDecimal thresholdPct) {
    List<GpuHourOfDay> hours = new ArrayList<>();
    query(
        workspace,
        GpuQueries.load("hour_of_day"),
        List.of(thresholdPct),
        r ->
            hours.add(
                new GpuHourOfDay(
                    r.getString("endpoint"),
                    r.getInt("hour_of_day"),
                    r.getLong("gpu_hours"),
                    ratio(r.getBigDecimal("utilization_sum"), r.getBigDecimal("samples")),
                    ratio(
                        BigDecimal.valueOf(r.getLong("hours_below")),
                        BigDecimal.valueOf(r.getLong("gpu_hours"))))));
    return hours;
  }

  private static BigDecimal ratio(BigDecimal part, BigDecimal whole) {
    return whole.signum() == 0 ? null : part.divide(whole, SCALE, RoundingMode.HALF_EVEN);
  }

  private interface RowReader {
    void read(ResultSet row) throws SQLException;
  }

  private static void query(
      Workspace workspace, String sql, List<BigDecimal> parameters, RowReader reader) {
    try (Connection connection = workspace.newConnection()) {
      // Hours are UTC hours whatever the machine's zone.
      try (Statement statement = connection.createStatement()) {
        statement.execute("SET TimeZone = 'UTC'");
      }
      try (PreparedStatement statement = connection.prepareStatement(sql)) {
        for (int i = 0; i < parameters.size(); i++) {
          statement.setBigDecimal(i + 1, Objects.requireNonNull(parameters.get(i)));
        }
        try (ResultSet rows = statement.executeQuery()) {
          while (rows.next()) {
            reader.read(rows);
          }
        }
      }
    } catch (SQLException e) {
      throw new WorkspaceException("GPU utilisation query failed: " + e.getMessage(), e);
    }
  }

  /** Running sums of one endpoint over its (hourly price, samples per hour) groups. */
  private static final class Totals {
    String endpoint;
    String currency;
    long gpus;
    long gpuHours;
    long samples;
    long hoursBelow;
    boolean priced;
    BigDecimal utilizationSum = BigDecimal.ZERO;
    BigDecimal paid = BigDecimal.ZERO;
    BigDecimal idle = BigDecimal.ZERO;
    BigDecimal below = BigDecimal.ZERO;
  }
}
