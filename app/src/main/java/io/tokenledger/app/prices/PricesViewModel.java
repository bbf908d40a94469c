package io.tokenledger.app.prices;

import io.tokenledger.app.task.WorkspaceCalls;
import io.tokenledger.engine.pricing.CatalogImport;
import io.tokenledger.engine.pricing.CatalogImported;
import io.tokenledger.engine.pricing.PriceCatalogFormat;
import io.tokenledger.engine.pricing.PriceEntry;
import io.tokenledger.engine.pricing.PricingService;
import io.tokenledger.engine.pricing.PricingSummary;
import io.tokenledger.engine.pricing.TokenBucket;
import io.tokenledger.engine.pricing.UnpricedModel;
import io.tokenledger.engine.pricing.UserPrice;
import io.tokenledger.engine.workspace.Workspace;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State and commands of the Prices page: the prices valid on a day (searchable), the models with no
 * price, the coverage of the price book, catalog imports, and the form that sets a negotiated price
 * (which wins over the catalogs). Every engine call runs on the background executor; results come
 * back through the UI executor, and a search result is shown only if no newer search was started
 * ("latest wins"). Imports nothing from javafx.scene, so tests run it without a toolkit.
 */
public final class PricesViewModel {

  private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);
  private static final int PRICE_ROWS = 500;

  private final PricingService pricing;
  private final WorkspaceCalls calls;

  // Properties
  private final StringProperty search = new SimpleStringProperty(this, "search", "");
  private final ObjectProperty<LocalDate> validOn =
      new SimpleObjectProperty<>(this, "validOn", LocalDate.now(ZoneOffset.UTC));
  private final ObservableList<PriceEntry> prices = FXCollections.observableArrayList();
  private final ObservableList<UnpricedModel> unpriced = FXCollections.observableArrayList();
  private final ObjectProperty<PricingSummary> summary =
      new SimpleObjectProperty<>(this, "summary");
  private final ReadOnlyStringWrapper coverage = new ReadOnlyStringWrapper(this, "coverage", "");

  // The negotiated-price form
  private final StringProperty editModel = new SimpleStringProperty(this, "editModel", "");
  private final ObjectProperty<TokenBucket> editBucket =
      new SimpleObjectProperty<>(this, "editBucket", TokenBucket.IN_UNCACHED);
  private final StringProperty editTier = new SimpleStringProperty(this, "editTier", "standard");
  private final StringProperty editPerMillion =
      new SimpleStringProperty(this, "editPerMillion", "");
  private final ObjectProperty<LocalDate> editFrom =
      new SimpleObjectProperty<>(this, "editFrom", LocalDate.now(ZoneOffset.UTC));

  /**
   * @param workspace the open workspace, or null when none is open
   * @param background runs engine calls (never the JavaFX thread)
   * @param ui runs result updates (the JavaFX thread in the app, the caller in tests)
   */
  public PricesViewModel(
      PricingService pricing, Supplier<Workspace> workspace, Executor background, Executor ui) {
    this.pricing = pricing;
    this.calls = new WorkspaceCalls(workspace, background, ui);
  }

  // ---- Properties ------------------------------------------------------------------------------

  public StringProperty searchProperty() {
    return search;
  }

  public ObjectProperty<LocalDate> validOnProperty() {
    return validOn;
  }

  public ObservableList<PriceEntry> prices() {
    return prices;
  }

  public ObservableList<UnpricedModel> unpriced() {
    return unpriced;
  }

  public ReadOnlyObjectProperty<PricingSummary> summaryProperty() {
    return summary;
  }

  /** "97.3% of tokens priced · 2 models unpriced", for the page header and the status bar. */
  public ReadOnlyStringProperty coverageProperty() {
    return coverage.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty busyProperty() {
    return calls.busyProperty();
  }

  /** What the last command did, or why it failed. */
  public ReadOnlyStringProperty messageProperty() {
    return calls.messageProperty();
  }

  public StringProperty editModelProperty() {
    return editModel;
  }

  public ObjectProperty<TokenBucket> editBucketProperty() {
    return editBucket;
  }

  public StringProperty editTierProperty() {
    return editTier;
  }

  public StringProperty editPerMillionProperty() {
    return editPerMillion;
  }

  public ObjectProperty<LocalDate> editFromProperty() {
    return editFrom;
  }

  // ---- Commands --------------------------------------------------------------------------------

  /** Reloads prices (for the search and day), the unpriced models and the coverage. */
  public void refresh() {
    String text = search.get();
    LocalDate day = validOn.get();
    calls.latest(
        ws -> {
          List<PriceEntry> found = pricing.searchPrices(ws, text, day, PRICE_ROWS);
          List<UnpricedModel> missing = pricing.unpriced(ws);
          return new Loaded(found, missing, pricing.summary(ws));
        },
        loaded -> {
          prices.setAll(loaded.prices());
          unpriced.setAll(loaded.unpriced());
          showSummary(loaded.summary(), loaded.unpriced().size());
        });
  }

  /** What a refresh brings back to show. */
  private record Loaded(
      List<PriceEntry> prices, List<UnpricedModel> unpriced, PricingSummary summary) {}

  /** Imports a catalog file; its prices apply from {@code from} (null: the service's default). */
  public void importCatalog(Path file, LocalDate from) {
    run(ws -> describe(pricing.importCatalog(ws, file, from)));
  }

  /** Imports one of the catalogs that ship with TokenLedger. */
  public void importShippedCatalog(PriceCatalogFormat format) {
    run(ws -> describe(pricing.importShippedCatalog(ws, format, null)));
  }

  /** Recomputes the cost of every usage event from the price book. */
  public void reprice() {
    run(
        ws -> {
          PricingSummary result = pricing.apply(ws);
          return "Repriced " + result.events() + " event(s)";
        });
  }

  /** Fills the form from a listed price, for editing it as a negotiated price. */
  public void edit(PriceEntry entry, TokenBucket bucket) {
    editModel.set(entry.model());
    editBucket.set(bucket);
    editTier.set(entry.serviceTier());
    BigDecimal price = entry.unitPrices().get(bucket);
    editPerMillion.set(price == null ? "" : perMillion(price));
  }

  /** Saves the form as a negotiated price and reprices the usage. */
  public void saveNegotiatedPrice() {
    UserPrice price;
    try {
      price = formPrice();
    } catch (IllegalArgumentException e) {
      calls.say(e.getMessage());
      return;
    }
    run(
        ws -> {
          pricing.setUserPrice(ws, price);
          pricing.apply(ws);
          return "Set "
              + price.model()
              + " "
              + price.bucket().label()
              + " to "
              + editPerMillion.get()
              + " per 1M tokens";
        });
  }

  /** Removes the negotiated price the form describes (same model, bucket, tier and start day). */
  public void removeNegotiatedPrice() {
    UserPrice price;
    try {
      price = formPrice();
    } catch (IllegalArgumentException e) {
      calls.say(e.getMessage());
      return;
    }
    run(
        ws -> {
          boolean removed = pricing.removeUserPrice(ws, price);
          pricing.apply(ws);
          return removed
              ? "Removed the negotiated price"
              : "There was no negotiated price to remove";
        });
  }

  /** Price per 1M tokens as shown in tables. */
  public static String perMillion(BigDecimal perToken) {
    if (perToken == null) {
      return "";
    }
    return perToken
        .multiply(MILLION)
        .setScale(4, RoundingMode.HALF_EVEN)
        .stripTrailingZeros()
        .toPlainString();
  }

  private UserPrice formPrice() {
    String model = editModel.get() == null ? "" : editModel.get().strip();
    if (model.isEmpty()) {
      throw new IllegalArgumentException("Enter the model to price");
    }
    BigDecimal perMillionPrice;
    try {
      perMillionPrice = new BigDecimal(editPerMillion.get().strip());
    } catch (NumberFormatException | NullPointerException e) {
      throw new IllegalArgumentException("Enter the price per 1M tokens as a number");
    }
    if (editFrom.get() == null) {
      throw new IllegalArgumentException("Enter the day the price starts");
    }
    return new UserPrice(
        null,
        model,
        editBucket.get(),
        editTier.get(),
        0,
        perMillionPrice.divide(MILLION, 18, RoundingMode.HALF_EVEN),
        "USD",
        editFrom.get(),
        null);
  }

  /** Work that changes the price book: on the background executor, then a refresh. */
  private void run(Function<Workspace, String> work) {
    calls.change(
        work,
        done -> {
          calls.say(done);
          refresh();
        });
  }

  private void showSummary(PricingSummary covered, int unpricedModels) {
    summary.set(covered);
    coverage.set(
        String.format(
            Locale.ROOT,
            "%.1f%% of tokens priced · %d model(s) unpriced · recomputed %s · reported %s",
            covered.pricedTokenShare() * 100,
            unpricedModels,
            covered.cost().setScale(2, RoundingMode.HALF_EVEN).toPlainString(),
            covered.sourceCost().setScale(2, RoundingMode.HALF_EVEN).toPlainString()));
  }

  private static String describe(CatalogImported outcome) {
    CatalogImport imported = outcome.catalog();
    return "Imported the "
        + imported.source()
        + " catalog: "
        + imported.prices()
        + " prices for "
        + imported.models()
        + " models, from "
        + imported.effectiveFrom()
        + "; "
        + outcome.repriced().describe();
  }
}
