package io.tokenledger.engine.models;

/**
 * A model name as a source wrote it, and the canonical model id it resolved to.
 *
 * @param raw the name exactly as the source wrote it
 * @param model the canonical id (a LiteLLM catalog key or a Langfuse model name), or null when the
 *     name could not be resolved: such a model is unpriced, never $0
 * @param method how the name was resolved
 * @param detail what matched (the catalog key, the pattern, the alias), or why nothing did
 */
public record ResolvedModel(String raw, String model, Method method, String detail) {

  /** How a raw name became a canonical id. */
  public enum Method {
    /** A workspace alias the user entered; user entries win over the catalogs. */
    USER_ALIAS,
    /** The normalised name is a LiteLLM catalog key. */
    CATALOG_KEY,
    /** A Langfuse {@code matchPattern} matched the name. */
    CATALOG_PATTERN,
    /** TokenLedger's built-in alias table (display names, billing abbreviations). */
    BUILT_IN_ALIAS,
    /**
     * A model id the LiteLLM catalog lists only behind a route (a host's Hugging Face id, a Bedrock
     * id): the model is known, its price depends on who serves it.
     */
    SERVED_ID,
    /** Nothing matched: the model is unpriced and flagged. */
    UNRESOLVED
  }

  public boolean resolved() {
    return model != null;
  }
}
