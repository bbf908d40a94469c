package io.tokenledger.engine.reconcile;

import io.tokenledger.engine.sql.SqlFile;
import io.tokenledger.engine.workspace.Workspace;
import io.tokenledger.engine.workspace.WorkspaceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reconciliation as one DuckDB statement (ReconcileQueries/reconcile.sql) plus gap causes. */
public final class DuckDbReconcileService implements ReconcileService {

  @Override
  public List<ReconciliationLine> reconcile(
      Workspace workspace, Grain grain, LocalDate from, LocalDate until) {
    List<Object> parameters = new ArrayList<>();
    String sql =
        SqlFile.load(ReconcileQueries.class, "reconcile")
            .replace("{period}", grain.truncation)
            .replace("{format}", grain.format)
            .replace("{invoice_where}", range("c.ChargePeriodStart", from, until, parameters))
            .replace("{events_where}", range("u.event_time", from, until, parameters));
    List<Row> rows = new ArrayList<>();
    try (Connection connection = workspace.newConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.size(); i++) {
        statement.setObject(i + 1, parameters.get(i));
      }
      try (ResultSet r = statement.executeQuery()) {
        while (r.next()) {
          rows.add(
              new Row(
                  r.getString("provider"),
                  r.getString("model"),
                  r.getString("period"),
                  new GapCauses.Sides(
                      r.getString("currency"),
                      r.getBigDecimal("invoice_cost"),
                      longOrNull(r, "invoice_tokens"),
                      longOrNull(r, "invoice_cache_tokens"),
                      longOrNull(r, "invoice_reasoning_tokens"),
                      r.getString("invoice_tiers"),
                      longOrNull(r, "usage_tokens"),
                      longOrNull(r, "usage_reasoning_tokens"),
                      longOrNull(r, "trace_tokens"),
                      longOrNull(r, "trace_cache_tokens"),
                      longOrNull(r, "trace_reasoning_tokens"),
                      r.getBigDecimal("trace_cost"),
                      r.getString("trace_tiers")),
                  longOrNull(r, "usage_requests"),
                  longOrNull(r, "trace_requests")));
        }
      }
    } catch (SQLException e) {
      throw new WorkspaceException("Reconciliation failed: " + e.getMessage(), e);
    }
    Map<String, GapCauses.Sides> byKey = new HashMap<>();
    for (Row row : rows) {
      byKey.put(row.key(row.period), row.sides);
    }
    List<ReconciliationLine> lines = new ArrayList<>();
    for (Row row : rows) {
      GapCauses.Sides previous =
          grain == Grain.DAY ? byKey.get(row.key(shift(row.period, -1))) : null;
      GapCauses.Sides next = grain == Grain.DAY ? byKey.get(row.key(shift(row.period, 1))) : null;
      GapCauses.Sides s = row.sides;
      lines.add(
          new ReconciliationLine(
              row.provider,
              row.model,
              row.period,
              s.currency(),
              s.invoiceCost(),
              s.invoiceTokens(),
              s.usageTokens(),
              row.usageRequests,
              s.traceTokens(),
              row.traceRequests,
              s.traceCost(),
              GapCauses.of(s, previous, next)));
    }
    return lines;
  }

  private static String range(
      String column, LocalDate from, LocalDate until, List<Object> parameters) {
    List<String> conditions = new ArrayList<>();
    if (from != null) {
      parameters.add(OffsetDateTime.of(from.atStartOfDay(), ZoneOffset.UTC));
      conditions.add(column + " >= ?");
    }
    if (until != null) {
      parameters.add(OffsetDateTime.of(until.atStartOfDay(), ZoneOffset.UTC));
      conditions.add(column + " < ?");
    }
    return conditions.isEmpty() ? "true" : String.join(" AND ", conditions);
  }

  private static String shift(String day, int days) {
    return LocalDate.parse(day).plusDays(days).toString();
  }

  private static Long longOrNull(ResultSet rows, String column) throws SQLException {
    Object value = rows.getObject(column);
    return value == null ? null : ((Number) value).longValue();
  }

  private record Row(
      String provider,
      String model,
      String period,
      GapCauses.Sides sides,
      Long usageRequests,
      Long traceRequests) {
    String key(String anyPeriod) {
      return provider + "\u0000" + model + "\u0000" + anyPeriod;
    }
  }
}
