package io.tokenledger.engine.models;

import static org.assertj.core.api.Assertions.assertThat;

import io.tokenledger.engine.models.ResolvedModel.Method;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ModelResolverTest {

  private final ModelResolver resolver = ModelResolver.builtIn();

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "gpt-4o-mini-2024-07-18, gpt-4o-mini-2024-07-18",
    "GPT-4o, gpt-4o",
    "openai/gpt-4o, gpt-4o",
    "azure/gpt-4o-mini, gpt-4o-mini",
    "bedrock/us-east-1/anthropic.claude-sonnet-4-5-20250929-v1:0, claude-sonnet-4-5-20250929",
    "us.anthropic.claude-sonnet-4-5-20250929-v1:0, claude-sonnet-4-5-20250929",
    "global.anthropic.claude-haiku-4-5-20251001-v1:0, claude-haiku-4-5-20251001",
    "claude-sonnet-4-5@20250929, claude-sonnet-4-5-20250929",
    "Claude Sonnet 4.5, claude-sonnet-4-5",
    "Claude Haiku 4.5, claude-haiku-4-5",
    "Claude Opus 4.6 (Amazon Bedrock Edition), claude-opus-4-6",
    "Claude4.6Opus, claude-opus-4-6",
    "Claude 3.5 Sonnet, claude-3.5-sonnet-latest",
    "claude-3-5-sonnet-20241022, claude-3.5-sonnet-20241022",
    "Gemini 2.5 Flash, gemini-2.5-flash",
    "gemini-2.5-pro@default, gemini-2.5-pro",
    "gpt 4o 1120, gpt-4o-2024-11-20",
    "gpt-4o-mini-0718, gpt-4o-mini-2024-07-18",
    "ft:gpt-4o-2024-08-06:acme::abc123, gpt-4o-2024-08-06",
    "us.anthropic.claude-sonnet-4-6, claude-sonnet-4-6",
    "arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.anthropic.claude-sonnet-4-6,"
        + " claude-sonnet-4-6",
    "claude-haiku-4-5@20251001, claude-haiku-4-5-20251001",
    "projects/p1/locations/us-central1/publishers/google/models/gemini-2.5-flash,"
        + " gemini-2.5-flash",
    "models/gemini-2.5-pro, gemini-2.5-pro",
    "vertex_ai/gemini-2.5-flash, gemini-2.5-flash",
    "gpt-5.4-2026-03-05, gpt-5.4-2026-03-05",
  })
  void resolvesEveryKnownSpellingToOneCanonicalId(String raw, String expected) {
    ResolvedModel resolved = resolver.resolve(raw);

    assertThat(resolved.model()).as(resolved.detail()).isEqualTo(expected);
    assertThat(resolved.raw()).isEqualTo(raw);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    // vLLM and TGI report the Hugging Face repo id; hosts list it behind their route
    // (nscale/meta-llama/Llama-3.1-8B-Instruct, deepinfra/deepseek-ai/DeepSeek-R1).
    "meta-llama/Llama-3.1-8B-Instruct, meta-llama/llama-3.1-8b-instruct",
    "deepseek-ai/DeepSeek-R1, deepseek-ai/deepseek-r1",
    "Qwen/Qwen2.5-72B-Instruct, qwen/qwen2.5-72b-instruct",
    // A gateway's route keeps the Hugging Face id, not the host.
    "together_ai/Qwen/Qwen2.5-72B-Instruct-Turbo, qwen/qwen2.5-72b-instruct-turbo",
    "nscale/meta-llama/Llama-3.1-8B-Instruct, meta-llama/llama-3.1-8b-instruct",
    // Bedrock models without a native id elsewhere keep their Bedrock id, minus the geography.
    "us.amazon.nova-lite-v1:0, amazon.nova-lite-v1:0",
    "amazon.nova-pro-v1:0, amazon.nova-pro-v1:0",
    "us.meta.llama3-1-8b-instruct-v1:0, meta.llama3-1-8b-instruct-v1:0",
    "mistral.mistral-large-2407-v1:0, mistral.mistral-large-2407-v1:0",
  })
  void resolvesModelsTheCatalogListsOnlyBehindARouteToTheIdTheyAreServedAs(
      String raw, String expected) {
    ResolvedModel resolved = resolver.resolve(raw);

    assertThat(resolved.model()).as(resolved.detail()).isEqualTo(expected);
    assertThat(resolved.method()).isEqualTo(Method.SERVED_ID);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    // The demo's canary: a Claude version no catalog lists is not some other Claude.
    "claude-sonnet-4-7",
    "us.anthropic.claude-sonnet-4-7-v1:0",
    // A private fine-tune under an organisation no host serves.
    "acme/secret-model-7b",
    // A Gemini preview the catalog has dropped is not the released model.
    "gemini-2.5-flash-preview-05-20",
    // Deployment names that are only words a gateway routes by (openrouter/auto, .../fast).
    "auto",
    "fast",
  })
  void aModelNoCatalogListsUnderAnySpellingStaysUnresolved(String raw) {
    assertThat(resolver.resolve(raw).resolved()).as(resolver.resolve(raw).detail()).isFalse();
  }

  @Test
  void anUnknownModelStaysUnresolvedAndSaysWhatWasTried() {
    ResolvedModel resolved = resolver.resolve("acme-llm-7");

    assertThat(resolved.resolved()).isFalse();
    assertThat(resolved.method()).isEqualTo(Method.UNRESOLVED);
    assertThat(resolved.detail()).contains("acme-llm-7");
  }

  @Test
  void workspaceAliasesWinOverTheCatalogs() {
    ModelResolver withAlias = resolver.withUserAliases(Map.of("prod-chat", "gpt-4o"));

    assertThat(withAlias.resolve("prod-chat").model()).isEqualTo("gpt-4o");
    assertThat(withAlias.resolve("prod-chat").method()).isEqualTo(Method.USER_ALIAS);
    assertThat(resolver.resolve("prod-chat").resolved()).isFalse();
  }
}
