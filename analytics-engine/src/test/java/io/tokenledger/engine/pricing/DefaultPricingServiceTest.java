package io.tokenledger.engine.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import io.tokenledger.engine.workspace.DuckDbWorkspaceStore;
import io.tokenledger.engine.workspace.Workspace;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Prices from the shipped LiteLLM catalog (USD per token), worked by hand in each test: gpt-4o
 * input 2.5e-06, cached 1.25e-06, output 1e-05; gpt-4o-mini batch input 7.5e-08, output 3e-07;
 * claude-sonnet-4-5 input 3e-06, cache read 3e-07, 5-minute write 3.75e-06, 1-hour write 6e-06,
 * output 1.5e-05, and above 200k prompt tokens input 6e-06, cache read 6e-07, output 2.25e-05;
 * gpt-5 input 1.25e-06, output 1e-05 (no reasoning price).
 */
class DefaultPricingServiceTest {

  @TempDir Path dir;

  private Workspace workspace;
  private PricingService pricing;

  @BeforeEach
  void seed() {
    workspace = new DuckDbWorkspaceStore("test").inMemory();
    pricing = new DefaultPricingService();
    pricing.importShippedCatalog(workspace, PriceCatalogFormat.LITELLM, null);
  }

  @AfterEach
  void close() {
    workspace.close();
  }

  @Test
  void cachedInputIsPricedAtTheCacheReadRateNotAsInput() throws Exception {
    event(1, "openai", "gpt-4o", "standard", 1000, 3000, 0, 0, 500, 0);

    pricing.apply(workspace);

    // 1000 x 2.5e-06 + 3000 x 1.25e-06 + 500 x 1e-05 = 0.0025 + 0.00375 + 0.005
    assertThat(cost(1)).isEqualByComparingTo("0.01125");
    assertThat(value("SELECT priced_model || '|' || cost_currency FROM usage_events"))
        .isEqualTo("gpt-4o|USD");
  }

  @Test
  void oneHourCacheWritesCostMoreThanFiveMinuteOnes() throws Exception {
    event(1, "anthropic", "claude-sonnet-4-5-20250929", "standard", 100, 10000, 2000, 1000, 400, 0);

    pricing.apply(workspace);

    // 100 x 3e-06 + 10000 x 3e-07 + 2000 x 3.75e-06 + 1000 x 6e-06 + 400 x 1.5e-05
    // = 0.0003 + 0.003 + 0.0075 + 0.006 + 0.006
    assertThat(cost(1)).isEqualByComparingTo("0.0228");
    PricedEvent priced = pricing.pricedEvents(workspace, null, 10).get(0);
    assertThat(priced.bucketCosts().get(TokenBucket.IN_CACHE_WRITE_1H))
        .isEqualByComparingTo("0.006");
    assertThat(priced.bucketCosts().get(TokenBucket.IN_CACHE_WRITE_5M))
        .isEqualByComparingTo("0.0075");
  }

  @Test
  void batchRequestsUseBatchPricesAndAMissingBatchPriceLeavesThemUnpriced() throws Exception {
    event(1, "openai", "gpt-4o-mini", "batch", 10000, 0, 0, 0, 2000, 0);
    event(2, "azure", "gpt-4o", "batch", 10000, 0, 0, 0, 2000, 0);

    pricing.apply(workspace);

    // 10000 x 7.5e-08 + 2000 x 3e-07 = 0.00075 + 0.0006
    assertThat(cost(1)).isEqualByComparingTo("0.00135");
    assertThat(cost(2)).as("azure/gpt-4o has no batch price: unpriced, never $0").isNull();
    assertThat(value("SELECT price_note FROM usage_events WHERE source_line = 2"))
        .contains("no batch price")
        .contains("azure/gpt-4o");
  }

  @Test
  void aLongPromptPricesEveryTokenOfTheRequestAtTheLongContextRate() throws Exception {
    event(1, "anthropic", "claude-sonnet-4-5", "standard", 150000, 60000, 0, 0, 1000, 0);
    event(2, "anthropic", "claude-sonnet-4-5", "standard", 150000, 50000, 0, 0, 1000, 0);

    pricing.apply(workspace);

    // prompt 210000 > 200000: 150000 x 6e-06 + 60000 x 6e-07 + 1000 x 2.25e-05
    assertThat(cost(1)).isEqualByComparingTo("0.9585");
    // prompt exactly 200000 is not above it: 150000 x 3e-06 + 50000 x 3e-07 + 1000 x 1.5e-05
    assertThat(cost(2)).isEqualByComparingTo("0.48");
  }

