package io.tokenledger.engine.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PriceCatalogReaderTest {

  @Test
  void liteLlmFieldsBecomeBucketsTiersAndThresholdsWithExactPrices() throws Exception {
    List<CatalogPrice> prices = read(ShippedCatalogs.open(PriceCatalogFormat.LITELLM)).prices();

    assertThat(price(prices, "claude-sonnet-4-5", TokenBucket.IN_CACHE_WRITE_1H, "standard", 0))
        .hasValue(new BigDecimal("6e-06"));
    assertThat(price(prices, "claude-sonnet-4-5", TokenBucket.IN_CACHE_WRITE_5M, "standard", 0))
        .hasValue(new BigDecimal("3.75e-06"));
    assertThat(
            price(prices, "claude-sonnet-4-5", TokenBucket.IN_CACHE_WRITE_1H, "standard", 200_000))
        .hasValue(new BigDecimal("1.2e-05"));
    assertThat(price(prices, "claude-sonnet-4-5", TokenBucket.OUT_TEXT, "standard", 200_000))
        .hasValue(new BigDecimal("2.25e-05"));
    assertThat(price(prices, "gpt-4o-mini", TokenBucket.IN_UNCACHED, "batch", 0))
        .hasValue(new BigDecimal("7.5e-08"));
    assertThat(price(prices, "gpt-5", TokenBucket.IN_CACHE_READ, "flex", 0))
        .hasValue(new BigDecimal("6.25e-08"));
    assertThat(price(prices, "azure/gpt-4o", TokenBucket.IN_UNCACHED, "batch", 0))
        .as("azure/gpt-4o has no batch price in the catalog")
        .isEmpty();
    assertThat(prices).noneMatch(p -> p.model().equals("sample_spec"));
    assertThat(prices).allMatch(p -> p.unitPrice().signum() >= 0);
  }

  @Test
  void liteLlmTieredPricingBandsStartAtTheirLowerBound() throws Exception {
    List<CatalogPrice> prices = read(ShippedCatalogs.open(PriceCatalogFormat.LITELLM)).prices();

    assertThat(price(prices, "dashscope/qwen-flash", TokenBucket.IN_UNCACHED, "standard", 256_000))
        .hasValue(new BigDecimal("2.5e-07"));
  }

  @Test
  void langfuseAliasKeysArePricedOncePerBucketAndTiersFollowTheirConditions() throws Exception {
    PriceCatalogReader.Catalog catalog = read(ShippedCatalogs.open(PriceCatalogFormat.LANGFUSE));
    List<CatalogPrice> prices = catalog.prices();

    assertThat(catalog.format()).isEqualTo(PriceCatalogFormat.LANGFUSE);
    assertThat(
            prices.stream()
                .filter(
                    p ->
                        p.model().equals("claude-sonnet-4-5-20250929")
                            && p.serviceTier().equals("standard")
                            && p.abovePromptTokens() == 0))
        .extracting(CatalogPrice::bucket)
        .containsExactlyInAnyOrder(
            TokenBucket.IN_UNCACHED,
            TokenBucket.IN_CACHE_READ,
            TokenBucket.IN_CACHE_WRITE_5M,
            TokenBucket.IN_CACHE_WRITE_1H,
            TokenBucket.OUT_TEXT);
    assertThat(price(prices, "gpt-5", TokenBucket.OUT_REASONING, "flex", 0))
        .hasValue(new BigDecimal("5e-06"));
    assertThat(price(prices, "gpt-4o", TokenBucket.IN_CACHE_READ, "priority", 0))
        .hasValue(new BigDecimal("2.125e-06"));
    assertThat(prices)
        .anyMatch(p -> p.abovePromptTokens() == 200_000)
        .anyMatch(p -> p.abovePromptTokens() == 272_000 && p.serviceTier().equals("flex"));
    assertThat(
            prices.stream()
                .filter(p -> p.model().equals("gpt-4o"))
                .map(CatalogPrice::matchPattern)
                .distinct())
        .containsExactly("(?i)^(openai/)?(gpt-4o)$");
  }

  @Test
  void somethingElseIsNotACatalog() {
    byte[] text = "{\"resourceSpans\": []}".getBytes(StandardCharsets.UTF_8);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> PriceCatalogReader.detect(text))
        .hasMessageContaining("not a price catalog");
  }

  @Test
  void aTextPriceIsReadExactlyAndAProseValueIsSkipped() throws Exception {
    String json =
        "{\"sample_spec\": {\"litellm_provider\": \"one of the providers\","
            + " \"input_cost_per_token\": 0.0},"
            + " \"last_updated\": \"2026-07-24\","
            + " \"m\": {\"litellm_provider\": \"x\", \"input_cost_per_token\": \"0.0000001234567890123\","
            + " \"output_cost_per_token\": \"see docs\"}}";
    List<CatalogPrice> prices =
        read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))).prices();

    assertThat(prices).hasSize(1);
    assertThat(prices.get(0).unitPrice()).isEqualTo(new BigDecimal("0.0000001234567890123"));
  }

  private static PriceCatalogReader.Catalog read(InputStream in) throws Exception {
    try (in) {
      return PriceCatalogReader.read(in);
    }
  }

  private static Optional<BigDecimal> price(
      List<CatalogPrice> prices, String model, TokenBucket bucket, String tier, long threshold) {
    return prices.stream()
        .filter(
            p ->
                p.model().equals(model)
                    && p.bucket() == bucket
                    && p.serviceTier().equals(tier)
                    && p.abovePromptTokens() == threshold)
        .map(CatalogPrice::unitPrice)
        .findFirst();
  }
}
