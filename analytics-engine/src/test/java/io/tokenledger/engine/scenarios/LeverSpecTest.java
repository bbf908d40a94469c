package io.tokenledger.engine.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LeverSpecTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "grow feature=chat tasks=10 steps=5 tokens=-20",
        "route client=\"Northwind Traders\" feature=doc-summarizer from=claude-opus-4-6 to=claude-haiku-4-5 note=fine for short documents",
        "cache feature=rag-search rate=0.9",
        "batch feature=ticket-triage share=1",
        "price provider=openai percent=-10",
        "price model=claude-opus-4-6 percent=5"
      })
  void theTextFormReadsBackToTheSameLever(String text) {
    Lever lever = LeverSpec.parse(text);

    assertThat(LeverSpec.format(lever)).isEqualTo(text);
    assertThat(LeverSpec.parse(LeverSpec.format(lever))).isEqualTo(lever);
  }

  @Test
  void sharesAcceptPercentages() {
    Lever.CacheRate cache = (Lever.CacheRate) LeverSpec.parse("cache feature=x rate=90%");

    assertThat(cache.hitRate()).isEqualByComparingTo(new BigDecimal("0.9"));
    assertThat(cache.scope()).isEqualTo(LeverScope.feature("x"));
  }

  @Test
  void mistakesAreNamed() {
    assertThatThrownBy(() -> LeverSpec.parse("route from=a")).hasMessageContaining("to=MODEL");
    assertThatThrownBy(() -> LeverSpec.parse("cache rate=2"))
        .hasMessageContaining("between 0 and 1");
    assertThatThrownBy(() -> LeverSpec.parse("batch feature=x colour=red"))
        .hasMessageContaining("not colour=");
    assertThatThrownBy(() -> LeverSpec.parse("teleport")).hasMessageContaining("Unknown lever");
  }
}