  @Test
  void reasoningTokensFallBackToTheOutputPrice() throws Exception {
    event(1, "openai", "gpt-5", "standard", 100, 0, 0, 0, 0, 1000);

    pricing.apply(workspace);

    // 100 x 1.25e-06 + 1000 x 1e-05
    assertThat(cost(1)).isEqualByComparingTo("0.010125");
  }

  @Test
  void anUnknownModelIsListedAsUnpricedWithItsVolume() throws Exception {
    event(1, "acme", "acme-internal-llm", "standard", 700, 0, 0, 0, 300, 0);
    event(2, "acme", "acme-internal-llm", "standard", 50, 0, 0, 0, 50, 0);
    event(3, "openai", "gpt-4o", "standard", 10, 0, 0, 0, 10, 0);

    PricingSummary summary = pricing.apply(workspace);
    List<UnpricedModel> unpriced = pricing.unpriced(workspace);

    assertThat(cost(1)).isNull();
    assertThat(unpriced).hasSize(1);
    assertThat(unpriced.get(0).modelRaw()).isEqualTo("acme-internal-llm");
    assertThat(unpriced.get(0).events()).isEqualTo(2);
    assertThat(unpriced.get(0).tokens()).isEqualTo(1100);
    assertThat(summary.unpricedEvents()).isEqualTo(2);
    assertThat(summary.pricedEvents()).isEqualTo(1);
    assertThat(summary.unpricedTokens()).isEqualTo(1100);
  }

  @Test
  void bedrockAndVertexSpellingsFindTheirCatalogEntry() throws Exception {
    event(
        1, "aws", "us.anthropic.claude-sonnet-4-5-20250929-v1:0", "standard", 1000, 0, 0, 0, 0, 0);
    event(2, "gcp", "claude-sonnet-4-5@20250929", "standard", 1000, 0, 0, 0, 0, 0);

    pricing.apply(workspace);

    // the US cross-region profile has its own key at the 10% geo uplift: 1000 x 3.3e-06
    assertThat(cost(1)).isEqualByComparingTo("0.0033");
    // vertex_ai/claude-sonnet-4-5@20250929: 1000 x 3e-06
    assertThat(cost(2)).isEqualByComparingTo("0.003");
    assertThat(value("SELECT string_agg(priced_model, ',' ORDER BY source_line) FROM usage_events"))
        .isEqualTo(
            "us.anthropic.claude-sonnet-4-5-20250929-v1:0,vertex_ai/claude-sonnet-4-5@20250929");
  }

  @Test
  void langfusePatternsPriceNamesTheCatalogKeysDoNotSpell() throws Exception {
    Workspace langfuseOnly = new DuckDbWorkspaceStore("test").inMemory();
    try (langfuseOnly) {
      PricingService langfuse = new DefaultPricingService();
      langfuse.importShippedCatalog(langfuseOnly, PriceCatalogFormat.LANGFUSE, null);
      execute(
          langfuseOnly,
          "INSERT INTO usage_events (import_id, source_line, event_time, provider, model_raw,"
              + " in_uncached, in_cache_write_1h) VALUES (1, 1, TIMESTAMPTZ '2026-02-01 10:00:00+00',"
              + " 'anthropic', 'claude-sonnet-4-5', 1000, 1000)");

      langfuse.apply(langfuseOnly);

      // claude-sonnet-4-5-20250929 by its matchPattern: 1000 x 3e-06 + 1000 x 6e-06
      assertThat(scalar(langfuseOnly, "SELECT cost FROM usage_events"))
          .isEqualByComparingTo("0.009");
      assertThat(scalar(langfuseOnly, "SELECT count(*) FROM price_book WHERE source = 'langfuse'"))
          .isPositive();
    }
  }

