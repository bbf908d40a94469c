package io.tokenledger.engine.pricing;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the two price catalog formats into {@link CatalogPrice} rows (DOMAIN.md 5). Numbers are
 * read from their JSON text as {@link BigDecimal}, never through double. LiteLLM: a model is a
 * top-level object with {@code litellm_provider} (not {@code sample_spec}); fields carry bucket,
 * 1-hour cache TTL, long-context threshold and tier in their names. Langfuse: pricing tiers with
 * conditions on the service tier and on the prompt size; price keys are aliases, so each bucket is
 * priced once.
 */
public final class PriceCatalogReader {

  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
          .build();

  /**
   * LiteLLM price fields: base name, optional 1-hour TTL, optional long-context threshold in
   * thousands, optional tier suffix.
   */
  private static final Pattern LITELLM_FIELD =
      Pattern.compile(
          "^(input_cost_per_token|output_cost_per_token|cache_read_input_token_cost"
              + "|cache_creation_input_token_cost|output_cost_per_reasoning_token"
              + "|input_cost_per_token_cache_hit)(_above_1hr)?(?:_above_(\\d+)k_tokens)?"
              + "(?:_(batches|flex|priority))?$");

  private static final Set<String> LITELLM_NON_MODELS =
      Set.of("sample_spec", "fallback_generalizations");

  /** Langfuse usage keys per bucket, most canonical first: the first present is the price. */
  private static final Map<TokenBucket, List<String>> LANGFUSE_KEYS = new LinkedHashMap<>();

  static {
    LANGFUSE_KEYS.put(
        TokenBucket.IN_UNCACHED,
        List.of(
            "input",
            "input_tokens",
            "input_text_tokens",
            "promptTokenCount",
            "prompt_token_count"));
    LANGFUSE_KEYS.put(
        TokenBucket.IN_CACHE_READ,
        List.of(
            "input_cache_read",
            "input_cached_tokens",
            "cache_read_input_tokens",
            "input_cached_text_tokens",
            "cached_content_token_count"));
    LANGFUSE_KEYS.put(
        TokenBucket.IN_CACHE_WRITE_5M,
        List.of(
            "input_cache_creation_5m",
            "input_cache_creation",
            "cache_creation_input_tokens",
            "cache_write_tokens"));
    LANGFUSE_KEYS.put(TokenBucket.IN_CACHE_WRITE_1H, List.of("input_cache_creation_1h"));
    LANGFUSE_KEYS.put(
        TokenBucket.OUT_TEXT,
        List.of(
            "output",
            "output_tokens",
            "output_text_tokens",
            "candidatesTokenCount",
            "candidates_token_count"));
    LANGFUSE_KEYS.put(
        TokenBucket.OUT_REASONING,
        List.of(
            "output_reasoning_tokens",
            "output_reasoning",
            "reasoning_tokens",
            "thoughtsTokenCount",
            "thoughts_token_count"));
  }

  private PriceCatalogReader() {}

  /** Which format a catalog file is in, from its first bytes. */
  public static PriceCatalogFormat detect(byte[] head) {
    String text = new String(head, java.nio.charset.StandardCharsets.UTF_8).stripLeading();
    if (text.startsWith("[") && text.contains("\"pricingTiers\"")) {
      return PriceCatalogFormat.LANGFUSE;
    }
    if (text.startsWith("{")
        && (text.contains("\"litellm_provider\"") || text.contains("\"input_cost_per_token\""))) {
      return PriceCatalogFormat.LITELLM;
    }
    if (text.startsWith("[") && text.contains("\"matchPattern\"")) {
      return PriceCatalogFormat.LANGFUSE;
    }
    throw new IllegalArgumentException(
        "not a price catalog: expected LiteLLM's model_prices_and_context_window.json or"
            + " Langfuse's default-model-prices.json");
  }

