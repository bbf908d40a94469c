package io.tokenledger.app.prices;

import static org.assertj.core.api.Assertions.assertThat;

import io.tokenledger.app.testing.TestWorkspaces;
import io.tokenledger.engine.pricing.DefaultPricingService;
import io.tokenledger.engine.pricing.PriceCatalogFormat;
import io.tokenledger.engine.pricing.PriceEntry;
import io.tokenledger.engine.pricing.TokenBucket;
import io.tokenledger.engine.workspace.Workspace;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Prices page's view-model on an in-memory workspace, with work run where it is queued. */
class PricesViewModelTest {

  /** October usage of a model the shipped catalog prices (gpt-4o) and one it does not. */
  static final String TWO_MODELS =
      "INSERT INTO usage_events (import_id, source_line, event_time, provider, model_raw,"
          + " in_uncached, out_text) VALUES"
          + " (1, 1, TIMESTAMPTZ '2026-10-01 10:00:00+00', 'openai', 'gpt-4o', 1000, 200),"
          + " (1, 2, TIMESTAMPTZ '2026-10-01 11:00:00+00', 'acme', 'acme-llm', 500, 50)";

  private Workspace workspace;
  private final List<Runnable> queued = new ArrayList<>();
  private final Executor background = queued::add;
  private PricesViewModel model;

  @BeforeEach
  void seed() throws Exception {
    workspace = TestWorkspaces.inMemory(TWO_MODELS);
    model =
        new PricesViewModel(
            new DefaultPricingService(), () -> workspace, background, Runnable::run);
  }

  @AfterEach
  void close() {
    workspace.close();
  }

  @Test
  void nothingRunsOnTheCallersThreadUntilTheBackgroundExecutorRunsIt() {
    model.importShippedCatalog(PriceCatalogFormat.LITELLM);

    assertThat(model.busyProperty().get()).isTrue();
    assertThat(model.prices()).isEmpty();
    assertThat(queued).hasSize(1);

    drain();

    assertThat(model.busyProperty().get()).isFalse();
    assertThat(model.messageProperty().get()).startsWith("Imported the litellm catalog");
    assertThat(model.prices()).isNotEmpty();
  }

  @Test
  void importingACatalogPricesTheEventsAlreadyThereAndSaysHowMany() {
    model.importShippedCatalog(PriceCatalogFormat.LITELLM);
    drain();

    assertThat(model.messageProperty().get())
        .contains(
            "repriced 1 of the 2 usage event(s) of every day (1 newly priced, 0 at a new cost,"
                + " 1 still unpriced)");
    // gpt-4o: 1000 x 2.5e-06 + 200 x 1e-05, written by the import itself, no "Reprice".
    assertThat(model.summaryProperty().get().cost()).isEqualByComparingTo("0.0045");
  }

  @Test
  void theUnpricedModelAndTheCoverageAreShownAfterRepricing() {
    model.importShippedCatalog(PriceCatalogFormat.LITELLM);
    drain();
    model.reprice();
    drain();

    assertThat(model.unpriced()).extracting(u -> u.modelRaw()).containsExactly("acme-llm");
    // gpt-4o: 1200 of 1750 tokens priced
    assertThat(model.coverageProperty().get())
        .startsWith("68.6% of tokens priced · 1 model(s) unpriced");
    assertThat(model.summaryProperty().get().cost()).isEqualByComparingTo("0.0045");
  }

  @Test
  void aSearchShowsOnlyItsModelsAndAnOlderResultNeverOverwritesANewerOne() {
    model.importShippedCatalog(PriceCatalogFormat.LITELLM);
    drain();
    model.searchProperty().set("claude-sonnet-4-5");
    model.refresh();
    model.searchProperty().set("gpt-4o-mini");
    model.refresh();
    Runnable older = queued.remove(0);
    drain();
    older.run();

    assertThat(model.prices()).isNotEmpty().allMatch(p -> p.model().contains("gpt-4o-mini"));
  }

  @Test
  void editingAListedPriceAndSavingItMakesANegotiatedPrice() {
    model.importShippedCatalog(PriceCatalogFormat.LITELLM);
    drain();
    model.searchProperty().set("gpt-4o");
    model.validOnProperty().set(LocalDate.of(2026, 10, 1));
    model.refresh();
    drain();
    PriceEntry gpt4o =
        model.prices().stream()
            .filter(p -> p.model().equals("gpt-4o") && p.serviceTier().equals("standard"))
            .findFirst()
            .orElseThrow();

    model.edit(gpt4o, TokenBucket.IN_UNCACHED);
    assertThat(model.editPerMillionProperty().get()).isEqualTo("2.5");
    model.editPerMillionProperty().set("2");
    model.editFromProperty().set(LocalDate.of(2026, 1, 1));
    model.saveNegotiatedPrice();
    drain();

    assertThat(model.prices()).anyMatch(p -> p.isUserPrice() && p.model().equals("gpt-4o"));
    // 1000 x 2e-06 + 200 x 1e-05
    assertThat(cost()).isEqualTo("0.0040000000");
  }

  @Test
  void aPriceThatIsNotANumberIsRefusedWithoutTouchingTheWorkspace() {
    model.editModelProperty().set("gpt-4o");
    model.editPerMillionProperty().set("two dollars");

    model.saveNegotiatedPrice();

    assertThat(queued).isEmpty();
    assertThat(model.messageProperty().get()).contains("number");
  }

  private String cost() {
    try (Connection c = workspace.newConnection();
        Statement s = c.createStatement();
        ResultSet rows =
            s.executeQuery("SELECT cost::VARCHAR FROM usage_events WHERE source_line = 1")) {
      rows.next();
      return rows.getString(1);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private void drain() {
    while (!queued.isEmpty()) {
      queued.remove(0).run();
    }
  }
}