  @Test
  void aUserPriceAndADiscountWinOverTheCatalog() throws Exception {
    event(1, "openai", "gpt-4o", "standard", 1000, 3000, 0, 0, 500, 0);
    event(2, "anthropic", "claude-sonnet-4-5-20250929", "standard", 100, 10000, 2000, 1000, 400, 0);

    pricing.setUserPrice(
        workspace,
        UserPrice.of(
            "gpt-4o", TokenBucket.IN_UNCACHED, new BigDecimal("2e-06"), LocalDate.of(2026, 1, 1)));
    pricing.addDiscount(
        workspace,
        new Discount(
            0, "anthropic", null, new BigDecimal("10"), LocalDate.of(2026, 1, 1), null, "EDP"));
    pricing.apply(workspace);

    // 1000 x 2e-06 (negotiated) + 0.00375 + 0.005
    assertThat(cost(1)).isEqualByComparingTo("0.01075");
    // 0.0228 less 10%
    assertThat(cost(2)).isEqualByComparingTo("0.02052");
    assertThat(pricing.searchPrices(workspace, "gpt-4o", LocalDate.of(2026, 1, 10), 50))
        .anyMatch(
            p ->
                p.isUserPrice()
                    && p.unitPrices()
                            .get(TokenBucket.IN_UNCACHED)
                            .compareTo(new BigDecimal("2e-06"))
                        == 0);
  }

  @Test
  void aNewerCatalogRepricesOnlyFromItsDayAndRepricingAsOfUsesThePricesValidThen()
      throws Exception {
    event(1, "openai", "gpt-4o", "standard", 1000, 0, 0, 0, 0, 0);
    Path newer = juneCatalog();
    CatalogImport imported =
        pricing.importCatalog(workspace, newer, LocalDate.of(2026, 6, 1)).catalog();

    pricing.apply(workspace);
    List<RepricedModel> compared = pricing.compareAsOf(workspace, LocalDate.of(2026, 7, 1));

    assertThat(imported.effectiveFrom()).isEqualTo(LocalDate.of(2026, 6, 1));
    assertThat(cost(1)).as("a January event keeps January prices").isEqualByComparingTo("0.0025");
    assertThat(compared).hasSize(1);
    assertThat(compared.get(0).recordedCost()).isEqualByComparingTo("0.0025");
    assertThat(compared.get(0).repricedCost()).isEqualByComparingTo("0.005");
    assertThat(compared.get(0).difference()).isEqualByComparingTo("0.0025");

    pricing.applyAsOf(workspace, LocalDate.of(2026, 7, 1));
    assertThat(cost(1)).isEqualByComparingTo("0.005");
    assertThat(pricing.catalogs(workspace))
        .extracting(CatalogImport::effectiveFrom)
        .containsExactly(DefaultPricingService.SINCE_ALWAYS, LocalDate.of(2026, 6, 1));
  }

  @Test
  void aCatalogImportedAfterTheEventsPricesThemInItsOwnStepAtTokensTimesItsPrices()
      throws Exception {
    workspace.close();
    workspace = new DuckDbWorkspaceStore("test").inMemory();
    // Events first, no price book yet: both unpriced until a catalog arrives.
    event(1, "acme", "acme-chat-1", "standard", 1200, 3400, 560, 780, 910, 0);
    event(2, "acme", "acme-secret", "standard", 100, 0, 0, 0, 10, 0);
    String in = "2.1e-06";
    String cacheRead = "2.1e-07";
    String write5m = "2.625e-06";
    String write1h = "4.2e-06";
    String out = "8.4e-06";
    Path catalog = dir.resolve("acme-prices.json");
    Files.writeString(
        catalog,
        "{\"acme-chat-1\": {\"litellm_provider\": \"acme\", \"mode\": \"chat\","
            + " \"input_cost_per_token\": "
            + in
            + ", \"cache_read_input_token_cost\": "
            + cacheRead
            + ", \"cache_creation_input_token_cost\": "
            + write5m
            + ", \"cache_creation_input_token_cost_above_1hr\": "
            + write1h
            + ", \"output_cost_per_token\": "
            + out
            + "}}");

    CatalogImported imported = pricing.importCatalog(workspace, catalog, null);

    BigDecimal expected =
        new BigDecimal(in)
            .multiply(BigDecimal.valueOf(1200))
            .add(new BigDecimal(cacheRead).multiply(BigDecimal.valueOf(3400)))
            .add(new BigDecimal(write5m).multiply(BigDecimal.valueOf(560)))
            .add(new BigDecimal(write1h).multiply(BigDecimal.valueOf(780)))
            .add(new BigDecimal(out).multiply(BigDecimal.valueOf(910)));
    assertThat(cost(1)).isEqualByComparingTo(expected);
    assertThat(cost(2)).as("a model the catalog does not price stays unpriced").isNull();
    assertThat(imported.repriced())
        .isEqualTo(new RepricedEvents(DefaultPricingService.SINCE_ALWAYS, 2, 1, 0, 1));
    assertThat(imported.repriced().describe())
        .isEqualTo(
            "repriced 1 of the 2 usage event(s) of every day (1 newly priced, 0 at a new cost,"
                + " 1 still unpriced)");
  }

