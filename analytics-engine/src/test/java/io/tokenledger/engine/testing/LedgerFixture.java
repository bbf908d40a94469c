package io.tokenledger.engine.testing;

import io.tokenledger.engine.workspace.Workspace;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Writes cost lines and usage events straight into a test workspace. Engine tests cannot use the
 * importers (they sit above the engine), so they state the canonical rows directly.
 */
public final class LedgerFixture implements AutoCloseable {

  private final Connection connection;
  private final int importId;
  private long line = 1;

  public LedgerFixture(Workspace workspace, int importId) throws SQLException {
    this(workspace, importId, "other");
  }

  /** A fixture whose rows belong to an import of the given source kind (bill, usage, trace). */
  public LedgerFixture(Workspace workspace, int importId, String sourceKind) throws SQLException {
    this(workspace, importId, sourceKind, "fixture");
  }

  /** A fixture of a source kind and a format (importer id), as two trace formats of one call. */
  public LedgerFixture(Workspace workspace, int importId, String sourceKind, String format)
      throws SQLException {
    this.connection = workspace.newConnection();
    this.importId = importId;
    try (Statement s = connection.createStatement()) {
      s.execute(
          "INSERT INTO import_log VALUES ("
              + importId
              + ", 'fixture', 'fixture', 0, 'sha"
              + importId
              + "', '"
              + format
              + "', NULL, now(), 0, 0, 'test', '[]', '"
              + sourceKind
              + "')");
    }
  }

  public static OffsetDateTime day(int month, int day) {
    return OffsetDateTime.of(2026, month, day, 0, 0, 0, 0, ZoneOffset.UTC);
  }

  public void costLine(
      String provider,
      String model,
      String bucket,
      OffsetDateTime start,
      OffsetDateTime end,
      String billed,
      String currency,
      String service)
      throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO cost_lines (import_id, source_line, provider, model, token_bucket,"
                + " ChargePeriodStart, ChargePeriodEnd, BilledCost, EffectiveCost, BillingCurrency,"
                + " ServiceName) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      insert.setInt(1, importId);
      insert.setLong(2, ++line);
      insert.setString(3, provider);
      insert.setString(4, model);
      insert.setString(5, bucket);
      insert.setObject(6, start);
      insert.setObject(7, end);
      insert.setBigDecimal(8, new BigDecimal(billed));
      insert.setBigDecimal(9, new BigDecimal(billed));
      insert.setString(10, currency);
      insert.setString(11, service);
      insert.executeUpdate();
    }
  }

  /** A usage event with input (uncached) and output tokens. */
  public long event(
      String provider,
      String model,
      OffsetDateTime time,
      String client,
      String feature,
      long inUncached,
      long outText,
      long outReasoning)
      throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO usage_events (import_id, source_line, event_time, provider, model_raw,"
                + " model, client, feature, trace_id, in_uncached, out_text, out_reasoning)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      long id = ++line;
      insert.setInt(1, importId);
      insert.setLong(2, id);
      insert.setObject(3, time);
      insert.setString(4, provider);
      insert.setString(5, model);
      insert.setString(6, model);
      insert.setString(7, client);
      insert.setString(8, feature);
      insert.setString(9, "trace-" + id);
      insert.setLong(10, inUncached);
      insert.setLong(11, outText);
      insert.setLong(12, outReasoning);
      insert.executeUpdate();
      return id;
    }
  }

  /** A usage event with every bucket and a source-reported cost. */
  public long event(
      String provider,
      String model,
      OffsetDateTime time,
      long inUncached,
      long inCacheRead,
      long outText,
      long outReasoning,
      String sourceCost)
      throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO usage_events (import_id, source_line, event_time, provider, model_raw,"
                + " model, trace_id, in_uncached, in_cache_read, out_text, out_reasoning,"
                + " source_cost, source_currency) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'USD')")) {
      long id = ++line;
      insert.setInt(1, importId);
      insert.setLong(2, id);
      insert.setObject(3, time);
      insert.setString(4, provider);
      insert.setString(5, model);
      insert.setString(6, model);
      insert.setString(7, "trace-" + importId + "-" + id);
      insert.setLong(8, inUncached);
      insert.setLong(9, inCacheRead);
      insert.setLong(10, outText);
      insert.setLong(11, outReasoning);
      insert.setBigDecimal(12, sourceCost == null ? null : new BigDecimal(sourceCost));
      insert.executeUpdate();
      return id;
    }
  }

  /** A billed line with its token count. */
  public void billedTokens(
      String provider, String model, String bucket, OffsetDateTime day, long tokens, String billed)
      throws SQLException {
    costLine(provider, model, bucket, day, day.plusDays(1), billed, "USD", "API");
    try (Statement s = connection.createStatement()) {
      s.execute(
          "UPDATE cost_lines SET tokens = "
              + tokens
              + " WHERE import_id = "
              + importId
              + " AND source_line = "
              + line);
    }
  }

  public BigDecimal decimal(String sql) throws SQLException {
    try (Statement s = connection.createStatement();
        ResultSet rows = s.executeQuery(sql)) {
      rows.next();
      return rows.getBigDecimal(1);
    }
  }

  public String text(String sql) throws SQLException {
    try (Statement s = connection.createStatement();
        ResultSet rows = s.executeQuery(sql)) {
      rows.next();
      return rows.getString(1);
    }
  }

  /** Runs a statement on the fixture's connection (FX rates, mapping, ...). */
  public void execute(String sql) throws SQLException {
    try (Statement s = connection.createStatement()) {
      s.execute(sql);
    }
  }

  @Override
  public void close() throws SQLException {
    connection.close();
  }
}
