package io.tokenledger.engine.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ModelNamesTest {

  @Test
  void routeGeographyVendorAndVersionPartsAreTakenOffInOrder() {
    assertThat(ModelNames.candidates("aws", "us.anthropic.claude-sonnet-4-5-20250929-v1:0"))
        .containsSubsequence(
            "bedrock/us.anthropic.claude-sonnet-4-5-20250929-v1:0",
            "us.anthropic.claude-sonnet-4-5-20250929-v1:0",
            "claude-sonnet-4-5-20250929-v1:0",
            "claude-sonnet-4-5-20250929");
    assertThat(ModelNames.candidates("openai", "OpenAI/GPT-4o"))
        .contains("openai/gpt-4o", "gpt-4o");
    assertThat(ModelNames.candidates("gcp", "claude-opus-4-1@20250805"))
        .contains("vertex_ai/claude-opus-4-1@20250805", "claude-opus-4-1-20250805");
    assertThat(ModelNames.candidates(null, "ft:gpt-4o-2024-08-06:acme::abc123"))
        .contains("gpt-4o-2024-08-06");
    assertThat(ModelNames.candidates("azure", "gpt-4o").get(0)).isEqualTo("azure/gpt-4o");
    assertThat(ModelNames.candidates("openai", " ")).isEmpty();
  }
}
