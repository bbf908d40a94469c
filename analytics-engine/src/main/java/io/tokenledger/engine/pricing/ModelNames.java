package io.tokenledger.engine.pricing;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The spellings under which a model name may appear in a price catalog (DOMAIN.md 2.3): the name as
 * written in lower case, with the provider's route prefix the catalogs use ({@code azure/gpt-4o}),
 * and stripped of route, geography, vendor and version parts ({@code
 * us.anthropic.claude-sonnet-4-5-20250929-v1:0} is {@code claude-sonnet-4-5-20250929}). Follows the
 * candidate order of the model-name resolver on the providers branch (engine.models.ModelResolver):
 * most literal first.
 */
public final class ModelNames {

  private static final Pattern GEO_PREFIX =
      Pattern.compile("^(?:us|eu|apac|au|jp|ca|global|us-gov)\\.(?=[a-z0-9-]+\\.)");
  private static final Pattern VENDOR_PREFIX =
      Pattern.compile(
          "^(?:anthropic|meta|amazon|cohere|mistral|ai21|deepseek|openai|qwen|writer|google)\\.");
  private static final Pattern VERSION_SUFFIX = Pattern.compile("-v\\d+(?::\\d+)?$|:\\d+$");
  private static final Pattern VERTEX_DATE = Pattern.compile("@(\\d{8})$");
  private static final Pattern VERTEX_TAG = Pattern.compile("@[a-z0-9-]+$");

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
    out.add(name);
    if (name.startsWith("ft:")) {
      String[] parts = name.split(":");
      if (parts.length > 1 && !parts[1].isEmpty()) {
        name = parts[1];
        out.add(name);
      }
    }
    int slash = name.lastIndexOf('/');
    if (slash >= 0 && slash < name.length() - 1) {
      name = name.substring(slash + 1);
      out.add(name);
    }
    String bedrock =
        VENDOR_PREFIX.matcher(GEO_PREFIX.matcher(name).replaceFirst("")).replaceFirst("");
    if (!bedrock.equals(name)) {
      out.add(bedrock);
      bedrock = VERSION_SUFFIX.matcher(bedrock).replaceFirst("");
      out.add(bedrock);
      name = bedrock;
    }
    Matcher vertexDate = VERTEX_DATE.matcher(name);
    if (vertexDate.find()) {
      name = name.substring(0, vertexDate.start()) + "-" + vertexDate.group(1);
      out.add(name);
    } else if (VERTEX_TAG.matcher(name).find()) {
      name = VERTEX_TAG.matcher(name).replaceFirst("");
      out.add(name);
    }
    String spaced = name.replaceAll("[\\s_]+", "-");
    out.add(spaced);
    out.remove("");
    return new ArrayList<>(out);
  }
}
