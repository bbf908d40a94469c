package io.tokenledger.engine.pricing;

import io.tokenledger.engine.sql.SqlFile;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * The price book's SQL on one connection: catalog rows in (through the Appender), user prices and
 * discounts, and the pricing of usage events. Pricing first resolves every distinct model name of
 * the events to a price book key ({@link ModelPriceMatcher}) into {@code tl_price_model_map}, then
 * prices every event and bucket in one statement into {@code tl_priced_events}, which the other
 * queries read.
 */
public final class PricingQueries {

  private final Connection connection;

  public PricingQueries(Connection connection) {
    this.connection = connection;
  }

  // ---- catalogs -------------------------------------------------------------------------------

  /** The day the newest catalog of {@code source} started, if any. */
  public LocalDate latestCatalogDate(String source) throws SQLException {
    try (PreparedStatement statement = prepare("latest_catalog")) {
      statement.setString(1, source);
      try (ResultSet rows = statement.executeQuery()) {
        rows.next();
        Date date = rows.getDate(1);
        return date == null ? null : date.toLocalDate();
      }
    }
  }

  /**
   * Writes a catalog's prices valid from {@code from}: the source's rows that were valid then end
   * there, rows that would start later are replaced.
   */
  public void replaceCatalog(String source, List<CatalogPrice> prices, LocalDate from)
      throws SQLException {
    try (PreparedStatement close = prepare("catalog_close")) {
      close.setObject(1, from);
      close.setString(2, source);
      close.setObject(3, from);
      close.setObject(4, from);
      close.executeUpdate();
    }
    try (PreparedStatement supersede = prepare("catalog_supersede")) {
      supersede.setString(1, source);
      supersede.setObject(2, from);
      supersede.executeUpdate();
    }
    try (DuckDBAppender appender =
        connection.unwrap(DuckDBConnection.class).createAppender("main", "price_book")) {
      for (CatalogPrice price : prices) {
        appender.beginRow();
        appender.append(price.provider());
        appender.append(price.model());
        appender.append(price.bucket().column());
        appender.append(price.serviceTier());
        appender.append(price.abovePromptTokens());
        appender.append(price.unitPrice().setScale(18, java.math.RoundingMode.HALF_UP));
        appender.append("USD");
        appender.append(from);
        appender.appendNull();
        appender.append(source);
        if (price.matchPattern() == null) {
          appender.appendNull();
        } else {
          appender.append(price.matchPattern());
        }
        appender.endRow();
      }
    }
  }

  public void recordCatalog(CatalogImport catalog) throws SQLException {
    try (PreparedStatement statement = prepare("catalog_record")) {
      statement.setString(1, catalog.source());
      statement.setString(2, catalog.fileName());
      statement.setString(3, catalog.contentSha256());
      statement.setObject(4, catalog.effectiveFrom());
      statement.setObject(5, catalog.importedAt());
      statement.setLong(6, catalog.models());
      statement.setLong(7, catalog.prices());
      statement.executeUpdate();
    }
  }

