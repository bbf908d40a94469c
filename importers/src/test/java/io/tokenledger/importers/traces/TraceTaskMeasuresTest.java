package io.tokenledger.importers.traces;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tokenledger.engine.allocation.DuckDbAllocationService;
import io.tokenledger.engine.explore.Dimension;
import io.tokenledger.engine.explore.DuckDbExploreService;
import io.tokenledger.engine.explore.Measure;
import io.tokenledger.engine.explore.MeasureValues;
import io.tokenledger.engine.explore.PivotRequest;
import io.tokenledger.engine.explore.PivotResult;
import io.tokenledger.engine.explore.PivotRow;
import io.tokenledger.engine.mapping.DefaultMappingService;
import io.tokenledger.engine.mapping.MappingService;
import io.tokenledger.engine.mapping.MappingTarget;
import io.tokenledger.engine.mapping.MatchKind;
import io.tokenledger.engine.task.Cancellation;
import io.tokenledger.engine.task.ProgressListener;
import io.tokenledger.sampledata.RealData;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Tasks, invocations, tokens and cost per task from trace-imported data, per feature and client,
 * through the Explore pivot: each real Langfuse trace is one task whose invocations and tokens are
 * counted here straight from its JSON, and whose cost is the bill of its model and day (one trace
 * per day), spread by the allocation.
 */
class TraceTaskMeasuresTest {

  /** File, feature its tag maps to, and the bill of its model on its day. */
  private record Trace(String file, String feature, String billed) {}

  private static final List<Trace> TRACES =
      List.of(
          new Trace("autogen-2025-06-06.trace.json", "chat", "3.00"),
          new Trace("llamaindex-2025-06-05.trace.json", "rag-search", "5.00"),
          new Trace("openai-agents-2025-09-30.trace.json", "agents", "7.00"));

  private final TraceImports imports = new TraceImports();
  private final MappingService mapping = new DefaultMappingService();

  @BeforeEach
  void importTracesWithRulesAndBill() throws Exception {
    // Rules first: the import maps its own rows, no separate "rules apply".
    mapping.add(
        imports.workspace(),
        io.tokenledger.engine.mapping.MappingRule.of(
            "tags", MatchKind.EQUALS, "autogen", MappingTarget.FEATURE, "chat"));
    mapping.add(
        imports.workspace(),
        io.tokenledger.engine.mapping.MappingRule.of(
            "tags", MatchKind.EQUALS, "rag", MappingTarget.FEATURE, "rag-search"));
    mapping.add(
        imports.workspace(),
        io.tokenledger.engine.mapping.MappingRule.of(
            "model", MatchKind.GLOB, "gpt-4.1*", MappingTarget.FEATURE, "agents"));
    mapping.add(
        imports.workspace(),
        io.tokenledger.engine.mapping.MappingRule.of(
            "user", MatchKind.EQUALS, "user_123", MappingTarget.CLIENT, "Acme"));
    for (Trace trace : TRACES) {
      assertThat(imports.importFile(file(trace)).succeeded()).as(trace.file()).isTrue();
    }
    try (Connection connection = imports.workspace().newConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(
          "INSERT INTO import_log VALUES (100, 'bill.csv', 'bill.csv', 0, 'sha-bill', 'test', NULL,"
              + " now(), 3, 0, 'cost_lines', '[]', 'bill')");
      statement.execute(
          "INSERT INTO cost_lines (import_id, source_line, provider, model, token_bucket,"
              + " ChargePeriodStart, ChargePeriodEnd, BilledCost, EffectiveCost, BillingCurrency,"
              + " ServiceName) VALUES"
              + " (100, 1, 'openai', 'gpt-4o', 'in_uncached', TIMESTAMPTZ '2025-06-06 00:00:00+00',"
              + "  TIMESTAMPTZ '2025-06-07 00:00:00+00', 3.00, 3.00, 'USD', 'API'),"
              + " (100, 2, 'openai', 'gpt-4o', 'in_uncached', TIMESTAMPTZ '2025-06-05 00:00:00+00',"
              + "  TIMESTAMPTZ '2025-06-06 00:00:00+00', 5.00, 5.00, 'USD', 'API'),"
              + " (100, 3, 'openai', 'gpt-4.1-2025-04-14', 'in_uncached',"
              + "  TIMESTAMPTZ '2025-09-30 00:00:00+00', TIMESTAMPTZ '2025-10-01 00:00:00+00',"
              + "  7.00, 7.00, 'USD', 'API')");
    }
    new DuckDbAllocationService()
        .run(imports.workspace(), ProgressListener.NONE, Cancellation.none());
  }

