package io.tokenledger.engine.pricing;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the price book entry for a model name as a source wrote it (DOMAIN.md 2.3): an exact price
 * book key for one of its spellings ({@link ModelNames}), user keys first; else a catalog's match
 * pattern (Langfuse's {@code matchPattern}); else the workspace's alias table; else nothing, and
 * the model is unpriced, never priced at $0.
 */
public final class ModelPriceMatcher {

  /** How a name found its price book key. */
  public enum Method {
    USER_KEY,
    CATALOG_KEY,
    PATTERN,
    ALIAS,
    UNPRICED
  }

  /** A catalog entry's key and the regex that recognises its spellings. */
  public record KeyPattern(String model, Pattern pattern) {}

  /** The outcome for one name: the key, or null when unpriced. */
  public record Match(String pricedModel, Method method, String detail) {}

  private final Set<String> userKeys;
  private final Set<String> catalogKeys;
  private final List<KeyPattern> patterns;
  private final Map<String, String> aliases;

  /**
   * @param userKeys price book keys with user prices
   * @param catalogKeys price book keys with catalog prices
   * @param patterns catalog match patterns in the order they are tried
   * @param aliases normalised alias to the model it stands for (model_aliases)
   */
  public ModelPriceMatcher(
      Set<String> userKeys,
      Set<String> catalogKeys,
      List<KeyPattern> patterns,
      Map<String, String> aliases) {
    this.userKeys = Set.copyOf(userKeys);
    this.catalogKeys = Set.copyOf(catalogKeys);
    this.patterns = List.copyOf(patterns);
    this.aliases = Map.copyOf(aliases);
  }

  public Match match(String provider, String raw) {
    List<String> candidates = ModelNames.candidates(provider, raw);
    Optional<Match> direct = direct(candidates);
    if (direct.isPresent()) {
      return direct.get();
    }
    for (String candidate : candidates) {
      String target = aliases.get(candidate);
      if (target != null) {
        Optional<Match> viaAlias = direct(ModelNames.candidates(provider, target));
        if (viaAlias.isPresent()) {
          return new Match(viaAlias.get().pricedModel(), Method.ALIAS, candidate + " -> " + target);
        }
      }
    }
    return new Match(null, Method.UNPRICED, "tried " + String.join(", ", candidates));
  }

  private Optional<Match> direct(List<String> candidates) {
    for (String candidate : candidates) {
      if (userKeys.contains(candidate)) {
        return Optional.of(new Match(candidate, Method.USER_KEY, candidate));
      }
    }
    for (String candidate : candidates) {
      if (catalogKeys.contains(candidate)) {
        return Optional.of(new Match(candidate, Method.CATALOG_KEY, candidate));
      }
    }
    for (String candidate : candidates) {
      for (KeyPattern pattern : patterns) {
        if (pattern.pattern().matcher(candidate).matches()) {
          return Optional.of(
              new Match(pattern.model(), Method.PATTERN, pattern.pattern().pattern()));
        }
      }
    }
    return Optional.empty();
  }
}
