package io.tokenledger.engine.pricing;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One price catalog imported into the price book.
 *
 * @param source litellm or langfuse, the price_book source of its rows
 * @param effectiveFrom the first day its prices apply; the previous catalog of the source ends then
 * @param models distinct models priced
 * @param prices price rows written
 */
public record CatalogImport(
    String source,
    String fileName,
    String contentSha256,
    LocalDate effectiveFrom,
    OffsetDateTime importedAt,
    long models,
    long prices) {}
