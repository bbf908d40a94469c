package io.tokenledger.engine.pricing;

import java.math.BigDecimal;

/**
 * One price a catalog states: a model's unit price for one token bucket in one service tier, from a
 * prompt size on.
 *
 * @param provider the provider the catalog names (LiteLLM's {@code litellm_provider})
 * @param model the catalog's model key, lower case
 * @param bucket the token bucket priced
 * @param serviceTier standard, batch, flex or priority (or another tier the catalog names)
 * @param abovePromptTokens 0 for the base price; N for the price of every token of a request whose
 *     prompt is larger than N tokens
 * @param unitPrice price per token, in USD
 * @param matchPattern a regex matching the model's spellings (Langfuse), or null
 */
public record CatalogPrice(
    String provider,
    String model,
    TokenBucket bucket,
    String serviceTier,
    long abovePromptTokens,
    BigDecimal unitPrice,
    String matchPattern) {}
