package io.tokenledger.engine.models;

import io.tokenledger.engine.models.ResolvedModel.Method;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the model names that bills, usage exports and traces write into one canonical model id, so
 * that a bill's {@code USE1-Claude4.6Opus-output-tokens}, a console's "Claude Opus 4.6" and a
 * trace's {@code us.anthropic.claude-opus-4-6-v1:0} meet on the same row. The order follows
 * DOMAIN.md 2.3: the user's workspace aliases, then exact catalog keys, then Langfuse match
 * patterns, then the built-in alias table, then the ids the catalog's routes serve (a Hugging Face
 * id such as {@code meta-llama/Llama-3.1-8B-Instruct}, which vLLM reports for a self-hosted model,
 * or a Bedrock id such as {@code us.amazon.nova-pro-v1:0}); whatever is left is unresolved
 * (unpriced, flagged), never guessed. Thread-safe; results are cached per raw name.
 */
public final class ModelResolver {

  private static final Pattern GEO_PREFIX =
      Pattern.compile("^(?:us|eu|apac|au|jp|ca|global|us-gov)\\.(?=[a-z0-9-]+\\.)");
  private static final Pattern VENDOR_PREFIX =
      Pattern.compile(
          "^(?:anthropic|meta|amazon|cohere|mistral|ai21|deepseek|openai|qwen|writer|google"
              + "|moonshot|moonshotai|minimax|zai|twelvelabs|stability)\\.");
  private static final Pattern VERSION_SUFFIX = Pattern.compile("-v\\d+(?::\\d+)?$|:\\d+$");
  private static final Pattern VERTEX_DATE = Pattern.compile("@(\\d{8})$");
  private static final Pattern VERTEX_TAG = Pattern.compile("@[a-z0-9-]+$");
  private static final Pattern PARENTHESES = Pattern.compile("\\s*\\([^)]*\\)");
  private static final Pattern CLAUDE_ABBREVIATION =
      Pattern.compile("^claude-?(\\d+)(?:[.-](\\d+))?-?(opus|sonnet|haiku)$");
  private static final Pattern CLAUDE_DISPLAY_OLD =
      Pattern.compile("^claude-(opus|sonnet|haiku)-([0-3])(?:-(\\d))?$");
  private static final Pattern DIGIT_DASH_DIGIT = Pattern.compile("(?<!\\d)(\\d)-(\\d)(?!\\d)");
  private static final Pattern SHORT_DATE = Pattern.compile("^(.+)-(\\d{2})(\\d{2})$");

  /**
   * A version or size and a word: {@code llama3-70b}, not {@code auto}, {@code fast}, {@code v3}.
   */
  private static final Pattern MODEL_LIKE = Pattern.compile("(?=.*\\d)(?=.*[a-z]{2}).*");

  private final ModelCatalog catalog;
  private final Map<String, String> userAliases;
  private final Map<String, ResolvedModel> cache = new ConcurrentHashMap<>();

  public ModelResolver(ModelCatalog catalog, Map<String, String> userAliases) {
    this.catalog = catalog;
    Map<String, String> normalised = new java.util.HashMap<>();
    userAliases.forEach((alias, model) -> normalised.put(lower(alias), model));
    this.userAliases = Map.copyOf(normalised);
  }

  /** A resolver over the shipped catalogs without user aliases. */
  public static ModelResolver builtIn() {
    return new ModelResolver(ModelCatalog.builtIn(), Map.of());
  }

  /** The same catalogs with the workspace's own aliases, which win over everything else. */
  public ModelResolver withUserAliases(Map<String, String> aliases) {
    return new ModelResolver(catalog, aliases);
  }

  /**
   * True for catalog keys that spell a route to a model (a provider path, a Bedrock geography or
   * vendor prefix, a version suffix): they are never canonical ids themselves.
   */
  static boolean isRouteSpelling(String key) {
    String name = lower(key);
    return name.contains("/")
        || name.contains(":")
        || VENDOR_PREFIX.matcher(GEO_PREFIX.matcher(name).replaceFirst("")).find();
  }

  /** Resolves one raw name; a null or blank name is unresolved. */
  public ResolvedModel resolve(String raw) {
    if (raw == null || raw.isBlank()) {
      return new ResolvedModel(raw, null, Method.UNRESOLVED, "no model name");
    }
    return cache.computeIfAbsent(raw, this::resolveUncached);
  }

  private ResolvedModel resolveUncached(String raw) {
    List<String> candidates = candidates(raw);
    for (String candidate : candidates) {
      String user = userAliases.get(candidate);
      if (user != null) {
        return new ResolvedModel(raw, user, Method.USER_ALIAS, candidate);
      }
    }
    Optional<ResolvedModel> catalogMatch = matchCatalog(raw, candidates);
    if (catalogMatch.isPresent()) {
      return catalogMatch.get();
    }
    for (String candidate : candidates) {
      String target = catalog.aliases().get(candidate);
      if (target != null) {
        String model =
            matchCatalog(target, List.of(lower(target))).map(ResolvedModel::model).orElse(target);
        return new ResolvedModel(raw, model, Method.BUILT_IN_ALIAS, candidate + " -> " + target);
      }
    }
    Optional<ResolvedModel> dated = matchShortDate(raw, candidates);
    if (dated.isPresent()) {
      return dated.get();
    }
    Optional<ResolvedModel> served = matchServedId(raw, candidates);
    if (served.isPresent()) {
      return served.get();
    }
    return new ResolvedModel(
        raw, null, Method.UNRESOLVED, "tried " + String.join(", ", candidates));
  }