  /** Reads a catalog, detecting its format. */
  public static Catalog read(InputStream in) throws IOException {
    PushbackInputStream stream = new PushbackInputStream(in, 4096);
    byte[] head = new byte[4096];
    int read = stream.readNBytes(head, 0, head.length);
    stream.unread(head, 0, read);
    PriceCatalogFormat format = detect(java.util.Arrays.copyOf(head, read));
    JsonNode root = JSON.readTree(stream);
    List<CatalogPrice> prices =
        format == PriceCatalogFormat.LITELLM ? readLiteLlm(root) : readLangfuse(root);
    return new Catalog(format, prices);
  }

  /** A catalog's format and prices. */
  public record Catalog(PriceCatalogFormat format, List<CatalogPrice> prices) {

    /** How many distinct models the catalog prices. */
    public long models() {
      return prices.stream().map(CatalogPrice::model).distinct().count();
    }
  }

  static List<CatalogPrice> readLiteLlm(JsonNode root) {
    List<CatalogPrice> prices = new ArrayList<>();
    Iterator<Map.Entry<String, JsonNode>> models = root.fields();
    while (models.hasNext()) {
      Map.Entry<String, JsonNode> entry = models.next();
      JsonNode model = entry.getValue();
      if (!model.isObject()
          || LITELLM_NON_MODELS.contains(entry.getKey())
          || !model.path("litellm_provider").isTextual()) {
        continue;
      }
      String key = entry.getKey().strip().toLowerCase(Locale.ROOT);
      String provider = model.get("litellm_provider").asText().toLowerCase(Locale.ROOT);
      Map<String, CatalogPrice> byCell = new LinkedHashMap<>();
      Iterator<Map.Entry<String, JsonNode>> fields = model.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        Matcher matcher = LITELLM_FIELD.matcher(field.getKey());
        BigDecimal price = price(field.getValue());
        if (!matcher.matches() || price == null) {
          continue;
        }
        TokenBucket bucket = liteLlmBucket(matcher.group(1), matcher.group(2) != null);
        long threshold = matcher.group(3) == null ? 0 : Long.parseLong(matcher.group(3)) * 1000;
        String tier = liteLlmTier(matcher.group(4));
        CatalogPrice row = new CatalogPrice(provider, key, bucket, tier, threshold, price, null);
        String cell = bucket + "/" + tier + "/" + threshold;
        // input_cost_per_token_cache_hit is an older spelling of the cache read price
        if (matcher.group(1).equals("input_cost_per_token_cache_hit")) {
          byCell.putIfAbsent(cell, row);
        } else {
          byCell.put(cell, row);
        }
      }
      for (JsonNode band : model.path("tiered_pricing")) {
        long from = band.path("range").path(0).asLong(0);
        if (from <= 0) {
          continue;
        }
        addBand(byCell, provider, key, band, "input_cost_per_token", TokenBucket.IN_UNCACHED, from);
        addBand(byCell, provider, key, band, "output_cost_per_token", TokenBucket.OUT_TEXT, from);
        addBand(
            byCell,
            provider,
            key,
            band,
            "cache_read_input_token_cost",
            TokenBucket.IN_CACHE_READ,
            from);
      }
      prices.addAll(byCell.values());
    }
    return prices;
  }

  private static void addBand(
      Map<String, CatalogPrice> byCell,
      String provider,
      String model,
      JsonNode band,
      String field,
      TokenBucket bucket,
      long from) {
    BigDecimal price = price(band.path(field));
    if (price != null) {
      byCell.putIfAbsent(
          bucket + "/standard/" + from,
          new CatalogPrice(provider, model, bucket, "standard", from, price, null));
    }
  }

  private static TokenBucket liteLlmBucket(String field, boolean oneHour) {
    switch (field) {
      case "input_cost_per_token":
        return TokenBucket.IN_UNCACHED;
      case "output_cost_per_token":
        return TokenBucket.OUT_TEXT;
      case "output_cost_per_reasoning_token":
        return TokenBucket.OUT_REASONING;
      case "cache_creation_input_token_cost":
        // "_above_1hr" names the 1-hour TTL write price, not a threshold (DOMAIN.md 5)
        return oneHour ? TokenBucket.IN_CACHE_WRITE_1H : TokenBucket.IN_CACHE_WRITE_5M;
      default:
        return TokenBucket.IN_CACHE_READ;
    }
  }

  private static String liteLlmTier(String suffix) {
    if (suffix == null) {
      return "standard";
    }
    return suffix.equals("batches") ? "batch" : suffix;
  }

  static List<CatalogPrice> readLangfuse(JsonNode root) {
    List<CatalogPrice> prices = new ArrayList<>();
    for (JsonNode model : root) {
      String name = model.path("modelName").asText(null);
      if (name == null || name.isBlank()) {
        continue;
      }
      String key = name.strip().toLowerCase(Locale.ROOT);
      String pattern = model.path("matchPattern").asText(null);
      String provider = langfuseProvider(key, model.path("tokenizerId").asText(""));
      for (JsonNode tier : model.path("pricingTiers")) {
        Condition condition = condition(tier);
        if (condition == null) {
          continue;
        }
        JsonNode tierPrices = tier.path("prices");
        for (Map.Entry<TokenBucket, List<String>> bucket : LANGFUSE_KEYS.entrySet()) {
          for (String usageKey : bucket.getValue()) {
            BigDecimal price = price(tierPrices.path(usageKey));
            if (price != null) {
              prices.add(
                  new CatalogPrice(
                      provider,
                      key,
                      bucket.getKey(),
                      condition.tier(),
                      condition.threshold(),
                      price,
                      pattern));
              break;
            }
          }
        }
      }
    }
    return prices;
  }

  /** The tier and prompt threshold a Langfuse pricing tier stands for, or null if not ours. */
  private record Condition(String tier, long threshold) {}

  private static Condition condition(JsonNode tier) {
    if (tier.path("isDefault").asBoolean(false)) {
      return new Condition("standard", 0);
    }
    String serviceTier = "standard";
    long threshold = 0;
    for (JsonNode condition : tier.path("conditions")) {
      if (condition.has("usageDetailPattern")) {
        if (!"gt".equals(condition.path("operator").asText())) {
          return null;
        }
        threshold = condition.path("value").asLong();
      } else if ("model_parameters".equals(condition.path("source").asText())) {
        String values = condition.path("values").toString().toLowerCase(Locale.ROOT);
        String key = condition.path("key").asText();
        if (key.equals("service_tier") && values.contains("flex")) {
          serviceTier = "flex";
        } else if (key.equals("service_tier")
            && (values.contains("priority") || values.contains("fast"))) {
          serviceTier = "priority";
        } else if (key.equals("service_tier") && values.contains("batch")) {
          serviceTier = "batch";
        } else if (key.equals("speed") && values.contains("fast")) {
          serviceTier = "fast";
        } else {
          return null;
        }
      } else {
        return null;
      }
    }
    return new Condition(serviceTier, threshold);
  }

  private static String langfuseProvider(String model, String tokenizer) {
    if (model.startsWith("claude") || tokenizer.equals("claude")) {
      return "anthropic";
    }
    if (model.startsWith("gemini")) {
      return "google";
    }
    if (model.startsWith("gpt")
        || model.matches("^o\\d.*")
        || model.startsWith("text-embedding")
        || tokenizer.equals("openai")) {
      return "openai";
    }
    return tokenizer.isBlank() ? "unknown" : tokenizer;
  }

  /** A non-negative number (or numeric text) as an exact decimal, else null. */
  private static BigDecimal price(JsonNode value) {
    if (value == null || value.isMissingNode() || value.isNull()) {
      return null;
    }
    BigDecimal price;
    if (value.isNumber()) {
      price = value.decimalValue();
    } else if (value.isTextual()) {
      try {
        price = new BigDecimal(value.asText().strip());
      } catch (NumberFormatException e) {
        return null;
      }
    } else {
      return null;
    }
    return price.signum() < 0 ? null : price;
  }
}
