package io.tokenledger.engine.pricing;

import io.tokenledger.engine.workspace.Workspace;
import io.tokenledger.engine.workspace.WorkspaceException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;

/**
 * The price book on a workspace's DuckDB database. Every call takes its own connection, so it may
 * run on any worker thread; writes run in one transaction each.
 */
public final class DefaultPricingService implements PricingService {

  /** The start day of a first catalog: its prices apply to all history until a newer one. */
  public static final LocalDate SINCE_ALWAYS = LocalDate.of(1970, 1, 1);

  private final Workspace workspace;

  public DefaultPricingService(Workspace workspace) {
    this.workspace = workspace;
  }

  @Override
  public CatalogImport importCatalog(Path file, LocalDate effectiveFrom) {
    try (InputStream in = Files.newInputStream(file)) {
      return importCatalog(in, file.getFileName().toString(), effectiveFrom);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the price catalog " + file, e);
    }
  }

  @Override
  public CatalogImport importShippedCatalog(PriceCatalogFormat format, LocalDate effectiveFrom) {
    try (InputStream in = ShippedCatalogs.open(format)) {
      return importCatalog(in, ShippedCatalogs.fileName(format), effectiveFrom);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the shipped catalog " + format, e);
    }
  }

  private CatalogImport importCatalog(InputStream in, String fileName, LocalDate effectiveFrom)
      throws IOException {
    // Catalogs are a few megabytes: read once, hash and parse the same bytes.
    byte[] bytes = in.readAllBytes();
    PriceCatalogReader.Catalog catalog =
        PriceCatalogReader.read(new java.io.ByteArrayInputStream(bytes));
    String sha256 = HexFormat.of().formatHex(sha256().digest(bytes));
    String source = catalog.format().source();
    return write(
        connection -> {
          PricingQueries queries = new PricingQueries(connection);
          LocalDate from = effectiveFrom;
          if (from == null) {
            from =
                queries.latestCatalogDate(source) == null
                    ? SINCE_ALWAYS
                    : LocalDate.now(ZoneOffset.UTC);
          }
          queries.replaceCatalog(source, catalog.prices(), from);
          CatalogImport record =
              new CatalogImport(
                  source,
                  fileName,
                  sha256,
                  from,
                  OffsetDateTime.now(ZoneOffset.UTC),
                  catalog.models(),
                  catalog.prices().size());
          queries.recordCatalog(record);
          return record;
        });
  }

  @Override
  public List<CatalogImport> catalogs() {
    return read(connection -> new PricingQueries(connection).catalogs());
  }

  @Override
  public List<PriceEntry> searchPrices(String text, LocalDate validOn, int limit) {
    LocalDate day = validOn == null ? LocalDate.now(ZoneOffset.UTC) : validOn;
    return read(connection -> new PricingQueries(connection).search(text, day, limit));
  }

  @Override
  public void setUserPrice(UserPrice price) {
    write(
        connection -> {
          new PricingQueries(connection).putUserPrice(price);
          return null;
        });
  }

  @Override
  public boolean removeUserPrice(UserPrice price) {
    return write(connection -> new PricingQueries(connection).deleteUserPrice(price) > 0);
  }

  @Override
  public int addDiscount(Discount discount) {
    return write(connection -> new PricingQueries(connection).insertDiscount(discount));
  }

  @Override
  public boolean removeDiscount(int id) {
    return write(connection -> new PricingQueries(connection).deleteDiscount(id) > 0);
  }

  @Override
  public List<Discount> discounts() {
    return read(connection -> new PricingQueries(connection).discounts());
  }

  @Override
  public PricingSummary apply() {
    return applyAsOf(null);
  }

  @Override
  public PricingSummary applyAsOf(LocalDate asOf) {
    return write(
        connection -> {
          PricingQueries queries = new PricingQueries(connection);
          queries.priceEvents(asOf);
          queries.applyPrices();
          return queries.summary();
        });
  }

  @Override
  public PricingSummary summary() {
    return read(
        connection -> {
          PricingQueries queries = new PricingQueries(connection);
          queries.priceEvents(null);
          return queries.summary();
        });
  }

  @Override
  public List<UnpricedModel> unpriced() {
    return read(
        connection -> {
          PricingQueries queries = new PricingQueries(connection);
          queries.priceEvents(null);
          return queries.unpriced();
        });
  }

  @Override
  public List<PricedEvent> pricedEvents(LocalDate asOf, int limit) {
    return read(
        connection -> {
          PricingQueries queries = new PricingQueries(connection);
          queries.priceEvents(asOf);
          return queries.pricedEvents(limit);
        });
  }

  @Override
  public List<RepricedModel> compareAsOf(LocalDate asOf) {
    return read(
        connection -> {
          PricingQueries queries = new PricingQueries(connection);
          queries.priceEvents(asOf);
          return queries.repricedByModel();
        });
  }

  /** Work on one connection that may throw SQLException. */
  @FunctionalInterface
  interface SqlWork<T> {
    T run(Connection connection) throws SQLException;
  }

  private <T> T read(SqlWork<T> work) {
    try (Connection connection = workspace.newConnection()) {
      return work.run(connection);
    } catch (SQLException e) {
      throw new WorkspaceException("Price book: " + firstLine(e.getMessage()), e);
    }
  }

  private <T> T write(SqlWork<T> work) {
    try (Connection connection = workspace.newConnection()) {
      connection.setAutoCommit(false);
      try {
        T result = work.run(connection);
        connection.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new WorkspaceException("Price book: " + firstLine(e.getMessage()), e);
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unexpected error";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
