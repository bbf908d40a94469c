package io.tokenledger.engine.models;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The model names TokenLedger knows: the keys of the LiteLLM price catalog, the model ids its route
 * keys serve ({@code meta-llama/llama-3.1-8b-instruct} behind {@code
 * nscale/meta-llama/Llama-3.1-8B-Instruct}, {@code amazon.nova-pro-v1:0} behind {@code
 * us.amazon.nova-pro-v1:0}), the {@code matchPattern} regexes of Langfuse's default price list, and
 * a small built-in alias table for display names and billing abbreviations. The files ship as
 * resources beside this class (see NOTICE.md there for their origin and licences); they are read
 * once per JVM.
 */
public final class ModelCatalog {

  private static final String LITELLM = "litellm-model_prices_and_context_window.json";
  private static final String LANGFUSE = "langfuse-default-model-prices.json";
  private static final String ALIASES = "model-aliases.csv";

  private static volatile ModelCatalog builtIn;

  private final Set<String> keys;
  private final Set<String> servedIds;
  private final List<NamePattern> patterns;
  private final Map<String, String> aliases;

  /** One Langfuse price entry's name and the regex that recognises its spellings. */
  record NamePattern(String modelName, Pattern pattern) {}

  /** The LiteLLM catalog's keys split into model names and the ids its routes serve. */
  private record LiteLlmNames(Set<String> keys, Set<String> servedIds) {}

  ModelCatalog(
      Set<String> keys,
      Set<String> servedIds,
      List<NamePattern> patterns,
      Map<String, String> aliases) {
    this.keys = Set.copyOf(keys);
    this.servedIds = Set.copyOf(servedIds);
    this.patterns = List.copyOf(patterns);
    this.aliases = Map.copyOf(aliases);
  }

  /** The catalogs shipped with this version, loaded on first use. */
  public static ModelCatalog builtIn() {
    ModelCatalog catalog = builtIn;
    if (catalog == null) {
      synchronized (ModelCatalog.class) {
        catalog = builtIn;
        if (catalog == null) {
          LiteLlmNames names = readLiteLlmNames();
          catalog =
              new ModelCatalog(
                  names.keys(), names.servedIds(), readLangfusePatterns(), readAliases());
          builtIn = catalog;
        }
      }
    }
    return catalog;
  }

  /**
   * Lower-case LiteLLM keys that name a model rather than a route to it ({@code gpt-4o}, not {@code
   * azure/gpt-4o} or {@code us.anthropic.claude-sonnet-4-5-20250929-v1:0}).
   */
  Set<String> keys() {
    return keys;
  }

  /**
   * Lower-case model ids that the LiteLLM catalog lists only behind a route: every tail of a
   * provider path after a slash (the Hugging Face id {@code meta-llama/llama-3.1-8b-instruct} and
   * the bare {@code llama-3.1-8b-instruct} of {@code nscale/meta-llama/Llama-3.1-8B-Instruct}, the
   * Gemini API's {@code gemini-2.5-flash-preview-05-20} of {@code
   * gemini/gemini-2.5-flash-preview-05-20}) and Bedrock model ids without their geography ({@code
   * amazon.nova-pro-v1:0}). A name equal to one of them is a model some provider serves under that
   * very name; whether it has a price for the source that used it is the price book's business.
   */
  Set<String> servedIds() {
    return servedIds;
  }

  List<NamePattern> patterns() {
    return patterns;
  }

  /** Built-in aliases: normalised alias to the name it stands for. */
  Map<String, String> aliases() {
    return aliases;
  }

  /** How many model names the catalogs hold, for the user's information. */
  public int size() {
    return keys.size() + patterns.size();
  }

  private static LiteLlmNames readLiteLlmNames() {
    // Stream the 1.5 MB file: only top-level objects with litellm_provider are models (the mirror
    // adds a "last_updated" string; sample_spec and fallback_generalizations have no provider).
    Set<String> keys = new HashSet<>();
    Set<String> servedIds = new HashSet<>();
    ObjectMapper mapper = new ObjectMapper();
    try (InputStream in = open(LITELLM);
        JsonParser parser = new JsonFactory(mapper).createParser(in)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw new IllegalStateException(LITELLM + " is not a JSON object");
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String key = parser.currentName();
        JsonToken value = parser.nextToken();
        if (value == JsonToken.START_OBJECT) {
          JsonNode entry = mapper.readTree(parser);
          if (!entry.has("litellm_provider")) {
            continue;
          }
          String name = key.toLowerCase(Locale.ROOT);
          if (ModelResolver.isRouteSpelling(name)) {
            servedIds.addAll(ModelResolver.servedIds(name));
          } else {
            keys.add(name);
          }
        } else {
          parser.skipChildren();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the model catalog " + LITELLM, e);
    }
    servedIds.removeAll(keys);
    return new LiteLlmNames(keys, servedIds);
  }

  private static List<NamePattern> readLangfusePatterns() {
    List<NamePattern> patterns = new ArrayList<>();
    try (InputStream in = open(LANGFUSE)) {
      JsonNode entries = new ObjectMapper().readTree(in);
      for (JsonNode entry : entries) {
        String name = entry.path("modelName").asText(null);
        String regex = entry.path("matchPattern").asText(null);
        if (name == null || regex == null) {
          continue;
        }
        try {
          patterns.add(new NamePattern(name, Pattern.compile(regex)));
        } catch (PatternSyntaxException e) {
          // A pattern Java cannot read only costs us that spelling; the name itself still matches.
          patterns.add(new NamePattern(name, Pattern.compile(Pattern.quote(name))));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the model catalog " + LANGFUSE, e);
    }
    return Collections.unmodifiableList(patterns);
  }

  private static Map<String, String> readAliases() {
    Map<String, String> aliases = new HashMap<>();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(open(ALIASES), StandardCharsets.UTF_8))) {
      reader.readLine();
      String line;
      while ((line = reader.readLine()) != null) {
        String[] fields = line.split(",", -1);
        if (fields.length >= 2 && !fields[0].isBlank()) {
          aliases.put(fields[0].strip().toLowerCase(Locale.ROOT), fields[1].strip());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the model aliases " + ALIASES, e);
    }
    return aliases;
  }

  private static InputStream open(String name) {
    InputStream in = ModelCatalog.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("Model catalog resource missing: " + name);
    }
    return in;
  }
}
