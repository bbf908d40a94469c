package io.tokenledger.engine.pricing;

/**
 * The outcome of importing a price catalog: the catalog as recorded in the price book, and what its
 * prices changed on the usage events imported before it.
 */
public record CatalogImported(CatalogImport catalog, RepricedEvents repriced) {}
