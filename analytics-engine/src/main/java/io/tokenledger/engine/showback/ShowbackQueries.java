package io.tokenledger.engine.showback;

import io.tokenledger.engine.clients.RevenueConversion;
import io.tokenledger.engine.explore.MissingFxRateException;
import io.tokenledger.engine.sql.SqlFile;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The pack's SQL on one connection ({@code ShowbackQueries/*.sql}). The constructor sets up the
 * scope table and the {@code showback_rows} view that every figure and the Detail sheet read, so
 * the summary, the per-group sheets and the detail rows all come from the same labelled and
 * converted amounts. Values go through parameters; the only spliced identifiers are the grouping's
 * catalog columns.
 */
final class ShowbackQueries {

  private final Connection connection;
  private final ShowbackRequest request;

  /**
   * @param materialise make the rows once into a temporary table (an export reads them a dozen
   *     times); otherwise read them through a view (a preview reads them three times)
   */
  ShowbackQueries(Connection connection, ShowbackRequest request, boolean materialise)
      throws SQLException {
    this.connection = connection;
    this.request = request;
    LocalDate start = request.period().atDay(1);
    try (PreparedStatement scope = connection.prepareStatement(sql("scope"))) {
      scope.setObject(1, start);
      scope.setObject(2, request.period().plusMonths(1).atDay(1));
      scope.setObject(3, request.period().minusMonths(1).atDay(1));
      scope.setString(4, request.currency());
      scope.setString(5, request.by().id());
      scope.execute();
    }
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql("audiences"));
    }
    if (!request.audiences().isEmpty()) {
      try (PreparedStatement add = connection.prepareStatement(sql("add_audience"))) {
        for (String audience : request.audiences()) {
          add.setString(1, audience);
          add.executeUpdate();
        }
      }
    }
    try (Statement statement = connection.createStatement()) {
      statement.execute(
          sql("rows")
              .replace("{group}", request.by().id())
              .replace("{sub}", request.by().subColumn()));
      statement.execute(sql(materialise ? "materialise" : "view"));
    }
  }

  /** Fails with the missing rates when an amount cannot be converted. */
  void checkRates() throws SQLException {
    List<String> missing = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql("missing_rates"))) {
      while (rows.next()) {
        missing.add(rows.getString(1));
      }
    }
    if (!missing.isEmpty()) {
      throw new MissingFxRateException(request.currency(), missing);
    }
  }

  /** This month's totals and the previous month's. */
  Totals[] totals() throws SQLException {
    Totals current = Totals.EMPTY;
    Totals previous = Totals.EMPTY;
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql("totals"))) {
      while (rows.next()) {
        Totals totals =
            new Totals(
                rows.getBigDecimal("billed"),
                rows.getBigDecimal("allocated"),
                rows.getBigDecimal("unallocated"),
                rows.getLong("tokens"),
                rows.getLong("requests"),
                rows.getLong("tasks"),
                rows.getLong("lines"));
        if (rows.getBoolean("is_current")) {
          current = totals;
        } else {
          previous = totals;
        }
      }
    }
    return new Totals[] {current, previous};
  }

  List<GroupLine> groups() throws SQLException {
    return list(
        "groups",
        rows ->
            new GroupLine(
                rows.getString("grp"),
                rows.getBigDecimal("billed"),
                rows.getBigDecimal("previous"),
                rows.getLong("tokens"),
                rows.getLong("requests"),
                rows.getLong("tasks"),
                rows.getLong("lines")));
  }

  List<DaySpend> trend() throws SQLException {
    return list(
        "trend",
        rows ->
            new DaySpend(
                rows.getObject("day", LocalDate.class),
                rows.getString("grp"),
                rows.getBoolean("shared"),
                rows.getBigDecimal("billed")));
  }

  /** Per group, by sub-dimension (model null) and by sub-dimension and model. */
  List<UsageCost> breakdown() throws SQLException {
    return usageCosts("breakdown", "grp", "sub");
  }

  /** Over the pack, by feature (model null) and by feature and model. */
  List<UsageCost> unitEconomics() throws SQLException {
    return usageCosts("unit_economics", null, "feature");
  }

  private List<UsageCost> usageCosts(String file, String groupColumn, String subColumn)
      throws SQLException {
    return list(
        file,
        rows ->
            new UsageCost(
                groupColumn == null ? null : rows.getString(groupColumn),
                rows.getString(subColumn),
                rows.getInt("subtotal") == 1 ? null : rows.getString("model"),
                rows.getBigDecimal("billed"),
                rows.getLong("tokens"),
                rows.getLong("requests"),
                rows.getLong("tasks")));
  }

  List<BucketCost> buckets() throws SQLException {
    return list(
        "buckets",
        rows ->
            new BucketCost(
                rows.getString("grp"),
                rows.getString("token_bucket"),
                rows.getBigDecimal("billed"),
                rows.getLong("tokens")));
  }

  /** Revenue and spend per client; fails when revenue has no rate to the reporting currency. */
  List<ClientRevenue> revenue() throws SQLException {
    RevenueConversion.stage(
        connection,
        request.period().atDay(1),
        request.period().plusMonths(1).atDay(1),
        request.currency());
    return list(
        "revenue",
        rows ->
            new ClientRevenue(
                rows.getString("client"),
                rows.getBigDecimal("revenue"),
                rows.getBigDecimal("spend")));
  }

  List<PriceLine> rateCard() throws SQLException {
    return list(
        "rate_card",
        rows ->
            new PriceLine(
                rows.getString("provider"),
                rows.getString("model"),
                rows.getString("token_bucket"),
                rows.getString("service_tier"),
                rows.getLong("above_prompt_tokens"),
                rows.getBigDecimal("per_million"),
                rows.getString("currency"),
                rows.getObject("effective_from", LocalDate.class),
                rows.getObject("effective_to", LocalDate.class),
                rows.getString("source")));
  }

  List<MethodUse> methods() throws SQLException {
    return list(
        "methods",
        rows ->
            new MethodUse(
                rows.getString("method"),
                rows.getLong("pools"),
                rows.getLong("lines"),
                rows.getBigDecimal("billed")));
  }

  List<SplitSetting> splitSettings() throws SQLException {
    return list(
        "method_settings",
        rows ->
            new SplitSetting(
                rows.getString("pool_key"),
                rows.getString("method"),
                rows.getString("dimension"),
                rows.getString("basis"),
                rows.getString("fixed_shares"),
                rows.getString("note")));
  }

  List<UnallocatedCost> unallocated() throws SQLException {
    return list(
        "unallocated",
        rows ->
            new UnallocatedCost(
                rows.getString("provider"),
                rows.getString("reason"),
                rows.getLong("pools"),
                rows.getBigDecimal("billed")));
  }

  List<SourceFile> sources() throws SQLException {
    return list(
        "sources",
        rows ->
            new SourceFile(
                rows.getInt("import_id"),
                rows.getString("file_name"),
                rows.getString("format"),
                rows.getString("source_kind"),
                rows.getLong("rows_imported"),
                rows.getLong("rows_rejected"),
                rows.getString("content_sha256"),
                rows.getObject("imported_at", OffsetDateTime.class)));
  }

  /** Runs a query file and reads each of its rows. */
  private <T> List<T> list(String file, RowReader<T> reader) throws SQLException {
    List<T> lines = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql(file))) {
      while (rows.next()) {
        lines.add(reader.read(rows));
      }
    }
    return lines;
  }

  /** Makes one record of a result row. */
  @FunctionalInterface
  private interface RowReader<T> {
    T read(ResultSet rows) throws SQLException;
  }

  /** The statement that streams the Detail rows; the caller runs and closes it. */
  PreparedStatement detail() throws SQLException {
    return connection.prepareStatement(sql("detail"));
  }

  private static String sql(String name) {
    return SqlFile.load(ShowbackQueries.class, name);
  }

  /** Exact totals of one month. */
  record Totals(
      BigDecimal billed,
      BigDecimal allocated,
      BigDecimal unallocated,
      long tokens,
      long requests,
      long tasks,
      long lines) {
    static final Totals EMPTY =
        new Totals(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, 0, 0, 0, 0);
  }

  /** One group's exact figures. */
  record GroupLine(
      String group,
      BigDecimal billed,
      BigDecimal previous,
      long tokens,
      long requests,
      long tasks,
      long lines) {}

  /** A group's cost on a day; shared costs are the month's, dated to its first day. */
  record DaySpend(LocalDate day, String group, boolean shared, BigDecimal billed) {}

  /** Cost and usage of a sub-dimension value (and model; null for the subtotal), in a group. */
  record UsageCost(
      String group,
      String sub,
      String model,
      BigDecimal billed,
      long tokens,
      long requests,
      long tasks) {}

  record BucketCost(String group, String bucket, BigDecimal billed, long tokens) {}

  /** Revenue (null without any) and spend (null without any) of a client. */
  record ClientRevenue(String client, BigDecimal revenue, BigDecimal spend) {}

  record PriceLine(
      String provider,
      String model,
      String bucket,
      String tier,
      long abovePromptTokens,
      BigDecimal perMillion,
      String currency,
      LocalDate from,
      LocalDate to,
      String source) {}

  record MethodUse(String method, long pools, long lines, BigDecimal billed) {}

  record SplitSetting(
      String poolKey,
      String method,
      String dimension,
      String basis,
      String fixedShares,
      String note) {}

  record UnallocatedCost(String provider, String reason, long pools, BigDecimal billed) {}

  record SourceFile(
      int importId,
      String fileName,
      String format,
      String kind,
      long rowsImported,
      long rowsRejected,
      String sha256,
      OffsetDateTime importedAt) {}
}
