package io.tokenledger.app.testing;

import io.tokenledger.engine.workspace.Workspace;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * A small ledger for the Explore tests: a generic usage CSV (two months, three clients, two
 * features, two providers) imported through the real importer, and the bills for it written as cost
 * lines straight into the workspace (no cost importer is needed to test the pivot). Also answers
 * independent SQL over the raw tables, to check what the page shows.
 */
public final class ExploreData {

  /** Usage events with the business dimensions, in the generic usage CSV format. */
  public static final List<String> USAGE =
      List.of(
          "timestamp,provider,model,in_uncached,out_text,client,feature",
          "2026-09-10T10:00:00Z,openai,gpt-4o-mini,1000,100,acme,chat",
          "2026-09-12T10:00:00Z,openai,gpt-4o-mini,3000,300,globex,search",
          "2026-10-03T10:00:00Z,openai,gpt-4o-mini,2000,200,acme,chat",
          "2026-10-04T10:00:00Z,openai,gpt-4o-mini,1000,100,acme,search",
          "2026-10-05T11:00:00Z,openai,gpt-4o-mini,1000,100,globex,chat",
          "2026-10-06T12:00:00Z,anthropic,claude-haiku-4-5,500,50,initech,chat",
          "2026-10-07T12:00:00Z,anthropic,claude-haiku-4-5,500,50,acme,chat");

  private ExploreData() {}

  public static Path usageCsv(Path folder) throws IOException {
    return Files.write(folder.resolve("usage.csv"), USAGE);
  }

  /**
   * Writes the monthly bills for {@link #USAGE} as one more import: per provider, model, bucket and
   * month, plus a support fee no usage can carry (it stays unallocated). $26.80 in all.
   */
  public static void writeBills(Workspace workspace) throws SQLException {
    try (Connection connection = workspace.newConnection()) {
      int importId = nextImportId(connection);
      try (Statement log = connection.createStatement()) {
        log.execute(
            "INSERT INTO import_log VALUES ("
                + importId
                + ", 'bills.csv', 'bills.csv', 0, 'bills-"
                + importId
                + "', 'test-bills', NULL, now(), 7, 0, 'cost_lines', '[]', 'bill')");
      }
      long line = 1;
      line = bill(connection, importId, line, "openai", "gpt-4o-mini", "in_uncached", 9, "4.00");
      line = bill(connection, importId, line, "openai", "gpt-4o-mini", "out_text", 9, "0.80");
      line = bill(connection, importId, line, "openai", "gpt-4o-mini", "in_uncached", 10, "10.00");
      line = bill(connection, importId, line, "openai", "gpt-4o-mini", "out_text", 10, "1.00");
      line =
          bill(connection, importId, line, "anthropic", "claude-haiku-4-5", "in_uncached", 10, "3");
      line = bill(connection, importId, line, "anthropic", "claude-haiku-4-5", "out_text", 10, "1");
      bill(connection, importId, line, "aws", null, null, 10, "7.00");
    }
  }

  /** One value from independent SQL over the workspace's tables. */
  public static BigDecimal decimal(Workspace workspace, String sql) throws SQLException {
    try (Connection connection = workspace.newConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getBigDecimal(1);
    }
  }

  /**
   * The cost allocated to the usage events that {@code where} keeps (over columns {@code client},
   * {@code feature} and month start {@code m}), computed independently of the engine: each bill
   * spread over the same provider, model, bucket and month's events in proportion to their tokens.
   * Zero when nothing is allocated there.
   */
  public static BigDecimal allocatedCost(Workspace workspace, String where) throws SQLException {
    BigDecimal cost =
        decimal(
            workspace,
            "WITH u AS (UNPIVOT (SELECT provider, model, client, feature,"
                + " date_trunc('month', event_time) AS m, in_uncached, out_text FROM usage_events)"
                + " ON in_uncached, out_text INTO NAME bucket VALUE tokens),"
                + " w AS (SELECT *, CAST(tokens AS DECIMAL(38, 10))"
                + " / sum(tokens) OVER (PARTITION BY provider, model, bucket, m) AS share FROM u)"
                + " SELECT sum(c.BilledCost * w.share) FROM cost_lines c JOIN w"
                + " ON c.provider = w.provider AND c.model = w.model AND c.token_bucket = w.bucket"
                + " AND date_trunc('month', c.ChargePeriodStart) = w.m WHERE "
                + where);
    return cost == null ? BigDecimal.ZERO : cost;
  }

  private static int nextImportId(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery("SELECT coalesce(max(import_id), 0) + 1 FROM import_log")) {
      rows.next();
      return rows.getInt(1);
    }
  }

  private static long bill(
      Connection connection,
      int importId,
      long line,
      String provider,
      String model,
      String bucket,
      int month,
      String amount)
      throws SQLException {
    LocalDate first = LocalDate.of(2026, month, 1);
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO cost_lines (import_id, source_line, provider, model, token_bucket,"
                + " ChargePeriodStart, ChargePeriodEnd, BilledCost, EffectiveCost, BillingCurrency,"
                + " ServiceName) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'USD', ?)")) {
      insert.setInt(1, importId);
      insert.setLong(2, line + 1);
      insert.setString(3, provider);
      insert.setString(4, model);
      insert.setString(5, bucket);
      insert.setObject(6, OffsetDateTime.of(first.atStartOfDay(), ZoneOffset.UTC));
      insert.setObject(7, OffsetDateTime.of(first.plusMonths(1).atStartOfDay(), ZoneOffset.UTC));
      insert.setBigDecimal(8, new BigDecimal(amount));
      insert.setBigDecimal(9, new BigDecimal(amount));
      insert.setString(10, model == null ? "Support" : "API");
      insert.executeUpdate();
    }
    return line + 1;
  }
}
