package io.tokenledger.engine.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tokenledger.engine.workspace.DuckDbWorkspaceStore;
import io.tokenledger.engine.workspace.Workspace;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DefaultMappingServiceTest {

  private Workspace workspace;
  private final MappingService mapping = new DefaultMappingService();

  @BeforeEach
  void seed() throws SQLException {
    workspace = new DuckDbWorkspaceStore("test").inMemory();
    event(
        1,
        "k-1",
        "proj_summ_1",
        null,
        "{\"tenant.id\": \"globex\", \"tags\": [\"team:search\", \"beta\"]}",
        "1.50");
    event(2, "k-2", "proj_chat", null, "{\"tenant.id\": \"globex\"}", "2.25");
    event(3, "k-3", null, null, "{\"tag.tags\": \"[\\\"team:care\\\"]\"}", "0.25");
    event(4, "k-4", null, "Initech", "{}", "4.00");
    costLine(1, "k-1", null, "{\"team\": \"platform\", \"cost-center\": \"cc-9\"}", "100.00");
    costLine(2, null, "proj_summ_x", null, "40.00");
  }

  @AfterEach
  void close() {
    workspace.close();
  }

  @Test
  void rulesApplyInPriorityOrderFirstMatchWinsPerDimension() throws SQLException {
    mapping.add(
        workspace,
        MappingRule.of("api_key", MatchKind.EQUALS, "k-1", MappingTarget.CLIENT, "Acme"));
    mapping.add(
        workspace,
        MappingRule.of("attr:tenant.id", MatchKind.COPY, null, MappingTarget.CLIENT, null));
    mapping.add(
        workspace, MappingRule.of("tag:team", MatchKind.COPY, null, MappingTarget.TEAM, null));
    mapping.add(
        workspace, MappingRule.of("tags", MatchKind.EQUALS, "beta", MappingTarget.ENV, "beta"));
    mapping.add(
        workspace,
        MappingRule.of(
            "project", MatchKind.GLOB, "proj_summ*", MappingTarget.FEATURE, "Summarizer"));

    MappingResult result = mapping.apply(workspace);

    assertThat(result.rules()).isEqualTo(5);
    assertThat(
            rows(
                "SELECT source_line || ':' || coalesce(client, '-') || '/' || coalesce(feature, '-')"
                    + " || '/' || coalesce(team, '-') || '/' || coalesce(env, '-') FROM usage_events ORDER BY source_line"))
        .containsExactly(
            "1:Acme/Summarizer/search/beta", "2:globex/-/-/-", "3:-/-/care/-", "4:Initech/-/-/-");
    assertThat(
            rows(
                "SELECT source_line || ':' || coalesce(client, '-') || '/' || coalesce(feature, '-')"
                    + " || '/' || coalesce(team, '-') FROM cost_lines ORDER BY source_line"))
        .containsExactly("1:Acme/-/platform", "2:-/Summarizer/-");
  }

  @Test
  void theImportedValueComesBackWhenNoRuleMatchesAnyMore() throws SQLException {
    MappingRule rule =
        mapping.add(
            workspace,
            MappingRule.of(
                "api_key", MatchKind.REGEX, "^k-[34]$", MappingTarget.CLIENT, "Umbrella"));
    mapping.apply(workspace);
    assertThat(rows("SELECT coalesce(client, '-') FROM usage_events ORDER BY source_line"))
        .containsExactly("-", "-", "Umbrella", "Umbrella");

    mapping.delete(workspace, rule.id());
    mapping.apply(workspace);

    assertThat(rows("SELECT coalesce(client, '-') FROM usage_events ORDER BY source_line"))
        .containsExactly("-", "-", "-", "Initech");
  }

  @Test
  void aPreviewCountsWhatARuleMatchesAndWhatItWouldDecideWithTheirCost() {
    mapping.add(
        workspace,
        MappingRule.of("api_key", MatchKind.EQUALS, "k-1", MappingTarget.CLIENT, "Acme"));
    MappingRule copyTenant =
        MappingRule.of("attr:tenant.id", MatchKind.COPY, null, MappingTarget.CLIENT, null);

    RulePreview preview = mapping.preview(workspace, copyTenant);

    assertThat(preview.matchedEvents()).isEqualTo(2);
    assertThat(preview.matchedEventCost()).isEqualByComparingTo("3.75");
    assertThat(preview.decidedEvents()).as("event 1 is decided by the api_key rule").isEqualTo(1);
    assertThat(preview.decidedEventCost()).isEqualByComparingTo("2.25");
    assertThat(preview.values()).containsExactly(new RulePreview.ValueCount("globex", 2));
    assertThat(preview.matchedCostLines()).isZero();

    RulePreview costTags =
        mapping.preview(
            workspace,
            MappingRule.of(
                "tag:cost-center", MatchKind.EQUALS, "cc-9", MappingTarget.TEAM, "Platform"));
    assertThat(costTags.matchedCostLines()).isEqualTo(1);
    assertThat(costTags.matchedBilledCost()).isEqualByComparingTo("100.00");
  }

  @Test
  void theUnmappedTotalIsWhatNoRuleReached() {
    mapping.add(
        workspace,
        MappingRule.of("api_key", MatchKind.EQUALS, "k-1", MappingTarget.CLIENT, "Acme"));

    MappingResult result = mapping.apply(workspace);
    UnmappedTotal client =
        result.unmapped().stream()
            .filter(u -> u.target() == MappingTarget.CLIENT)
            .findFirst()
            .orElseThrow();

    // events 2 and 3 (2.25 + 0.25); event 4 keeps its imported client
    assertThat(client.usageEvents()).isEqualTo(2);
    assertThat(client.usageCost()).isEqualByComparingTo("2.50");
    assertThat(client.usageCurrency()).isEqualTo("USD");
    assertThat(client.costLines()).isEqualTo(1);
    assertThat(client.billedCost()).isEqualByComparingTo("40.00");
    assertThat(mapping.unmapped(workspace)).isEqualTo(result.unmapped());
  }

  @Test
  void reorderingChangesWhichRuleWins() throws SQLException {
    MappingRule byKey =
        mapping.add(
            workspace,
            MappingRule.of("api_key", MatchKind.EQUALS, "k-1", MappingTarget.CLIENT, "Acme"));
    MappingRule byTenant =
        mapping.add(
            workspace,
            MappingRule.of("attr:tenant.id", MatchKind.COPY, null, MappingTarget.CLIENT, null));

    mapping.reorder(workspace, List.of(byTenant.id(), byKey.id()));
    mapping.apply(workspace);

    assertThat(value("SELECT client FROM usage_events WHERE source_line = 1")).isEqualTo("globex");
    assertThat(mapping.rules(workspace))
        .extracting(MappingRule::id)
        .containsExactly(byTenant.id(), byKey.id());
  }

  @Test
  void valuesAreBoundSoQuotesAndRegexCharactersAreJustText() throws SQLException {
    mapping.add(
        workspace,
        MappingRule.of("api_key", MatchKind.EQUALS, "x' OR 1=1 --", MappingTarget.CLIENT, "Evil"));
    mapping.add(
        workspace,
        MappingRule.of("project", MatchKind.GLOB, "proj_(chat)*", MappingTarget.FEATURE, "Odd"));
    mapping.add(
        workspace,
        MappingRule.of("attr:tenant.id", MatchKind.REGEX, "^(glo)bex$", MappingTarget.TEAM, null));

    mapping.apply(workspace);

    assertThat(
            rows(
                "SELECT coalesce(client, '-') || '/' || coalesce(feature, '-') || '/' || coalesce(team, '-')"
                    + " FROM usage_events ORDER BY source_line"))
        .containsExactly("-/-/glo", "-/-/glo", "-/-/-", "Initech/-/-");
  }

  @Test
  void anInvalidRegexIsRefusedWithItsReason() {
    assertThatThrownBy(
            () ->
                mapping.add(
                    workspace,
                    MappingRule.of(
                        "project", MatchKind.REGEX, "(unclosed", MappingTarget.TEAM, "x")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("(unclosed");
    assertThatThrownBy(() -> SourceKey.parse("colour")).hasMessageContaining("unknown source key");
  }

  private void event(
      int line, String apiKey, String project, String client, String attributes, String cost)
      throws SQLException {
    try (Connection c = workspace.newConnection();
        PreparedStatement insert =
            c.prepareStatement(
                "INSERT INTO usage_events (import_id, source_line, event_time, provider, model_raw,"
                    + " api_key, project, client, attributes, cost, cost_currency)"
                    + " VALUES (1, ?, TIMESTAMPTZ '2026-03-01 00:00:00+00', 'openai', 'gpt-4o', ?, ?, ?,"
                    + " ?::JSON, ?, 'USD')")) {
      insert.setInt(1, line);
      insert.setString(2, apiKey);
      insert.setString(3, project);
      insert.setString(4, client);
      insert.setString(5, attributes);
      insert.setBigDecimal(6, new BigDecimal(cost));
      insert.executeUpdate();
    }
  }

  private void costLine(int line, String apiKey, String project, String tags, String billed)
      throws SQLException {
    try (Connection c = workspace.newConnection();
        PreparedStatement insert =
            c.prepareStatement(
                "INSERT INTO cost_lines (import_id, source_line, provider, BilledCost, BillingCurrency,"
                    + " ChargePeriodStart, api_key, project, Tags)"
                    + " VALUES (2, ?, 'openai', ?, 'USD', TIMESTAMPTZ '2026-03-01 00:00:00+00', ?, ?, ?::JSON)")) {
      insert.setInt(1, line);
      insert.setBigDecimal(2, new BigDecimal(billed));
      insert.setString(3, apiKey);
      insert.setString(4, project);
      insert.setString(5, tags);
      insert.executeUpdate();
    }
  }

  private List<String> rows(String sql) throws SQLException {
    List<String> values = new ArrayList<>();
    try (Connection c = workspace.newConnection();
        ResultSet rows = c.createStatement().executeQuery(sql)) {
      while (rows.next()) {
        values.add(rows.getString(1));
      }
    }
    return values;
  }

  private String value(String sql) throws SQLException {
    return rows(sql).get(0);
  }
}
