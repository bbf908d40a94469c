package io.tokenledger.engine.pricing;

import io.tokenledger.engine.models.ModelResolver;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The spellings under which a model name may appear in a price catalog (DOMAIN.md 2.3): the name as
 * written in lower case, with the provider's route prefix the catalogs use ({@code azure/gpt-4o}),
 * and stripped of route, geography, vendor and version parts ({@code
 * us.anthropic.claude-sonnet-4-5-20250929-v1:0} is {@code claude-sonnet-4-5-20250929}), display
 * names as ids. After the route-prefixed key, these are the model-name resolver's own candidates
 * ({@link ModelResolver#candidates}), most literal first, so bills and prices read names alike.
 */
public final class ModelNames {

  /** Our normalised provider to the route prefix LiteLLM's catalog keys use for it. */
  private static final Map<String, String> ROUTE_PREFIX =
      Map.of("azure", "azure", "aws", "bedrock", "gcp", "vertex_ai", "google", "gemini");

  private ModelNames() {}

  /** The lower-case, trimmed name. */
  public static String normalise(String name) {
    return name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
  }

  /** The spellings to look up for one name served by {@code provider}, most literal first. */
  public static List<String> candidates(String provider, String raw) {
    Set<String> out = new LinkedHashSet<>();
    String name = normalise(raw);
    if (name.isEmpty()) {
      return List.of();
    }
    String route = provider == null ? null : ROUTE_PREFIX.get(normalise(provider));
    if (route != null && !name.contains("/")) {
      out.add(route + "/" + name);
    }
    out.addAll(ModelResolver.candidates(name));
    out.remove("");
    return new ArrayList<>(out);
  }
}
