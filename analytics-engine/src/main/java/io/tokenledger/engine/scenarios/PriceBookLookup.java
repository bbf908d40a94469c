package io.tokenledger.engine.scenarios;

import io.tokenledger.engine.costmodel.CostModelException;
import io.tokenledger.engine.pricing.TokenBucket;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Prices from the workspace's price book for the days of a baseline month, chosen the way the
 * pricing service chooses them for an event: the base tier (long-context thresholds need the
 * request's prompt, which a moved aggregate no longer has), user prices before catalogs, the exact
 * bucket before the output price for reasoning, the newest dated entry, then the most specific
 * negotiated discount.
 */
final class PriceBookLookup implements PriceLookup {

  /** One price_book row. */
  record Entry(
      String provider,
      String model,
      String bucket,
      String tier,
      BigDecimal unitPrice,
      String currency,
      LocalDate from,
      LocalDate to,
      int preference) {

    boolean validOn(LocalDate day) {
      return !from.isAfter(day) && (to == null || to.isAfter(day));
    }
  }

  /** One price_discounts row. */
  record DiscountEntry(
      String provider, String model, BigDecimal percentOff, LocalDate from, LocalDate to) {

    boolean appliesTo(String priceProvider, String priceModel, LocalDate day) {
      return (provider == null || provider.equals(priceProvider))
          && (model == null || model.equals(priceModel))
          && !from.isAfter(day)
          && (to == null || to.isAfter(day));
    }
  }

  private final Map<String, List<Entry>> byModel = new HashMap<>();
  private final List<DiscountEntry> discounts;
  private final String currency;

  PriceBookLookup(List<Entry> entries, List<DiscountEntry> discounts, String currency) {
    for (Entry entry : entries) {
      byModel.computeIfAbsent(key(entry.model()), k -> new ArrayList<>()).add(entry);
    }
    this.discounts = List.copyOf(discounts);
    this.currency = currency;
  }

  @Override
  public BigDecimal unitPrice(String model, TokenBucket bucket, String serviceTier, LocalDate day) {
    Entry chosen =
        byModel.getOrDefault(key(model), List.of()).stream()
            .filter(e -> e.tier().equals(serviceTier) && e.validOn(day))
            .filter(
                e ->
                    e.bucket().equals(bucket.column())
                        || (bucket == TokenBucket.OUT_REASONING
                            && e.bucket().equals(TokenBucket.OUT_TEXT.column())))
            .min(
                Comparator.comparingInt(Entry::preference)
                    .thenComparing(e -> e.bucket().equals(bucket.column()) ? 0 : 1)
                    .thenComparing(Entry::from, Comparator.reverseOrder()))
            .orElseThrow(
                () ->
                    new CostModelException(
                        "The price book has no "
                            + serviceTier
                            + " price for "
                            + bucket.label().toLowerCase(Locale.ROOT)
                            + " of "
                            + model
                            + " on "
                            + day));
    if (!chosen.currency().equals(currency)) {
      throw new CostModelException(
          model + " is priced in " + chosen.currency() + ", the usage in " + currency);
    }
    BigDecimal percentOff =
        discounts.stream()
            .filter(d -> d.appliesTo(chosen.provider(), chosen.model(), day))
            .min(
                Comparator.comparing((DiscountEntry d) -> d.model() == null ? 1 : 0)
                    .thenComparing(d -> d.provider() == null ? 1 : 0)
                    .thenComparing(DiscountEntry::from, Comparator.reverseOrder()))
            .map(DiscountEntry::percentOff)
            .orElse(BigDecimal.ZERO);
    return chosen.unitPrice().multiply(BigDecimal.ONE.subtract(percentOff.movePointLeft(2)));
  }

  @Override
  public String provider(String model) {
    return byModel.getOrDefault(key(model), List.of()).stream()
        .min(Comparator.comparingInt(Entry::preference))
        .map(Entry::provider)
        .orElse(null);
  }

  private static String key(String model) {
    return model.toLowerCase(Locale.ROOT);
  }
}
