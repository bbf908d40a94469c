package io.tokenledger.engine.scenarios;

import java.math.BigDecimal;

/**
 * One change a scenario makes to the baseline's usage or prices. Every lever is a record with a
 * {@link LeverScope} (or a provider/model for price changes) and its own settings; {@link
 * LeverSpec} reads and writes the one-line text form the command line and the lever editor use.
 */
public sealed interface Lever
    permits Lever.Growth, Lever.Route, Lever.CacheRate, Lever.Batch, Lever.PriceChange {

  LeverKind kind();

  /** What the lever does, for tables and sheets: "route feature x: claude-opus-4-6 → ...". */
  String describe();

  /**
   * Grow tasks, steps per task and tokens per step by percentages (requests grow with tasks and
   * steps, tokens and cost with all three).
   */
  record Growth(
      LeverScope scope, BigDecimal tasksPercent, BigDecimal stepsPercent, BigDecimal tokensPercent)
      implements Lever {
    public Growth {
      scope = scope == null ? LeverScope.ALL : scope;
      tasksPercent = zeroIfNull(tasksPercent);
      stepsPercent = zeroIfNull(stepsPercent);
      tokensPercent = zeroIfNull(tokensPercent);
    }

    @Override
    public LeverKind kind() {
      return LeverKind.GROWTH;
    }

    @Override
    public String describe() {
      return "grow "
          + scope.describe()
          + ": tasks "
          + signed(tasksPercent)
          + "%, steps/task "
          + signed(stepsPercent)
          + "%, tokens/step "
          + signed(tokensPercent)
          + "%";
    }
  }

  /**
   * Send the scope's traffic on model {@code from} to model {@code to}, same tokens, priced from
   * the price book.
   */
  record Route(LeverScope scope, String from, String to, String qualityNote) implements Lever {
    public Route {
      scope = scope == null ? LeverScope.ALL : scope;
      require(from, "route needs from=MODEL");
      require(to, "route needs to=MODEL");
      qualityNote = qualityNote == null ? "" : qualityNote.strip();
    }

    @Override
    public LeverKind kind() {
      return LeverKind.ROUTE;
    }

    @Override
    public String describe() {
      return "route "
          + scope.describe()
          + ": "
          + from
          + " → "
          + to
          + (qualityNote.isEmpty() ? "" : " (" + qualityNote + ")");
    }
  }

  /** Set the share of input tokens read from the prompt cache (0..1). */
  record CacheRate(LeverScope scope, BigDecimal hitRate) implements Lever {
    public CacheRate {
      scope = scope == null ? LeverScope.ALL : scope;
      requireShare(hitRate, "cache rate");
    }

    @Override
    public LeverKind kind() {
      return LeverKind.CACHE;
    }

    @Override
    public String describe() {
      return "cache " + scope.describe() + ": hit rate " + percent(hitRate) + "%";
    }
  }

  /** Move a share (0..1) of the scope's real-time traffic to batch prices. */
  record Batch(LeverScope scope, BigDecimal share) implements Lever {
    public Batch {
      scope = scope == null ? LeverScope.ALL : scope;
      requireShare(share, "batch share");
    }

    @Override
    public LeverKind kind() {
      return LeverKind.BATCH;
    }

    @Override
    public String describe() {
      return "batch " + scope.describe() + ": " + percent(share) + "% on the batch API";
    }
  }

  /** Change the prices of a provider or a model (or both) by a percentage (-10 = 10% cheaper). */
  record PriceChange(String provider, String model, BigDecimal percent) implements Lever {
    public PriceChange {
      provider = provider == null || provider.isBlank() ? null : provider.strip();
      model = model == null || model.isBlank() ? null : model.strip();
      if (provider == null && model == null) {
        throw new IllegalArgumentException("price needs provider=NAME or model=NAME");
      }
      if (percent == null) {
        throw new IllegalArgumentException("price needs percent=N");
      }
    }

    @Override
    public LeverKind kind() {
      return LeverKind.PRICE;
    }

    @Override
    public String describe() {
      String what =
          model == null
              ? "provider " + provider
              : provider == null ? "model " + model : provider + " " + model;
      return "price " + what + ": " + signed(percent) + "%";
    }
  }

  private static BigDecimal zeroIfNull(BigDecimal value) {
    return value == null ? BigDecimal.ZERO : value;
  }

  private static void require(String value, String message) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(message);
    }
  }

  private static void requireShare(BigDecimal value, String what) {
    if (value == null || value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException(what + " must be between 0 and 1 (0.9 = 90%)");
    }
  }

  private static String percent(BigDecimal share) {
    return share.movePointRight(2).stripTrailingZeros().toPlainString();
  }

  private static String signed(BigDecimal value) {
    String text = value.stripTrailingZeros().toPlainString();
    return value.signum() > 0 ? "+" + text : text;
  }
}
