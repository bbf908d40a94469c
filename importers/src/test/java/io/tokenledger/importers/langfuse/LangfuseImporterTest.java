package io.tokenledger.importers.langfuse;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tokenledger.importers.ImportReport;
import io.tokenledger.importers.ImportStatus;
import io.tokenledger.importers.traces.TraceImports;
import io.tokenledger.sampledata.RealData;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LangfuseImporterTest {

  @TempDir Path dir;

  private final TraceImports imports = new TraceImports();

  @AfterEach
  void close() {
    imports.close();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "autogen-2025-06-06.trace.json",
        "llamaindex-2025-06-05.trace.json",
        "openai-agents-2025-09-30.trace.json",
        "vercel-aisdk-2025-11-17.trace.json"
      })
  void everyRealTraceImportsWithItsLeafGenerationsCountedOnce(String name) {
    Path file = RealData.file("traces/langfuse/" + name);
    JsonNode document = TraceImports.readJson(file);
    Map<String, JsonNode> observations = uniqueObservations(document);
    List<JsonNode> leaves = leafGenerations(observations);

    ImportReport report = imports.importFile(file);

    assertThat(report.status()).as(report.message()).isEqualTo(ImportStatus.IMPORTED);
    assertThat(report.formatId()).isEqualTo("langfuse");
    assertThat(imports.number("SELECT count(*) FROM trace_spans"))
        .as("the trace plus each observation once")
        .isEqualTo(1 + observations.size());
    assertThat(imports.number("SELECT count(*) FROM usage_events")).isEqualTo(leaves.size());
    assertThat(imports.number("SELECT count(*) FROM trace_spans WHERE invocation"))
        .isEqualTo(leaves.size());

    long input = sum(leaves, "input");
    long output = sum(leaves, "output");
    long cached = sum(leaves, "prompt_details.cache_read");
    long reasoning = sum(leaves, "completion_details.reasoning");
    assertThat(
            imports.number(
                "SELECT sum(in_uncached + in_cache_read + in_cache_write_5m + in_cache_write_1h)"
                    + " FROM usage_events"))
        .isEqualTo(input + (totalIsInputPlusOutput(leaves) ? 0 : cached));
    assertThat(imports.number("SELECT sum(in_cache_read) FROM usage_events")).isEqualTo(cached);
    assertThat(imports.number("SELECT sum(out_text + out_reasoning) FROM usage_events"))
        .isEqualTo(output + (totalIsInputPlusOutput(leaves) ? 0 : reasoning));

    BigDecimal cost = BigDecimal.ZERO;
    for (JsonNode leaf : leaves) {
      cost = cost.add(new BigDecimal(leaf.at("/costDetails/total").asText()));
    }
    assertThat(imports.decimal("SELECT sum(source_cost) FROM usage_events"))
        .as("float noise read through its text, kept to the workspace's 10 decimals")
        .isEqualByComparingTo(cost.setScale(10, RoundingMode.HALF_UP));

    String traceId = document.at("/trace/id").asText();
    assertThat(imports.column("SELECT DISTINCT trace_id FROM usage_events"))
        .containsExactly(traceId);
    assertThat(imports.number("SELECT count(*) FROM trace_spans WHERE parent_id IS NULL"))
        .as("the trace is the one root")
        .isEqualTo(1);
    assertThat(imports.value("SELECT span_id FROM trace_spans WHERE parent_id IS NULL"))
        .isEqualTo(traceId);
  }

  @Test
  void theWrappingGenerationOfTheVercelTraceStaysInTheTreeButIsNotCounted() {
    Path file = RealData.file("traces/langfuse/vercel-aisdk-2025-11-17.trace.json");
    imports.importFile(file);

    assertThat(
            imports.column(
                "SELECT name || '|' || invocation FROM trace_spans"
                    + " WHERE kind = 'GENERATION' ORDER BY source_line"))
        .containsExactly("ai.generateText|false", "ai.generateText.doGenerate|true");
    assertThat(imports.value("SELECT in_uncached || '/' || out_text FROM usage_events"))
        .isEqualTo("62/85");
  }

  @Test
  void traceFieldsAndMetadataAreKeptAsAttributesForMapping() {
    imports.importFile(RealData.file("traces/langfuse/autogen-2025-06-06.trace.json"));

    assertThat(
            imports.value(
                "SELECT (attributes->>'user.id') || '|' || (attributes->>'session.id') || '|'"
                    + " || (attributes->>'metadata.email') || '|' || json_extract(attributes, '$.tags')::VARCHAR"
                    + " || '|' || (attributes->>'service.name') FROM usage_events"))
        .isEqualTo("user_123|session_abc|user@langfuse.com|[\"autogen\",\"dev\"]|unknown_service");
    assertThat(imports.value("SELECT user_id || '|' || project FROM usage_events"))
        .isEqualTo("user_123|cloramnkj0002jz088vzn1ja4");
  }

  @ParameterizedTest
  @ValueSource(strings = {"observations-export.jsonl", "observations-export.csv"})
  void theUiExportsGiveDisjointBucketsWhateverTheUsageKeys(String name) {
    Path file = TraceImports.resource(getClass(), name, dir);

    ImportReport report = imports.importFile(file);

    assertThat(report.status()).as(report.message()).isEqualTo(ImportStatus.IMPORTED);
    assertThat(imports.number("SELECT count(*) FROM trace_spans")).isEqualTo(4);
    assertThat(
            imports.column(
                "SELECT event_id || ':' || in_uncached || '/' || in_cache_read || '/'"
                    + " || in_cache_write_5m || '/' || in_cache_write_1h || '/' || out_text || '/'"
                    + " || out_reasoning || '|' || service_tier || '|' || coalesce(status, '-')"
                    + " || '|' || coalesce(env, '-') || '|' || coalesce(source_cost::VARCHAR, '-')"
                    + " FROM usage_events ORDER BY source_line"))
        .containsExactly(
            "gen-claude:100/5000/200/300/400/0|standard|ok|production|0.0123456789",
            "gen-gpt5:400/600/0/0/200/300|flex|error|production|0.0028125000",
            "gen-gpt4o:300/700/0/0/50/0|standard|ok|-|-");
    assertThat(imports.value("SELECT parent_id FROM usage_events WHERE event_id = 'gen-gpt4o'"))
        .isEqualTo("trace-8");
  }

  @Test
  void messageContentIsNotCopiedIntoAttributes() {
    imports.importFile(TraceImports.resource(getClass(), "observations-export.jsonl", dir));

    assertThat(
            imports.value(
                "SELECT json_keys(attributes)::VARCHAR FROM usage_events"
                    + " WHERE event_id = 'gen-claude'"))
        .contains("gen_ai.provider.name")
        .doesNotContain("input.value");
    assertThat(imports.value("SELECT provider FROM usage_events WHERE event_id = 'gen-claude'"))
        .isEqualTo("anthropic");
  }

  private static Map<String, JsonNode> uniqueObservations(JsonNode document) {
    Map<String, JsonNode> byId = new LinkedHashMap<>();
    for (JsonNode observation : document.at("/trace/observations")) {
      byId.putIfAbsent(observation.get("id").asText(), observation);
    }
    for (JsonNode observation : document.get("observations")) {
      byId.putIfAbsent(observation.get("id").asText(), observation);
    }
    return byId;
  }

  /** Generations with no generation anywhere below them. */
  private static List<JsonNode> leafGenerations(Map<String, JsonNode> observations) {
    List<JsonNode> leaves = new ArrayList<>();
    for (JsonNode observation : observations.values()) {
      if (!"GENERATION".equals(observation.get("type").asText())) {
        continue;
      }
      boolean wrapsAnother = false;
      for (JsonNode other : observations.values()) {
        if ("GENERATION".equals(other.get("type").asText())
            && isBelow(other, observation.get("id").asText(), observations)) {
          wrapsAnother = true;
        }
      }
      if (!wrapsAnother) {
        leaves.add(observation);
      }
    }
    return leaves;
  }

  private static boolean isBelow(JsonNode node, String ancestorId, Map<String, JsonNode> all) {
    JsonNode current = node;
    while (current != null && !current.path("parentObservationId").isNull()) {
      String parent = current.path("parentObservationId").asText();
      if (parent.equals(ancestorId)) {
        return true;
      }
      current = all.get(parent);
    }
    return false;
  }

  private static long sum(List<JsonNode> observations, String usageKey) {
    long total = 0;
    for (JsonNode observation : observations) {
      total += observation.path("usageDetails").path(usageKey).asLong(0);
    }
    return total;
  }

  private static boolean totalIsInputPlusOutput(List<JsonNode> observations) {
    for (JsonNode observation : observations) {
      JsonNode usage = observation.get("usageDetails");
      if (usage.get("total").asLong()
          != usage.get("input").asLong() + usage.get("output").asLong()) {
        return false;
      }
    }
    return true;
  }
}