  public List<CatalogImport> catalogs() throws SQLException {
    List<CatalogImport> catalogs = new ArrayList<>();
    try (PreparedStatement statement = prepare("catalogs");
        ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        catalogs.add(
            new CatalogImport(
                rows.getString(1),
                rows.getString(2),
                rows.getString(3),
                rows.getDate(4).toLocalDate(),
                rows.getObject(5, OffsetDateTime.class),
                rows.getLong(6),
                rows.getLong(7)));
      }
    }
    return catalogs;
  }

  // ---- user prices and discounts --------------------------------------------------------------

  /** Sets a user price, replacing one with the same key and start day. */
  public void putUserPrice(UserPrice price) throws SQLException {
    deleteUserPrice(price);
    try (PreparedStatement insert = prepare("user_price_insert")) {
      insert.setString(1, price.provider());
      insert.setString(2, price.model());
      insert.setString(3, price.bucket().column());
      insert.setString(4, price.serviceTier());
      insert.setLong(5, price.abovePromptTokens());
      insert.setBigDecimal(6, price.unitPrice());
      insert.setString(7, price.currency());
      insert.setObject(8, price.effectiveFrom());
      insert.setObject(9, price.effectiveTo());
      insert.executeUpdate();
    }
  }

  /** Removes the user price with the key and start day of {@code price}. */
  public int deleteUserPrice(UserPrice price) throws SQLException {
    try (PreparedStatement delete = prepare("user_price_delete")) {
      delete.setString(1, price.provider());
      delete.setString(2, price.model());
      delete.setString(3, price.bucket().column());
      delete.setString(4, price.serviceTier());
      delete.setLong(5, price.abovePromptTokens());
      delete.setObject(6, price.effectiveFrom());
      return delete.executeUpdate();
    }
  }

  public int insertDiscount(Discount discount) throws SQLException {
    try (PreparedStatement insert = prepare("discount_insert")) {
      insert.setString(1, discount.provider());
      insert.setString(2, discount.model());
      insert.setBigDecimal(3, discount.percentOff());
      insert.setObject(4, discount.effectiveFrom());
      insert.setObject(5, discount.effectiveTo());
      insert.setString(6, discount.note());
      try (ResultSet id = insert.executeQuery()) {
        id.next();
        return id.getInt(1);
      }
    }
  }

  public int deleteDiscount(int id) throws SQLException {
    try (PreparedStatement delete =
        connection.prepareStatement("DELETE FROM price_discounts WHERE discount_id = ?")) {
      delete.setInt(1, id);
      return delete.executeUpdate();
    }
  }

  public List<Discount> discounts() throws SQLException {
    List<Discount> discounts = new ArrayList<>();
    try (PreparedStatement statement = prepare("discounts");
        ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        discounts.add(
            new Discount(
                rows.getInt(1),
                rows.getString(2),
                rows.getString(3),
                rows.getBigDecimal(4),
                rows.getDate(5).toLocalDate(),
                rows.getDate(6) == null ? null : rows.getDate(6).toLocalDate(),
                rows.getString(7)));
      }
    }
    return discounts;
  }

  /** The prices valid on {@code validOn} whose model or provider contains {@code text}. */
  public List<PriceEntry> search(String text, LocalDate validOn, int limit) throws SQLException {
    List<PriceEntry> entries = new ArrayList<>();
    try (PreparedStatement statement = prepare("search")) {
      String filter = text == null ? "" : text.strip();
      statement.setObject(1, validOn);
      statement.setObject(2, validOn);
      statement.setString(3, filter);
      statement.setString(4, filter);
      statement.setInt(5, limit);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          Map<TokenBucket, BigDecimal> prices = new EnumMap<>(TokenBucket.class);
          for (TokenBucket bucket : TokenBucket.values()) {
            BigDecimal price = rows.getBigDecimal(bucket.column());
            if (price != null) {
              prices.put(bucket, price.stripTrailingZeros());
            }
          }
          entries.add(
              new PriceEntry(
                  rows.getString("source"),
                  rows.getString("provider"),
                  rows.getString("model"),
                  rows.getString("service_tier"),
                  rows.getLong("above_prompt_tokens"),
                  rows.getString("currency"),
                  rows.getDate("effective_from").toLocalDate(),
                  rows.getDate("effective_to") == null
                      ? null
                      : rows.getDate("effective_to").toLocalDate(),
                  prices));
        }
      }
    }
    return entries;
  }

  // ---- pricing usage events -------------------------------------------------------------------

  /**
   * Prices every usage event into {@code tl_priced_events}.
   *
   * @param asOf null to price each event with the prices of its own day, else the day whose prices
   *     apply to every event
   */
  public void priceEvents(LocalDate asOf) throws SQLException {
    priceEvents(asOf, null);
  }

  /**
   * Prices the usage events of one import (every event when {@code importId} is null) into {@code
   * tl_priced_events}, each with the prices of its own day: what an import does before it commits,
   * so its rows arrive costed.
   */
  public void priceEvents(LocalDate asOf, Integer importId) throws SQLException {
    priceEvents(asOf, importId, null);
  }

  /**
   * Prices the usage events of {@code since} (UTC day) and later, each with the prices of its own
   * day: the events whose price a catalog valid from {@code since} may change.
   */
  public void priceEventsSince(LocalDate since) throws SQLException {
    priceEvents(null, null, since);
  }

  private void priceEvents(LocalDate asOf, Integer importId, LocalDate since) throws SQLException {
    buildModelMap(importId);
    try (PreparedStatement statement = prepare("price_events")) {
      statement.setObject(1, asOf);
      statement.setObject(2, importId);
      statement.setObject(3, since);
      statement.execute();
    }
  }

  /**
   * What applying the last {@link #priceEvents} would change on the usage events; call it before
   * {@link #applyPrices}.
   */
  public RepricedEvents repricing(LocalDate since) throws SQLException {
    try (PreparedStatement statement = prepare("repricing");
        ResultSet rows = statement.executeQuery()) {
      rows.next();
      return new RepricedEvents(
          since,
          rows.getLong("events"),
          rows.getLong("newly_priced"),
          rows.getLong("cost_changed"),
          rows.getLong("unpriced"));
    }
  }

  /** Writes the prices of the last {@link #priceEvents} onto usage_events. */
  public long applyPrices() throws SQLException {
    try (Statement statement = connection.createStatement()) {
      return statement.executeUpdate(SqlFile.load(getClass(), "apply"));
    }
  }

  public PricingSummary summary() throws SQLException {
    try (PreparedStatement statement = prepare("summary");
        ResultSet rows = statement.executeQuery()) {
      rows.next();
      return new PricingSummary(
          rows.getLong("events"),
          rows.getLong("priced_events"),
          rows.getLong("unpriced_events"),
          rows.getLong("tokens"),
          rows.getLong("unpriced_tokens"),
          rows.getBigDecimal("cost"),
          rows.getBigDecimal("source_cost"));
    }
  }

  public List<UnpricedModel> unpriced() throws SQLException {
    List<UnpricedModel> models = new ArrayList<>();
    try (PreparedStatement statement = prepare("unpriced");
        ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        models.add(
            new UnpricedModel(
                rows.getString("model_raw"),
                rows.getString("provider"),
                rows.getString("reason"),
                rows.getLong("events"),
                rows.getLong("tokens"),
                rows.getBigDecimal("source_cost")));
      }
    }
    return models;
  }

  public List<PricedEvent> pricedEvents(int limit) throws SQLException {
    List<PricedEvent> events = new ArrayList<>();
    try (PreparedStatement statement = prepare("priced_events")) {
      statement.setInt(1, limit);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          Map<TokenBucket, BigDecimal> costs = new EnumMap<>(TokenBucket.class);
          for (TokenBucket bucket : TokenBucket.values()) {
            BigDecimal cost = rows.getBigDecimal("cost_" + bucket.column());
            if (cost != null) {
              costs.put(bucket, cost);
            }
          }
          events.add(
              new PricedEvent(
                  rows.getLong("import_id"),
                  rows.getLong("source_line"),
                  rows.getString("event_id"),
                  rows.getString("trace_id"),
                  rows.getObject("event_time", OffsetDateTime.class),
                  rows.getString("provider"),
                  rows.getString("model_raw"),
                  rows.getString("priced_model"),
                  rows.getString("service_tier"),
                  rows.getDate("price_date").toLocalDate(),
                  rows.getLong("prompt_tokens"),
                  rows.getLong("long_context_threshold"),
                  rows.getBigDecimal("percent_off"),
                  costs,
                  rows.getBigDecimal("cost"),
                  rows.getString("currency"),
                  rows.getBigDecimal("source_cost"),
                  rows.getString("note")));
        }
      }
    }
    return events;
  }

  public List<RepricedModel> repricedByModel() throws SQLException {
    List<RepricedModel> models = new ArrayList<>();
    try (PreparedStatement statement = prepare("reprice_by_model");
        ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        models.add(
            new RepricedModel(
                rows.getString("model"),
                rows.getLong("events"),
                rows.getBigDecimal("recorded_cost"),
                rows.getBigDecimal("repriced_cost"),
                rows.getLong("unpriced_events")));
      }
    }
    return models;
  }

  /** Resolves every distinct model spelling of the events to a price book key. */
  private void buildModelMap(Integer importId) throws SQLException {
    ModelPriceMatcher matcher = matcher();
    try (Statement statement = connection.createStatement()) {
      statement.execute(SqlFile.load(getClass(), "model_map"));
    }
    List<String[]> names = new ArrayList<>();
    try (PreparedStatement statement = prepare("event_names")) {
      statement.setObject(1, importId);
      statement.setObject(2, importId);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          names.add(new String[] {rows.getString(1), rows.getString(2), rows.getString(3)});
        }
      }
    }
    try (DuckDBAppender appender =
        connection
            .unwrap(DuckDBConnection.class)
            .createAppender("temp", "main", "tl_price_model_map")) {
      for (String[] name : names) {
        ModelPriceMatcher.Match match = matcher.match(name[0], name[1]);
        if (match.pricedModel() == null && name[2] != null) {
          match = matcher.match(name[0], name[2]);
        }
        appender.beginRow();
        appendNullable(appender, name[0]);
        appendNullable(appender, name[1]);
        appendNullable(appender, name[2]);
        appendNullable(appender, match.pricedModel());
        appender.append(match.method().name());
        appendNullable(appender, match.detail());
        appender.endRow();
      }
    }
  }

  /** The matcher over the price book's keys, patterns and the workspace's aliases. */
  ModelPriceMatcher matcher() throws SQLException {
    Set<String> userKeys = new HashSet<>();
    Set<String> catalogKeys = new HashSet<>();
    try (PreparedStatement statement = prepare("keys");
        ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        if (rows.getBoolean(2)) {
          userKeys.add(rows.getString(1));
        }
        if (rows.getBoolean(3)) {
          catalogKeys.add(rows.getString(1));
        }
      }
    }
    List<ModelPriceMatcher.KeyPattern> patterns = new ArrayList<>();
    try (PreparedStatement statement = prepare("patterns");
        ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        try {
          patterns.add(
              new ModelPriceMatcher.KeyPattern(
                  rows.getString(1), Pattern.compile(rows.getString(2))));
        } catch (PatternSyntaxException e) {
          // a pattern Java cannot read only loses that spelling; the key itself still matches
        }
      }
    }
    Map<String, String> aliases = new LinkedHashMap<>();
    try (PreparedStatement statement = prepare("aliases");
        ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        aliases.putIfAbsent(ModelNames.normalise(rows.getString(1)), rows.getString(2));
      }
    }
    return new ModelPriceMatcher(userKeys, catalogKeys, patterns, aliases);
  }

  private static void appendNullable(DuckDBAppender appender, String value) throws SQLException {
    if (value == null) {
      appender.appendNull();
    } else {
      appender.append(value);
    }
  }

  private PreparedStatement prepare(String name) throws SQLException {
    return connection.prepareStatement(SqlFile.load(getClass(), name));
  }
}
