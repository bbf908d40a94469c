package io.tokenledger.engine.focus;

/**
 * How strongly the specification asks for a column: always, when a stated capability applies, or as
 * a recommendation. The importer rejects a file without a mandatory column and warns about the
 * others.
 */
public enum FocusFeatureLevel {
  MANDATORY,
  CONDITIONAL,
  RECOMMENDED;

  static FocusFeatureLevel fromCatalog(String text) {
    return switch (text.strip()) {
      case "Mandatory" -> MANDATORY;
      case "Conditional" -> CONDITIONAL;
      case "Recommended" -> RECOMMENDED;
      default -> throw new IllegalArgumentException("Unknown FOCUS feature level: " + text);
    };
  }
}