  private Optional<ResolvedModel> matchCatalog(String raw, List<String> candidates) {
    for (String candidate : candidates) {
      if (catalog.keys().contains(candidate)) {
        return Optional.of(new ResolvedModel(raw, candidate, Method.CATALOG_KEY, candidate));
      }
    }
    for (String candidate : candidates) {
      for (ModelCatalog.NamePattern pattern : catalog.patterns()) {
        if (pattern.pattern().matcher(candidate).matches()) {
          return Optional.of(
              new ResolvedModel(
                  raw, pattern.modelName(), Method.CATALOG_PATTERN, pattern.pattern().pattern()));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * A name the catalog knows only behind a route: the name itself, then the ids it serves ({@link
   * #servedIds}: {@code together_ai/Qwen/Qwen2.5-72B-Instruct-Turbo} keeps its Hugging Face id),
   * then the other candidates. The canonical id is the served id itself: it names the model, and
   * says nothing of who prices it.
   */
  private Optional<ResolvedModel> matchServedId(String raw, List<String> candidates) {
    Set<String> spellings = new LinkedHashSet<>();
    spellings.add(lower(raw));
    spellings.addAll(servedIds(lower(raw)));
    spellings.addAll(candidates);
    for (String spelling : spellings) {
      if (catalog.servedIds().contains(spelling)) {
        return Optional.of(
            new ResolvedModel(raw, spelling, Method.SERVED_ID, "served as " + spelling));
      }
    }
    return Optional.empty();
  }

  /**
   * The model ids a route spelling of a model names: what follows each of its slashes (longest
   * first), or the name itself when it has none, each without a Bedrock geography prefix ({@code
   * us.amazon.nova-pro-v1:0} names {@code amazon.nova-pro-v1:0}). Only tails that carry a version
   * or size count: gateways route bare words ({@code openrouter/auto}, {@code .../fast}), and a
   * deployment called {@code auto} is no model.
   */
  static List<String> servedIds(String name) {
    List<String> tails = new ArrayList<>();
    for (int slash = name.indexOf('/'); slash >= 0; slash = name.indexOf('/', slash + 1)) {
      tails.add(name.substring(slash + 1));
    }
    if (tails.isEmpty()) {
      tails.add(name);
    }
    Set<String> out = new LinkedHashSet<>();
    for (String tail : tails) {
      String id = GEO_PREFIX.matcher(tail).replaceFirst("");
      if (MODEL_LIKE.matcher(id).matches()) {
        out.add(id);
      }
    }
    return new ArrayList<>(out);
  }

  /**
   * Azure meters write a snapshot as a four-digit month-day code ({@code gpt 4o 1120}); the catalog
   * writes {@code gpt-4o-2024-11-20}. Only one catalog key may fit, else the name stays unresolved.
   */
  private Optional<ResolvedModel> matchShortDate(String raw, List<String> candidates) {
    for (String candidate : candidates) {
      Matcher matcher = SHORT_DATE.matcher(candidate);
      if (!matcher.matches()) {
        continue;
      }
      Pattern full =
          Pattern.compile(
              Pattern.quote(matcher.group(1))
                  + "-20\\d\\d-"
                  + matcher.group(2)
                  + "-"
                  + matcher.group(3));
      List<String> fits = catalog.keys().stream().filter(k -> full.matcher(k).matches()).toList();
      if (fits.size() == 1) {
        return Optional.of(
            new ResolvedModel(
                raw, fits.get(0), Method.CATALOG_KEY, candidate + " -> " + fits.get(0)));
      }
    }
    return Optional.empty();
  }

  /**
   * The spellings to look up for one raw name, most literal first: lower case; without route,
   * geography, vendor and version parts; display names as ids; abbreviations expanded.
   */
  public static List<String> candidates(String raw) {
    Set<String> out = new LinkedHashSet<>();
    String name = lower(raw);
    out.add(name);
    if (name.startsWith("ft:")) {
      String[] parts = name.split(":");
      if (parts.length > 1) {
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
    String display = PARENTHESES.matcher(name).replaceAll("").strip().replaceAll("[\\s_]+", "-");
    out.add(display);
    String dashed = display.replace('.', '-');
    out.add(dashed);
    out.add(DIGIT_DASH_DIGIT.matcher(dashed).replaceAll("$1.$2"));
    Matcher abbreviation = CLAUDE_ABBREVIATION.matcher(dashed);
    if (abbreviation.matches()) {
      out.add(claudeId(abbreviation.group(3), abbreviation.group(1), abbreviation.group(2)));
    }
    Matcher oldDisplay = CLAUDE_DISPLAY_OLD.matcher(dashed);
    if (oldDisplay.matches()) {
      out.add(claudeId(oldDisplay.group(1), oldDisplay.group(2), oldDisplay.group(3)));
    }
    out.remove("");
    return new ArrayList<>(out);
  }

  /** Claude ids put the family first from version 4 on ({@code claude-opus-4-6}), last before. */
  private static String claudeId(String family, String major, String minor) {
    String version = minor == null ? major : major + "-" + minor;
    return Integer.parseInt(major) >= 4
        ? "claude-" + family + "-" + version
        : "claude-" + version + "-" + family;
  }

  private static String lower(String text) {
    return text.strip().toLowerCase(Locale.ROOT);
  }
}
