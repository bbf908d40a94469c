package io.tokenledger.engine.pricing;

import io.tokenledger.engine.workspace.Workspace;
import io.tokenledger.engine.workspace.WorkspaceWork;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;

/**
 * The price book on a workspace's DuckDB database. Stateless: every call takes the workspace and
 * its own connection, so it may run on any worker thread; writes run in one transaction each.
 */
public final class DefaultPricingService implements PricingService {

  /** The start day of a first catalog: its prices apply to all history until a newer one. */
  public static final LocalDate SINCE_ALWAYS = LocalDate.of(1970, 1, 1);

  @Override
  public CatalogImported importCatalog(Workspace workspace, Path file, LocalDate effectiveFrom) {
    try (InputStream in = Files.newInputStream(file)) {
      return importCatalog(workspace, in, file.getFileName().toString(), effectiveFrom);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the price catalog " + file, e);
    }
  }

  @Override
  public CatalogImported importShippedCatalog(
      Workspace workspace, PriceCatalogFormat format, LocalDate effectiveFrom) {
    try (InputStream in = ShippedCatalogs.open(format)) {
      return importCatalog(workspace, in, ShippedCatalogs.fileName(format), effectiveFrom);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the shipped catalog " + format, e);
    }
  }

  private CatalogImported importCatalog(
      Workspace workspace, InputStream in, String fileName, LocalDate effectiveFrom)
      throws IOException {
    // Catalogs are a few megabytes: read once, hash and parse the same bytes.
    byte[] bytes = in.readAllBytes();
    PriceCatalogReader.Catalog catalog =
        PriceCatalogReader.read(new java.io.ByteArrayInputStream(bytes));
    String sha256 = HexFormat.of().formatHex(sha256().digest(bytes));
    String source = catalog.format().source();
    return WorkspaceWork.write(
        workspace,
        "Price book",
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
          // The events of the catalog's days were priced with the prices before it (or found
          // none): price them again now, in this transaction, as an import prices its own rows.
          queries.priceEventsSince(from);
          RepricedEvents repriced = queries.repricing(from);
          queries.applyPrices();
          return new CatalogImported(record, repriced);
        });
  }

  @Override
  public List<CatalogImport> catalogs(Workspace workspace) {
    return WorkspaceWork.read(
        workspace, "Price book", connection -> new PricingQueries(connection).catalogs());
  }

  @Override
  public List<PriceEntry> searchPrices(
      Workspace workspace, String text, LocalDate validOn, int limit) {
    LocalDate day = validOn == null ? LocalDate.now(ZoneOffset.UTC) : validOn;
    return WorkspaceWork.read(
        workspace,
        "Price book",
        connection -> new PricingQueries(connection).search(text, day, limit));
  }

  @Override
  public void setUserPrice(Workspace workspace, UserPrice price) {
    WorkspaceWork.write(
        workspace,
        "Price book",
        connection -> {
          new PricingQueries(connection).putUserPrice(price);
          return null;
        });
  }

  @Override
  public boolean removeUserPrice(Workspace workspace, UserPrice price) {
    return WorkspaceWork.write(
        workspace,
        "Price book",
        connection -> new PricingQueries(connection).deleteUserPrice(price) > 0);
  }

  @Override
  public int addDiscount(Workspace workspace, Discount discount) {
    return WorkspaceWork.write(
        workspace,
        "Price book",
        connection -> new PricingQueries(connection).insertDiscount(discount));
  }

  @Override
  public boolean removeDiscount(Workspace workspace, int id) {
    return WorkspaceWork.write(
        workspace,
        "Price book",
        connection -> new PricingQueries(connection).deleteDiscount(id) > 0);
  }

  @Override
  public List<Discount> discounts(Workspace workspace) {
    return WorkspaceWork.read(
        workspace, "Price book", connection -> new PricingQueries(connection).discounts());
  }

  @Override
  public PricingSummary apply(Workspace workspace) {
    return applyAsOf(workspace, null);
  }

  @Override
  public PricingSummary applyAsOf(Workspace workspace, LocalDate asOf) {
    return WorkspaceWork.write(
        workspace,
        "Price book",
        connection -> {
          PricingQueries queries = new PricingQueries(connection);
          queries.priceEvents(asOf);
          queries.applyPrices();
          return queries.summary();
        });
  }

  @Override
  public PricingSummary summary(Workspace workspace) {
    return priced(workspace, null, queries -> queries.summary());
  }

  @Override
  public List<UnpricedModel> unpriced(Workspace workspace) {
    return priced(workspace, null, queries -> queries.unpriced());
  }

  @Override
  public List<PricedEvent> pricedEvents(Workspace workspace, LocalDate asOf, int limit) {
    return priced(workspace, asOf, queries -> queries.pricedEvents(limit));
  }

  @Override
  public List<RepricedModel> compareAsOf(Workspace workspace, LocalDate asOf) {
    return priced(workspace, asOf, queries -> queries.repricedByModel());
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  /** A query over the events priced as of a day (null: each on its own day). */
  @FunctionalInterface
  private interface PricedQuery<T> {
    T run(PricingQueries queries) throws java.sql.SQLException;
  }

  private static <T> T priced(Workspace workspace, LocalDate asOf, PricedQuery<T> query) {
    return WorkspaceWork.read(
        workspace,
        "Price book",
        connection -> {
          PricingQueries queries = new PricingQueries(connection);
          queries.priceEvents(asOf);
          return query.run(queries);
        });
  }
}
