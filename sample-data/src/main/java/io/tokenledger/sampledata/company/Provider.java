package io.tokenledger.sampledata.company;

/**
 * Who the demo company pays for a model invocation. {@link #usageName} is the provider as the
 * company's own request ledger (the generic usage CSV) writes it: the vendor that invoices the
 * tokens, so that usage and bills line up (Bedrock is billed by AWS, Vertex AI by Google Cloud).
 */
public enum Provider {
  OPENAI("openai", "openai"),
  ANTHROPIC("anthropic", "anthropic"),
  BEDROCK("aws", "aws.bedrock"),
  VERTEX("gcp", "gcp.vertex_ai"),
  SELF_HOSTED("self-hosted", "vllm");

  private final String usageName;
  private final String otelName;

  Provider(String usageName, String otelName) {
    this.usageName = usageName;
    this.otelName = otelName;
  }

  public String usageName() {
    return usageName;
  }

  /** The OpenTelemetry GenAI {@code gen_ai.provider.name}. */
  public String otelName() {
    return otelName;
  }
}
