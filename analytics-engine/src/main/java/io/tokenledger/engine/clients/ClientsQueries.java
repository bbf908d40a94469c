package io.tokenledger.engine.clients;

import io.tokenledger.engine.explore.MissingFxRateException;
import io.tokenledger.engine.sql.SqlFile;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The Clients analysis's SQL on one connection ({@code ClientsQueries/*.sql}). {@link #scope} makes
 * the period's converted spend view and revenue table and the client match table that every later
 * query reads, so the table, the trend and the drill all come from the same amounts.
 */
final class ClientsQueries {

  /** A client line as the database sums it, before shares and ratios. */
  record ClientSums(
      String client,
      BigDecimal revenue,
      BigDecimal spend,
      long tokens,
      long tasks,
      boolean hasRevenue,
      boolean hasUsage) {}

  private final Connection connection;

  ClientsQueries(Connection connection) {
    this.connection = connection;
  }

  List<ClientMatcher.RevenueClient> revenueClients() throws SQLException {
    List<ClientMatcher.RevenueClient> clients = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql("revenue_clients"))) {
      while (rows.next()) {
        clients.add(new ClientMatcher.RevenueClient(rows.getString(1), rows.getString(2)));
      }
    }
    return clients;
  }

  List<String> usageClients() throws SQLException {
    List<String> clients = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql("usage_clients"))) {
      while (rows.next()) {
        clients.add(rows.getString(1));
      }
    }
    return clients;
  }

  /**
   * Sets up the period: converted spend, converted revenue and the matches.
   *
   * @throws MissingFxRateException naming every currency and month of cost or revenue without a
   *     rate to the reporting currency
   */
  void scope(ClientsRequest request, List<ClientMatch> matches) throws SQLException {
    try (PreparedStatement scope = connection.prepareStatement(sql("scope"))) {
      scope.setObject(1, request.from());
      scope.setObject(2, request.until());
      scope.setString(3, request.currency());
      scope.execute();
    }
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql("spend"));
      statement.execute(sql("match_table"));
    }
    List<String> missing = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql("spend_missing"))) {
      while (rows.next()) {
        missing.add(rows.getString(1));
      }
    }
    try {
      RevenueConversion.stage(connection, request.from(), request.until(), request.currency());
    } catch (MissingFxRateException revenueMissing) {
      missing.addAll(revenueMissing.missing());
    }
    if (!missing.isEmpty()) {
      throw new MissingFxRateException(
          request.currency(), missing.stream().distinct().sorted().toList());
    }
    // A few rows per client of the sheet, not bulk data: a batch is enough.
    try (PreparedStatement insert =
        connection.prepareStatement("INSERT INTO tl_client_match VALUES (?, ?, ?)")) {
      for (ClientMatch match : matches) {
        if (match.matched()) {
          insert.setString(1, match.revenueClient());
          insert.setString(2, match.revenueClientId());
          insert.setString(3, match.client());
          insert.addBatch();
        }
      }
      insert.executeBatch();
    }
  }

  List<ClientSums> clients() throws SQLException {
    List<ClientSums> lines = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql("clients"))) {
      while (rows.next()) {
        lines.add(
            new ClientSums(
                rows.getString("client"),
                rows.getBigDecimal("revenue"),
                rows.getBigDecimal("spend"),
                rows.getLong("tokens"),
                rows.getLong("tasks"),
                rows.getBoolean("has_revenue"),
                rows.getBoolean("has_usage")));
      }
    }
    return lines;
  }

  BigDecimal unallocated() throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql("unallocated"))) {
      rows.next();
      return rows.getBigDecimal(1);
    }
  }

  List<ClientMonth> trend() throws SQLException {
    List<ClientMonth> months = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql("trend"))) {
      while (rows.next()) {
        months.add(
            new ClientMonth(
                rows.getString("client"),
                YearMonth.from(rows.getObject("month", LocalDate.class)),
                rows.getBigDecimal("revenue"),
                rows.getBigDecimal("spend")));
      }
    }
    return months;
  }

  /** A client's spend by one dimension of the drill's fixed catalog. */
  List<ClientSlice> slices(String client, DrillDimension dimension) throws SQLException {
    List<ClientSlice> slices = new ArrayList<>();
    List<BigDecimal> spends = new ArrayList<>();
    try (PreparedStatement query =
        connection.prepareStatement(sql("drill").replace("{dimension}", dimension.column))) {
      query.setString(1, client);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          spends.add(rows.getBigDecimal("spend"));
          slices.add(
              new ClientSlice(
                  rows.getString("value"),
                  rows.getBigDecimal("spend"),
                  null,
                  rows.getLong("tokens"),
                  rows.getLong("tasks")));
        }
      }
    }
    List<BigDecimal> shares = ClientFigures.shares(spends);
    List<ClientSlice> withShares = new ArrayList<>();
    for (int i = 0; i < slices.size(); i++) {
      ClientSlice s = slices.get(i);
      withShares.add(new ClientSlice(s.value(), s.spend(), shares.get(i), s.tokens(), s.tasks()));
    }
    return withShares;
  }

  /** The columns a client can be drilled by. */
  enum DrillDimension {
    FEATURE("feature"),
    MODEL("model");

    final String column;

    DrillDimension(String column) {
      this.column = column;
    }
  }

  private static String sql(String name) {
    return SqlFile.load(ClientsQueries.class, name);
  }
}
