package io.tokenledger.engine.costmodel;

import io.tokenledger.engine.pricing.PricingQueries;
import io.tokenledger.engine.pricing.TokenBucket;
import io.tokenledger.engine.sql.SqlFile;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the priced usage of a range of months: the basis usage events (the ones the allocation and
 * the pivot count) priced bucket by bucket with the workspace's price book, exactly as Price ›
 * Apply would price them (the pricing service's own query builds the per-bucket costs), grouped per
 * day, provider, model, tier, client and feature. Response-cache hits (no provider call) are left
 * out.
 */
public final class PricedUsageQueries {

  private final Connection connection;
  private boolean priced;

  public PricedUsageQueries(Connection connection) {
    this.connection = connection;
  }

  /** The priced usage of the months {@code from} to {@code to}, both included. */
  public PricedUsage read(YearMonth from, YearMonth to) throws SQLException {
    if (!priced) {
      // Per-bucket costs are not stored; the pricing query computes them in a temporary table.
      new PricingQueries(connection).priceEvents(null);
      priced = true;
    }
    OffsetDateTime start = from.atDay(1).atStartOfDay().atOffset(ZoneOffset.UTC);
    OffsetDateTime end = to.plusMonths(1).atDay(1).atStartOfDay().atOffset(ZoneOffset.UTC);
    List<UsageCell> cells = new ArrayList<>();
    try (PreparedStatement statement =
        connection.prepareStatement(SqlFile.load(PricedUsageQueries.class, "cells"))) {
      statement.setObject(1, start);
      statement.setObject(2, end);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          cells.add(cell(rows));
        }
      }
    }
    try (PreparedStatement statement =
        connection.prepareStatement(SqlFile.load(PricedUsageQueries.class, "unpriced"))) {
      statement.setObject(1, start);
      statement.setObject(2, end);
      try (ResultSet rows = statement.executeQuery()) {
        rows.next();
        return new PricedUsage(cells, rows.getLong(1), rows.getLong(2));
      }
    }
  }

  private static UsageCell cell(ResultSet rows) throws SQLException {
    List<Long> tokens = new ArrayList<>();
    List<BigDecimal> costs = new ArrayList<>();
    for (TokenBucket bucket : TokenBucket.values()) {
      tokens.add(rows.getLong("t_" + bucket.column()));
      costs.add(rows.getBigDecimal("c_" + bucket.column()).stripTrailingZeros());
    }
    return new UsageCell(
        rows.getObject("day", LocalDate.class),
        rows.getString("provider"),
        rows.getString("model"),
        rows.getString("service_tier"),
        rows.getString("client"),
        rows.getString("feature"),
        rows.getString("currency"),
        rows.getLong("requests"),
        tokens,
        costs);
  }
}
