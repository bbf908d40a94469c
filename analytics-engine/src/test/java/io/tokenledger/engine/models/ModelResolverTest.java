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
  })
  void resolvesEveryKnownSpellingToOneCanonicalId(String raw, String expected) {
    ResolvedModel resolved = resolver.resolve(raw);

    assertThat(resolved.model()).as(resolved.detail()).isEqualTo(expected);
    assertThat(resolved.raw()).isEqualTo(raw);
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
