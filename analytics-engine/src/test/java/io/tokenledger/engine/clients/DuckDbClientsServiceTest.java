package io.tokenledger.engine.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.tokenledger.engine.explore.MissingFxRateException;
import io.tokenledger.engine.mapping.DefaultMappingService;
import io.tokenledger.engine.mapping.MappingRule;
import io.tokenledger.engine.mapping.MappingTarget;
import io.tokenledger.engine.mapping.MatchKind;
import io.tokenledger.engine.workspace.DuckDbWorkspaceStore;
import io.tokenledger.engine.workspace.Workspace;
import java.math.BigDecimal;
import java.math.MathContext;
import java.sql.Connection;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DuckDbClientsServiceTest {

  private static final YearMonth OCTOBER = YearMonth.of(2026, 10);
  private static final ClientsRequest USD_OCTOBER = ClientsRequest.month(OCTOBER, "USD");

  private final ClientsService clients = new DuckDbClientsService();
  private final FxRatesService rates = new DuckDbFxRatesService();
  private Workspace workspace;

  @BeforeEach
  void open() throws Exception {
    workspace = new DuckDbWorkspaceStore("test").inMemory();
    execute(
        // spend: Acme 300 USD over two features, Globex 100 EUR, Initech 40 USD, Internal 50 USD,
        // 10 USD without a client, 70 USD unallocated; one September row outside the period
        "INSERT INTO allocations (pool_id, method, usage_import_id, usage_source_line, provider,"
            + " model, day, client, feature, trace_id, currency, tokens, billed, effective) VALUES"
            + " ('p1', 'tokens', 1, 2, 'openai', 'gpt-a', '2026-10-03', 'Acme', 'chat', 't1', 'USD',"
            + " 1000, 200, 200),"
            + " ('p1', 'tokens', 1, 3, 'openai', 'gpt-b', '2026-10-04', 'Acme', 'rag', 't2', 'USD',"
            + " 500, 100, 100),"
            + " ('p2', 'tokens', 1, 4, 'mistral', 'm-eu', '2026-10-05', 'Globex', 'chat', 't3',"
            + " 'EUR', 400, 100, 100),"
            + " ('p1', 'tokens', 1, 5, 'openai', 'gpt-a', '2026-10-06', 'Initech', 'chat', NULL,"
            + " 'USD', 100, 40, 40),"
            + " ('p1', 'tokens', 1, 6, 'openai', 'gpt-a', '2026-10-07', 'Internal', 'chat', 't5',"
            + " 'USD', 100, 50, 50),"
            + " ('p1', 'tokens', 1, 7, 'openai', 'gpt-a', '2026-10-07', NULL, 'chat', 't6', 'USD',"
            + " 10, 10, 10),"
            + " ('p3', 'unallocated', NULL, NULL, 'aws', NULL, '2026-10-01', NULL, NULL, NULL,"
            + " 'USD', NULL, 70, 70),"
            + " ('p1', 'tokens', 1, 8, 'openai', 'gpt-a', '2026-09-30', 'Acme', 'chat', 't0',"
            + " 'USD', 100, 999, 999)",
        // revenue: Acme in EUR, Globex by its id, Initech through a rule, Hooli unmatched
        "INSERT INTO revenue (import_id, source_line, client, client_id, period_start, period_end,"
            + " amount, currency) VALUES"
            + " (2, 2, 'Acme', NULL, '2026-10-01', '2026-10-31', 1000, 'EUR'),"
            + " (2, 3, 'Globex Corporation', 'globex', '2026-10-01', '2026-10-31', 900, 'USD'),"
            + " (2, 4, 'INITECH LLC', 't-77', '2026-10-01', '2026-10-31', 600, 'USD'),"
            + " (2, 5, 'Hooli', NULL, '2026-10-01', '2026-10-31', 500, 'USD'),"
            + " (2, 6, 'Acme', NULL, '2026-09-01', '2026-09-30', 5000, 'USD')");
    rates.put(workspace, new FxRate(OCTOBER, "EUR", "USD", new BigDecimal("1.10")));
    new DefaultMappingService()
        .add(
            workspace,
            MappingRule.of(
                "attr:tenant.id", MatchKind.EQUALS, "t-77", MappingTarget.CLIENT, "Initech"));
  }

  @AfterEach
  void close() {
    workspace.close();
  }

  private void execute(String... statements) throws Exception {
    try (Connection connection = workspace.newConnection();
        Statement statement = connection.createStatement()) {
      for (String sql : statements) {
        statement.execute(sql);
      }
    }
  }

  private static Map<String, ClientEconomics> byClient(ClientsReport report) {
    return report.clients().stream()
        .collect(Collectors.toMap(ClientEconomics::client, Function.identity()));
  }

  @Test
  void revenueAndSpendConvertWithTheRateOfTheirMonth() {
    ClientsReport report = clients.report(workspace, USD_OCTOBER);

    Map<String, ClientEconomics> lines = byClient(report);
    // 1000 EUR x 1.10; Globex spends 100 EUR x 1.10
    assertThat(lines.get("Acme").revenue()).isEqualByComparingTo("1100");
    assertThat(lines.get("Globex").spend()).isEqualByComparingTo("110");
    assertThat(report.totalRevenue()).isEqualByComparingTo("3100");
    assertThat(report.totalSpend()).isEqualByComparingTo("510");
    assertThat(report.unallocated()).isEqualByComparingTo("70");
    ClientEconomics acme = lines.get("Acme");
    assertThat(acme.spend()).isEqualByComparingTo("300");
    assertThat(acme.revenueShare())
        .isEqualByComparingTo(
            new BigDecimal("1100").divide(new BigDecimal("3100"), MathContext.DECIMAL128));
    assertThat(acme.spendShare())
        .isEqualByComparingTo(
            new BigDecimal("300").divide(new BigDecimal("510"), MathContext.DECIMAL128));
    assertThat(acme.margin()).isEqualByComparingTo("800");
    assertThat(acme.marginPct())
        .isEqualByComparingTo(
            new BigDecimal("800").divide(new BigDecimal("1100"), MathContext.DECIMAL128));
    assertThat(acme.tasks()).isEqualTo(2);
    assertThat(acme.tokens()).isEqualTo(1500);
    assertThat(acme.costPerTask()).isEqualByComparingTo("150");
    assertThat(acme.costPerMillionTokens()).isEqualByComparingTo("200000");
  }

  @Test
  void aMissingRateIsAnErrorNamingCurrencyAndMonthNeverOne() throws Exception {
    execute(
        "INSERT INTO revenue (client, period_start, period_end, amount, currency)"
            + " VALUES ('Acme', '2026-10-01', '2026-10-31', 10, 'GBP')",
        "INSERT INTO allocations (pool_id, method, provider, day, client, currency, billed,"
            + " effective) VALUES ('p9', 'tokens', 'x', '2026-10-02', 'Acme', 'JPY', 100, 100)");

    assertThatThrownBy(() -> clients.report(workspace, USD_OCTOBER))
        .isInstanceOf(MissingFxRateException.class)
        .hasMessageContaining("GBP 2026-10")
        .hasMessageContaining("JPY 2026-10")
        .satisfies(
            e ->
                assertThat(((MissingFxRateException) e).missing())
                    .containsExactly("GBP 2026-10", "JPY 2026-10"));
    // in EUR the EUR amounts need no rate, but the USD ones do
    assertThatThrownBy(() -> clients.report(workspace, ClientsRequest.month(OCTOBER, "EUR")))
        .isInstanceOf(MissingFxRateException.class)
        .hasMessageContaining("USD 2026-10");
  }

  @Test
  void revenueClientsMatchByNameIdAndRuleAndTheRestIsListed() {
    ClientMatching matching = clients.matching(workspace);

    assertThat(matching.matches())
        .extracting(ClientMatch::revenueClient, ClientMatch::client)
        .contains(
            tuple("Acme", "Acme"),
            tuple("Globex Corporation", "Globex"),
            tuple("INITECH LLC", "Initech"),
            tuple("Hooli", null));
    assertThat(matching.matches())
        .filteredOn(m -> m.revenueClient().equals("INITECH LLC"))
        .extracting(ClientMatch::matchedBy)
        .singleElement()
        .asString()
        .startsWith("rule #");
    assertThat(matching.revenueOnly()).containsExactly("Hooli");
    assertThat(matching.usageOnly()).containsExactly("Internal");

    Map<String, ClientEconomics> lines = byClient(clients.report(workspace, USD_OCTOBER));
    assertThat(lines.get("Globex").revenue()).isEqualByComparingTo("900");
    assertThat(lines.get("Initech").revenue()).isEqualByComparingTo("600");
    assertThat(lines.get("Hooli").spend()).isEqualByComparingTo("0");
    assertThat(lines.get("Internal").revenue()).isEqualByComparingTo("0");
    assertThat(lines.get("(unmapped)").spend()).isEqualByComparingTo("10");
  }

  @Test
  void roundedFiguresStillAddUpAndTheOffenderIsNamed() {
    ClientsReport report = clients.report(workspace, USD_OCTOBER);
    ClientsReport shown = ClientsRounding.toCents(report);

    assertThat(shown.clients().stream().map(ClientEconomics::revenueShare).reduce(BigDecimal::add))
        .hasValueSatisfying(s -> assertThat(s).isEqualByComparingTo("1"));
    assertThat(shown.clients().stream().map(ClientEconomics::spendShare).reduce(BigDecimal::add))
        .hasValueSatisfying(s -> assertThat(s).isEqualByComparingTo("1"));
    assertThat(shown.clients().stream().map(ClientEconomics::margin).reduce(BigDecimal::add))
        .hasValueSatisfying(s -> assertThat(s).isEqualByComparingTo("2590.00"));
    // Acme: 35.5% of revenue, 58.8% of spend (ratio 1.66 > 1.5); Internal spends without revenue
    assertThat(report.sentences())
        .containsExactly(
            "Acme: 35% of revenue, 59% of LLM spend, margin 73%",
            "Internal: no revenue, 9.8% of LLM spend");
    // spend over the four clients and Hooli (the unmapped are nobody's): 0, 40, 50, 110, 300
    assertThat(report.spendConcentration().points()).hasSize(6);
  }

  @Test
  void drillingIntoAClientSplitsItsSpendByFeatureAndModel() {
    ClientDrill drill = clients.drill(workspace, USD_OCTOBER, "Acme");

    assertThat(drill.features())
        .extracting(ClientSlice::value, s -> s.spend().stripTrailingZeros().toPlainString())
        .containsExactly(tuple("chat", "200"), tuple("rag", "100"));
    assertThat(drill.models()).extracting(ClientSlice::value).containsExactly("gpt-a", "gpt-b");
    assertThat(drill.features().get(0).share())
        .isEqualByComparingTo(
            new BigDecimal("2").divide(new BigDecimal("3"), MathContext.DECIMAL128));
  }

  @Test
  void ratesAreEditable() {
    rates.put(workspace, new FxRate(OCTOBER, "eur", "usd", new BigDecimal("1.2")));
    assertThat(rates.list(workspace))
        .extracting(FxRate::month, FxRate::from, r -> r.rate().stripTrailingZeros().toPlainString())
        .containsExactly(tuple(OCTOBER, "EUR", "1.2"));
    assertThat(byClient(clients.report(workspace, USD_OCTOBER)).get("Acme").revenue())
        .isEqualByComparingTo("1200");

    assertThat(rates.delete(workspace, OCTOBER, "EUR", "USD")).isTrue();
    assertThatThrownBy(() -> clients.report(workspace, USD_OCTOBER))
        .isInstanceOf(MissingFxRateException.class)
        .hasMessageContaining("EUR 2026-10");
  }
}