  @AfterEach
  void close() {
    imports.close();
  }

  @Test
  void tasksInvocationsTokensAndCostPerTaskPerFeatureMatchTheTraceJson() {
    Map<String, MeasureValues> byFeature = pivot(Dimension.FEATURE);

    assertThat(byFeature).containsOnlyKeys("chat", "rag-search", "agents");
    for (Trace trace : TRACES) {
      JsonNode document = TraceImports.readJson(file(trace));
      MeasureValues feature = byFeature.get(trace.feature());
      assertThat(feature.get(Measure.TASKS)).as(trace.file()).isEqualByComparingTo("1");
      assertThat(feature.get(Measure.REQUESTS))
          .as(trace.file())
          .isEqualByComparingTo(BigDecimal.valueOf(generations(document).size()));
      assertThat(feature.get(Measure.TOKENS))
          .as(trace.file())
          .isEqualByComparingTo(BigDecimal.valueOf(tokens(document)));
      assertThat(feature.get(Measure.COST_PER_TASK))
          .as(trace.file())
          .isEqualByComparingTo(trace.billed());
    }
  }

  @Test
  void costPerTaskPerClientAveragesItsTasks() {
    Map<String, MeasureValues> byClient = pivot(Dimension.CLIENT);

    // autogen and llamaindex run as user_123 (Acme); the agents trace has no user.
    MeasureValues acme = byClient.get("Acme");
    assertThat(acme.get(Measure.TASKS)).isEqualByComparingTo("2");
    assertThat(acme.get(Measure.ALLOCATED_COST)).isEqualByComparingTo("8.00");
    assertThat(acme.get(Measure.COST_PER_TASK)).isEqualByComparingTo("4.00");
  }

  @Test
  void importedTraceEventsArePricedWithoutASeparateApply() {
    // No price book yet: every model call is unpriced (NULL), with the reason, never $0.
    assertThat(imports.number("SELECT count(*) FROM usage_events WHERE cost IS NOT NULL")).isZero();
    assertThat(
            imports.number(
                "SELECT count(*) FROM usage_events WHERE price_note LIKE 'no price for model %'"))
        .isEqualTo(imports.number("SELECT count(*) FROM usage_events"));
  }

  private Map<String, MeasureValues> pivot(Dimension dimension) {
    PivotResult result =
        new DuckDbExploreService()
            .pivot(
                imports.workspace(),
                PivotRequest.of(
                    List.of(dimension),
                    List.of(
                        Measure.TASKS,
                        Measure.REQUESTS,
                        Measure.TOKENS,
                        Measure.ALLOCATED_COST,
                        Measure.COST_PER_TASK)),
                Cancellation.none());
    Map<String, MeasureValues> byKey = new HashMap<>();
    for (PivotRow row : result.detailRows()) {
      byKey.put(row.keys().get(0), row.total());
    }
    return byKey;
  }

  private static java.nio.file.Path file(Trace trace) {
    return RealData.file("traces/langfuse/" + trace.file());
  }

  /** The trace's model calls: its GENERATION observations, each counted once. */
  private static Map<String, JsonNode> generations(JsonNode document) {
    Map<String, JsonNode> generations = new HashMap<>();
    for (JsonNode observation : document.get("observations")) {
      if (observation.get("type").asText().equals("GENERATION")) {
        generations.put(observation.get("id").asText(), observation);
      }
    }
    return generations;
  }

  private static long tokens(JsonNode document) {
    long tokens = 0;
    for (JsonNode generation : generations(document).values()) {
      tokens += generation.at("/usageDetails/total").asLong();
    }
    return tokens;
  }
}
