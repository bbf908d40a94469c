package io.tokenledger.engine.showback;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Makes sheet names Excel accepts from any text (a client's name is data): no {@code []:*?/\}, no
 * leading or trailing apostrophe, at most 31 characters, not Excel's reserved "History", and unique
 * without regard to case (Excel compares sheet names case-insensitively).
 */
final class SheetNames {

  static final int MAX_LENGTH = 31;
  private final Set<String> used = new HashSet<>();

  /** A valid name not used before, as close to {@code wanted} as the rules allow. */
  String unique(String wanted) {
    String base = sanitise(wanted);
    String name = base;
    for (int n = 2; used.contains(key(name)); n++) {
      String suffix = " (" + n + ")";
      name =
          trimEnd(base.substring(0, Math.min(base.length(), MAX_LENGTH - suffix.length())))
              + suffix;
    }
    used.add(key(name));
    return name;
  }

  static String sanitise(String wanted) {
    String cleaned =
        (wanted == null ? "" : wanted).replaceAll("[\\[\\]:*?/\\\\\\p{Cntrl}]", "_").strip();
    while (cleaned.startsWith("'")) {
      cleaned = cleaned.substring(1);
    }
    if (cleaned.length() > MAX_LENGTH) {
      cleaned = cleaned.substring(0, MAX_LENGTH);
    }
    cleaned = trimEnd(cleaned);
    if (cleaned.isEmpty()) {
      cleaned = "Sheet";
    }
    if (cleaned.equalsIgnoreCase("History")) {
      cleaned = cleaned + "_";
    }
    return cleaned;
  }

  private static String trimEnd(String name) {
    String trimmed = name.stripTrailing();
    while (trimmed.endsWith("'")) {
      trimmed = trimmed.substring(0, trimmed.length() - 1).stripTrailing();
    }
    return trimmed;
  }

  private static String key(String name) {
    return name.toLowerCase(Locale.ROOT);
  }

  /** The name quoted for use in a formula or a link: {@code 'It''s'}. */
  static String quoted(String name) {
    return "'" + name.replace("'", "''") + "'";
  }
}
