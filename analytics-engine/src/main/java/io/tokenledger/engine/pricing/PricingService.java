package io.tokenledger.engine.pricing;

import io.tokenledger.engine.workspace.Workspace;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * The price book of a workspace: dated prices per provider, model, token bucket, tier and
 * long-context band, seeded from LiteLLM or Langfuse catalogs and overridden by the user's
 * negotiated prices and discounts; and the recomputed cost of every usage event, kept beside the
 * cost its source reported. An event whose model has no price is unpriced, never $0.
 */
public interface PricingService {

  /**
   * Imports a LiteLLM or Langfuse catalog (format detected) and, in the same transaction, reprices
   * the usage events of its effective day and later, so events imported before it are priced
   * without a separate {@link #apply}.
   *
   * @param effectiveFrom the first day its prices apply; null for "since always" when it is the
   *     first catalog of its source, else today
   */
  CatalogImported importCatalog(Workspace workspace, Path file, LocalDate effectiveFrom);

  /**
   * Imports one of the catalogs that ship with TokenLedger (see {@link ShippedCatalogs}) and
   * reprices like {@link #importCatalog}.
   */
  CatalogImported importShippedCatalog(
      Workspace workspace, PriceCatalogFormat format, LocalDate effectiveFrom);

  List<CatalogImport> catalogs(Workspace workspace);

  /** The prices valid on a day whose model or provider contains {@code text} (may be empty). */
  List<PriceEntry> searchPrices(Workspace workspace, String text, LocalDate validOn, int limit);

  void setUserPrice(Workspace workspace, UserPrice price);

  /** Removes a user price (same key and start day); true when there was one. */
  boolean removeUserPrice(Workspace workspace, UserPrice price);

  /** Stores a discount and returns its id. */
  int addDiscount(Workspace workspace, Discount discount);

  boolean removeDiscount(Workspace workspace, int id);

  List<Discount> discounts(Workspace workspace);

  /**
   * Recomputes the cost of every usage event with the prices valid on its own day and writes it to
   * usage_events (priced_model, cost, cost_currency, price_note). Call after imports and price
   * edits.
   */
  PricingSummary apply(Workspace workspace);

  /** Recomputes every event with the prices valid on {@code asOf} and writes the result. */
  PricingSummary applyAsOf(Workspace workspace, LocalDate asOf);

  /** The coverage of the price book without writing anything. */
  PricingSummary summary(Workspace workspace);

  /** Model names without a price, with their events and tokens, largest first. */
  List<UnpricedModel> unpriced(Workspace workspace);

  /** Events priced as of a day (null: each on its own day), per bucket, for drill-through. */
  List<PricedEvent> pricedEvents(Workspace workspace, LocalDate asOf, int limit);

  /** Per model, the recorded cost against the cost with the prices of {@code asOf}. */
  List<RepricedModel> compareAsOf(Workspace workspace, LocalDate asOf);
}
