package io.tokenledger.sampledata.company;

/**
 * One model the demo company calls, with every name it goes by: the request alias, the name the
 * response and the provider's usage export carry, the display name of consoles and marketplace
 * listings, the cloud billing abbreviation, and LiteLLM's name. Real sources disagree on the name
 * (DOMAIN.md 2.3), so each writer picks the form its source really uses.
 *
 * @param id the model as the company's request ledger writes it (the response model)
 * @param provider who bills it
 * @param requestName what the caller asks for (alias)
 * @param displayName console and marketplace display name
 * @param billingName the token in cloud billing line names (CUR usage type abbreviation, GCP SKU
 *     prefix); null where the provider bills by model id
 * @param liteLlmModel the model name LiteLLM logs
 * @param liteLlmProvider LiteLLM's {@code custom_llm_provider}
 * @param prices what the provider bills per token
 * @param inCatalogs whether the public price catalogs (LiteLLM, Langfuse) know this model; an
 *     unknown model must show as unpriced
 * @param langfuseModelId the id of the matching entry in Langfuse's default price list, or null
 */
public record ModelSpec(
    String id,
    Provider provider,
    String requestName,
    String displayName,
    String billingName,
    String liteLlmModel,
    String liteLlmProvider,
    Prices prices,
    boolean inCatalogs,
    String langfuseModelId) {}
