package io.tokenledger.importers.openinference;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tokenledger.importers.ImportReport;
import io.tokenledger.importers.ImportStatus;
import io.tokenledger.importers.traces.TraceImports;
import java.math.BigDecimal;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpenInferenceImporterTest {

  @TempDir Path dir;

  private final TraceImports imports = new TraceImports();

  @AfterEach
  void close() {
    imports.close();
  }

  @Test
  void phoenixSpanPagesGiveLlmAndEmbeddingCallsWithDisjointBuckets() {
    Path file = TraceImports.resource(getClass(), "phoenix-spans.json", dir);
    JsonNode spans = TraceImports.readJson(file).get("data");
    long calls = 0;
    long uncached = 0;
    long cacheRead = 0;
    long text = 0;
    long reasoning = 0;
    BigDecimal cost = BigDecimal.ZERO;
    for (JsonNode span : spans) {
      JsonNode attributes = span.get("attributes");
      if (!attributes.has("llm.model_name")) {
        continue;
      }
      calls++;
      long read = attributes.path("llm.token_count.prompt_details.cache_read").asLong(0);
      long thinking = attributes.path("llm.token_count.completion_details.reasoning").asLong(0);
      uncached += attributes.path("llm.token_count.prompt").asLong(0) - read;
      cacheRead += read;
      text += attributes.path("llm.token_count.completion").asLong(0) - thinking;
      reasoning += thinking;
      if (attributes.has("llm.cost.total")) {
        cost = cost.add(new BigDecimal(attributes.get("llm.cost.total").asText()));
      }
    }

    ImportReport report = imports.importFile(file);

    assertThat(report.status()).as(report.message()).isEqualTo(ImportStatus.IMPORTED);
    assertThat(report.formatId()).isEqualTo("openinference");
    assertThat(imports.number("SELECT count(*) FROM trace_spans")).isEqualTo(spans.size());
    assertThat(report.rowsImported()).isEqualTo(calls);
    assertThat(imports.number("SELECT sum(in_uncached) FROM usage_events")).isEqualTo(uncached);
    assertThat(imports.number("SELECT sum(in_cache_read) FROM usage_events")).isEqualTo(cacheRead);
    assertThat(imports.number("SELECT sum(out_text) FROM usage_events")).isEqualTo(text);
    assertThat(imports.number("SELECT sum(out_reasoning) FROM usage_events")).isEqualTo(reasoning);
    assertThat(imports.decimal("SELECT sum(source_cost) FROM usage_events"))
        .isEqualByComparingTo(cost);
    assertThat(
            imports.column(
                "SELECT span_id || '>' || coalesce(parent_id, '-') || '|' || kind FROM trace_spans"
                    + " ORDER BY source_line"))
        .containsExactly(
            "a1b2c3d4e5f60718>-|CHAIN",
            "a1b2c3d4e5f60719>a1b2c3d4e5f60718|RETRIEVER",
            "a1b2c3d4e5f6071a>a1b2c3d4e5f60719|EMBEDDING",
            "a1b2c3d4e5f6071b>a1b2c3d4e5f60718|LLM");
  }

  @Test
  void tagsStayAListAndMessageContentIsLeftOut() {
    imports.importFile(TraceImports.resource(getClass(), "phoenix-spans.json", dir));

    assertThat(
            imports.value(
                "SELECT (attributes->>'tag.tags') || '|' || (attributes->>'session.id')"
                    + " FROM trace_spans WHERE kind = 'CHAIN'"))
        .isEqualTo("[\"beta\",\"team:knowledge\"]|chat-31");
    assertThat(
            imports.value(
                "SELECT json_keys(attributes)::VARCHAR FROM usage_events WHERE operation = 'llm'"))
        .contains("llm.invocation_parameters")
        .doesNotContain("llm.input_messages");
    assertThat(
            imports.value(
                "SELECT json_keys(attributes)::VARCHAR FROM trace_spans WHERE kind = 'CHAIN'"))
        .doesNotContain("input.value");
  }

  @Test
  void dataframeExportsWithDottedOrNestedAttributesReadAlike() {
    ImportReport report =
        imports.importFile(TraceImports.resource(getClass(), "phoenix-dataframe.jsonl", dir));

    assertThat(report.status()).as(report.message()).isEqualTo(ImportStatus.IMPORTED);
    assertThat(
            imports.column(
                "SELECT model_raw || ':' || in_uncached || '/' || in_cache_write_5m || '/'"
                    + " || out_text || '|' || provider || '|' || coalesce(status, '-')"
                    + " FROM usage_events ORDER BY source_line"))
        .containsExactly(
            "claude-3-7-sonnet-20250219:1000/3000/100|anthropic|ok",
            "gpt-4o-mini:300/0/20|openai|error");
  }
}
