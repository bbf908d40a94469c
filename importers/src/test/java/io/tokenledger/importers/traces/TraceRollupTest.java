package io.tokenledger.importers.traces;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tokenledger.engine.pricing.DefaultPricingService;
import io.tokenledger.engine.pricing.PriceCatalogFormat;
import io.tokenledger.engine.pricing.PricingService;
import io.tokenledger.engine.tasks.DefaultTaskService;
import io.tokenledger.engine.tasks.SpanRollup;
import io.tokenledger.engine.tasks.TaskCost;
import io.tokenledger.engine.tasks.TaskPeriod;
import io.tokenledger.engine.tasks.TaskService;
import io.tokenledger.sampledata.RealData;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The real trace files imported together, priced from the shipped LiteLLM catalog and rolled up to
 * tasks: each trace is one task whose tokens and cost are those of its leaf generations, and each
 * span of the tree carries what ran below it.
 */
class TraceRollupTest {

  private final TraceImports imports = new TraceImports();
  private final PricingService pricing = new DefaultPricingService();
  private final TaskService tasks = new DefaultTaskService();

  @BeforeEach
  void importEverything() {
    for (String name :
        List.of(
            "langfuse/autogen-2025-06-06.trace.json",
            "langfuse/llamaindex-2025-06-05.trace.json",
            "langfuse/openai-agents-2025-09-30.trace.json",
            "langfuse/vercel-aisdk-2025-11-17.trace.json",
            "langsmith/langsmith_py_wrap_openai_.json",
            "otel/otlp-proto-examples-trace.json")) {
      assertThat(imports.importFile(RealData.file("traces/" + name)).succeeded()).as(name).isTrue();
    }
    pricing.importShippedCatalog(imports.workspace(), PriceCatalogFormat.LITELLM, null);
    pricing.apply(imports.workspace());
  }

  @AfterEach
  void close() {
    imports.close();
  }

  @Test
  void everyTraceIsOneTaskWithTheTokensOfItsLeafCalls() {
    Map<String, TaskCost> byTrace =
        tasks.tasks(imports.workspace(), TaskPeriod.all(), 100).stream()
            .collect(Collectors.toMap(TaskCost::taskId, Function.identity()));

    for (String name :
        List.of(
            "autogen-2025-06-06.trace.json",
            "llamaindex-2025-06-05.trace.json",
            "openai-agents-2025-09-30.trace.json")) {
      JsonNode document = TraceImports.readJson(RealData.file("traces/langfuse/" + name));
      Map<String, JsonNode> generations = new HashMap<>();
      for (JsonNode observation : document.get("observations")) {
        if (observation.get("type").asText().equals("GENERATION")) {
          generations.put(observation.get("id").asText(), observation);
        }
      }
      long tokens = 0;
      for (JsonNode generation : generations.values()) {
        tokens += generation.at("/usageDetails/total").asLong();
      }
      TaskCost task = byTrace.get(document.at("/trace/id").asText());
      assertThat(task).as(name).isNotNull();
      assertThat(task.invocations()).as(name).isEqualTo(generations.size());
      assertThat(task.tokens()).as(name).isEqualTo(tokens);
      assertThat(task.name()).as(name).isEqualTo(document.at("/trace/name").asText());
    }
    JsonNode run =
        TraceImports.readJson(RealData.file("traces/langsmith/langsmith_py_wrap_openai_.json"));
    TaskCost langsmith = byTrace.get(run.at("/post/0/trace_id").asText());
    assertThat(langsmith.tokens())
        .isEqualTo(run.at("/patch/0/outputs/usage_metadata/total_tokens").asLong());
    assertThat(byTrace).hasSize(5);
  }

  @Test
  void recomputedCostsMatchTheCatalogByHandAndLangfusesOwnFigures() {
    Map<String, TaskCost> byTrace =
        tasks.tasks(imports.workspace(), TaskPeriod.all(), 100).stream()
            .collect(Collectors.toMap(TaskCost::taskId, Function.identity()));

    // openai-agents: gpt-4.1-2025-04-14 at 2e-06 in, 8e-06 out: (85 + 55) x 2e-06 + (29 + 15) x
    // 8e-06
    BigDecimal agents = byTrace.get("fee618f96dc31e0ca38b2f7b26eb8b29").cost();
    assertThat(agents).isEqualByComparingTo("0.000632");
    assertThat(agents)
        .isEqualByComparingTo(new BigDecimal("0.000402").add(new BigDecimal("0.00023")));
    // vercel: gpt-5 at 1.25e-06 in, 1e-05 out, only the leaf call: 62 x 1.25e-06 + 85 x 1e-05
    BigDecimal vercel = byTrace.get("df41e597d0a85e0d7a6ae8ebfaa70aa0").cost();
    assertThat(vercel).isEqualByComparingTo("0.0009275");
    assertThat(vercel)
        .isEqualByComparingTo(new BigDecimal("0.000927499999").setScale(10, RoundingMode.HALF_UP));
    // langsmith: gpt-4o-mini-2024-07-18 at 1.5e-07 in, 6e-07 out: 9 x 1.5e-07 + 9 x 6e-07
    assertThat(byTrace.get("d0d84d31-923d-4cb5-94a8-40a0a0087578").cost())
        .isEqualByComparingTo("0.00000675");
  }

  @Test
  void theSpanTreeOfTheAgentTraceRollsUpBothCallsUnderTheAgent() {
    List<SpanRollup> spans = tasks.spans(imports.workspace(), "fee618f96dc31e0ca38b2f7b26eb8b29");
    Map<String, SpanRollup> byName =
        spans.stream()
            .collect(Collectors.toMap(s -> s.name() + "/" + s.spanId(), Function.identity()));

    SpanRollup root = spans.get(0);
    assertThat(root.depth()).isZero();
    assertThat(root.kind()).isEqualTo("TRACE");
    assertThat(root.invocations()).isEqualTo(2);
    assertThat(root.tokens()).isEqualTo(114 + 70);
    assertThat(byName.get("Hello world/d950b668796240b5").invocations()).isEqualTo(2);
    assertThat(byName.get("Hello world/d950b668796240b5").depth()).isEqualTo(2);
    assertThat(byName.get("get_weather/5b99c3e3411ed17b").invocations()).isZero();
    assertThat(spans).hasSize(6);
  }
}