  @Test
  void aCatalogValidFromADayRepricesOnlyTheEventsOfThatDayAndLater() throws Exception {
    event(1, "openai", "gpt-4o", "standard", 1000, 0, 0, 0, 0, 0);
    execute(
        workspace,
        "INSERT INTO usage_events (import_id, source_line, event_time, provider, model_raw,"
            + " in_uncached) VALUES (1, 2, TIMESTAMPTZ '2026-06-15 08:00:00+00', 'openai',"
            + " 'gpt-4o', 1000)");
    pricing.apply(workspace);
    Path newer = juneCatalog();

    RepricedEvents repriced =
        pricing.importCatalog(workspace, newer, LocalDate.of(2026, 6, 1)).repriced();

    // January keeps the shipped 2.5e-06; June is 1000 x 5e-06 without a "prices apply".
    assertThat(cost(1)).isEqualByComparingTo("0.0025");
    assertThat(cost(2)).isEqualByComparingTo("0.005");
    assertThat(repriced).isEqualTo(new RepricedEvents(LocalDate.of(2026, 6, 1), 1, 0, 1, 0));
  }

  @Test
  void aResponseCacheHitCostsNothingBecauseNoProviderWasCalled() throws Exception {
    event(1, "openai", "gpt-4o", "standard", 1000, 0, 0, 0, 100, 0);
    execute(workspace, "UPDATE usage_events SET cache_hit = true");

    pricing.apply(workspace);

    assertThat(cost(1)).isEqualByComparingTo("0");
    assertThat(value("SELECT price_note FROM usage_events")).contains("cache hit");
  }

  private void event(
      int line,
      String provider,
      String model,
      String tier,
      long uncached,
      long cacheRead,
      long write5m,
      long write1h,
      long text,
      long reasoning)
      throws SQLException {
    try (Connection c = workspace.newConnection();
        PreparedStatement insert =
            c.prepareStatement(
                "INSERT INTO usage_events (import_id, source_line, event_time, provider, model_raw,"
                    + " service_tier, in_uncached, in_cache_read, in_cache_write_5m,"
                    + " in_cache_write_1h, out_text, out_reasoning)"
                    + " VALUES (1, ?, TIMESTAMPTZ '2026-01-10 12:00:00+00', ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      insert.setInt(1, line);
      insert.setString(2, provider);
      insert.setString(3, model);
      insert.setString(4, tier);
      insert.setLong(5, uncached);
      insert.setLong(6, cacheRead);
      insert.setLong(7, write5m);
      insert.setLong(8, write1h);
      insert.setLong(9, text);
      insert.setLong(10, reasoning);
      insert.executeUpdate();
    }
  }

  /** A newer catalog that doubles gpt-4o: input 5e-06, output 2e-05. */
  private Path juneCatalog() throws java.io.IOException {
    return Files.writeString(
        dir.resolve("prices-2026-06.json"),
        "{\"gpt-4o\": {\"litellm_provider\": \"openai\", \"mode\": \"chat\","
            + " \"input_cost_per_token\": 5e-06, \"output_cost_per_token\": 2e-05}}");
  }

  private BigDecimal cost(int line) throws SQLException {
    return scalar(workspace, "SELECT cost FROM usage_events WHERE source_line = " + line);
  }

  private String value(String sql) throws SQLException {
    try (Connection c = workspace.newConnection();
        ResultSet rows = c.createStatement().executeQuery(sql)) {
      rows.next();
      return rows.getString(1);
    }
  }

  private static BigDecimal scalar(Workspace ws, String sql) throws SQLException {
    try (Connection c = ws.newConnection();
        ResultSet rows = c.createStatement().executeQuery(sql)) {
      rows.next();
      return rows.getBigDecimal(1);
    }
  }

  private static void execute(Workspace ws, String sql) throws SQLException {
    try (Connection c = ws.newConnection()) {
      c.createStatement().execute(sql);
    }
  }
}
