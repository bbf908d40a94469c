package io.tokenledger.engine.scenarios;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The one-line text form of a lever, the same on the command line, in the lever editor and in
 * showback sheets: the kind, then {@code key=value} settings separated by spaces; {@code note=}
 * takes the rest of the line; other values with spaces are quoted ({@code client="Acme Corp"}).
 * Shares accept {@code 0.9} or {@code 90%}.
 *
 * <pre>
 * grow   [client=C] [feature=F] [tasks=PCT] [steps=PCT] [tokens=PCT]
 * route  [client=C] [feature=F] from=MODEL to=MODEL [note=TEXT]
 * cache  [client=C] [feature=F] rate=SHARE
 * batch  [client=C] [feature=F] share=SHARE
 * price  [provider=P] [model=M] percent=PCT
 * </pre>
 */
public final class LeverSpec {

  private LeverSpec() {}

  /** Reads a lever; the message of the exception says what is wrong with the text. */
  public static Lever parse(String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException(
          "Empty lever: start with grow, route, cache, batch or price");
    }
    String trimmed = text.strip();
    int space = trimmed.indexOf(' ');
    LeverKind kind = LeverKind.byId(space < 0 ? trimmed : trimmed.substring(0, space));
    Map<String, String> settings = settings(space < 0 ? "" : trimmed.substring(space + 1));
    LeverScope scope = new LeverScope(settings.get("client"), settings.get("feature"));
    return switch (kind) {
      case GROWTH -> {
        allow(settings, kind, "client", "feature", "tasks", "steps", "tokens");
        yield new Lever.Growth(
            scope,
            number(settings, "tasks", false),
            number(settings, "steps", false),
            number(settings, "tokens", false));
      }
      case ROUTE -> {
        allow(settings, kind, "client", "feature", "from", "to", "note");
        yield new Lever.Route(
            scope, settings.get("from"), settings.get("to"), settings.get("note"));
      }
      case CACHE -> {
        allow(settings, kind, "client", "feature", "rate");
        yield new Lever.CacheRate(scope, share(settings, "rate"));
      }
      case BATCH -> {
        allow(settings, kind, "client", "feature", "share");
        yield new Lever.Batch(scope, share(settings, "share"));
      }
      case PRICE -> {
        allow(settings, kind, "provider", "model", "percent");
        yield new Lever.PriceChange(
            settings.get("provider"), settings.get("model"), number(settings, "percent", true));
      }
    };
  }

  /** Writes a lever so that {@link #parse} reads it back equal. */
  public static String format(Lever lever) {
    StringBuilder text = new StringBuilder(lever.kind().id());
    if (lever instanceof Lever.Growth g) {
      scope(text, g.scope());
      putNonZero(text, "tasks", g.tasksPercent());
      putNonZero(text, "steps", g.stepsPercent());
      putNonZero(text, "tokens", g.tokensPercent());
    } else if (lever instanceof Lever.Route r) {
      scope(text, r.scope());
      put(text, "from", r.from());
      put(text, "to", r.to());
      if (!r.qualityNote().isEmpty()) {
        put(text, "note", r.qualityNote());
      }
    } else if (lever instanceof Lever.CacheRate c) {
      scope(text, c.scope());
      put(text, "rate", c.hitRate());
    } else if (lever instanceof Lever.Batch b) {
      scope(text, b.scope());
      put(text, "share", b.share());
    } else if (lever instanceof Lever.PriceChange p) {
      put(text, "provider", p.provider());
      put(text, "model", p.model());
      put(text, "percent", p.percent());
    }
    return text.toString();
  }

  private static Map<String, String> settings(String text) {
    Map<String, String> settings = new LinkedHashMap<>();
    String rest = text.strip();
    while (!rest.isEmpty()) {
      int equals = rest.indexOf('=');
      int space = rest.indexOf(' ');
      if (equals < 0 || (space >= 0 && space < equals)) {
        String word = space < 0 ? rest : rest.substring(0, space);
        throw new IllegalArgumentException("Expected key=value, not '" + word + "'");
      }
      String key = rest.substring(0, equals).strip().toLowerCase(Locale.ROOT);
      String after = rest.substring(equals + 1);
      String value;
      if (key.equals("note")) {
        value = after.strip();
        rest = "";
      } else {
        if (after.startsWith("\"") && after.indexOf('"', 1) > 0) {
          int close = after.indexOf('"', 1);
          value = after.substring(1, close);
          rest = after.substring(close + 1).strip();
        } else {
          int end = after.indexOf(' ');
          value = end < 0 ? after : after.substring(0, end);
          rest = end < 0 ? "" : after.substring(end + 1).strip();
        }
      }
      if (settings.put(key, value) != null) {
        throw new IllegalArgumentException(key + "= is given twice");
      }
    }
    return settings;
  }

  private static void allow(Map<String, String> settings, LeverKind kind, String... keys) {
    Set<String> allowed = Set.of(keys);
    for (String key : settings.keySet()) {
      if (!allowed.contains(key)) {
        throw new IllegalArgumentException(
            kind.id() + " takes " + String.join("=, ", keys) + "=, not " + key + "=");
      }
    }
  }

  private static BigDecimal number(Map<String, String> settings, String key, boolean required) {
    String value = settings.get(key);
    if (value == null || value.isBlank()) {
      if (required) {
        throw new IllegalArgumentException(key + "= is missing");
      }
      return BigDecimal.ZERO;
    }
    try {
      return new BigDecimal(value.strip().replace("%", "").replace("+", ""));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(key + "=" + value + " is not a number", e);
    }
  }

  private static BigDecimal share(Map<String, String> settings, String key) {
    String value = settings.get(key);
    BigDecimal number = number(settings, key, true);
    return value.strip().endsWith("%") ? number.movePointLeft(2) : number;
  }

  private static void scope(StringBuilder text, LeverScope scope) {
    put(text, "client", scope.client());
    put(text, "feature", scope.feature());
  }

  private static void putNonZero(StringBuilder text, String key, BigDecimal value) {
    if (value.signum() != 0) {
      put(text, key, value);
    }
  }

  private static void put(StringBuilder text, String key, Object value) {
    if (value == null) {
      return;
    }
    String shown =
        value instanceof BigDecimal number
            ? number.stripTrailingZeros().toPlainString()
            : value.toString();
    if (!key.equals("note") && shown.contains(" ")) {
      shown = '"' + shown + '"';
    }
    text.append(' ').append(key).append('=').append(shown);
  }
}
