package io.tokenledger.importers.langsmith;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tokenledger.importers.ImportReport;
import io.tokenledger.importers.ImportStatus;
import io.tokenledger.importers.traces.TraceImports;
import io.tokenledger.sampledata.RealData;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LangSmithImporterTest {

  @TempDir Path dir;

  private final TraceImports imports = new TraceImports();

  @AfterEach
  void close() {
    imports.close();
  }

  @Test
  void theIngestPayloadMergesPostAndPatchIntoOneLlmRun() {
    Path file = RealData.file("traces/langsmith/langsmith_py_wrap_openai_.json");
    JsonNode payload = TraceImports.readJson(file);
    JsonNode post = payload.at("/post/0");
    JsonNode patch = payload.at("/patch/0");
    JsonNode usage = patch.at("/outputs/usage_metadata");
    long cacheRead = usage.at("/input_token_details/cache_read").asLong();
    long reasoning = usage.at("/output_token_details/reasoning").asLong();
    Duration latency =
        Duration.between(
            OffsetDateTime.parse(post.get("start_time").asText()),
            OffsetDateTime.parse(patch.get("end_time").asText()));

    ImportReport report = imports.importFile(file);

    assertThat(report.status()).as(report.message()).isEqualTo(ImportStatus.IMPORTED);
    assertThat(report.formatId()).isEqualTo("langsmith");
    assertThat(imports.number("SELECT count(*) FROM trace_spans")).isEqualTo(1);
    assertThat(imports.number("SELECT count(*) FROM usage_events")).isEqualTo(1);
    assertThat(
            imports.value(
                "SELECT in_uncached || '/' || in_cache_read || '/' || out_text || '/'"
                    + " || out_reasoning FROM usage_events"))
        .isEqualTo(
            (usage.get("input_tokens").asLong() - cacheRead)
                + "/"
                + cacheRead
                + "/"
                + (usage.get("output_tokens").asLong() - reasoning)
                + "/"
                + reasoning);
    assertThat(
            imports.value(
                "SELECT event_id || '|' || trace_id || '|' || model_raw || '|' || provider || '|'"
                    + " || (attributes->>'ls_model_name') || '|' || project FROM usage_events"))
        .isEqualTo(
            post.get("id").asText()
                + "|"
                + post.get("trace_id").asText()
                + "|"
                + patch.at("/outputs/model").asText()
                + "|"
                + post.at("/extra/metadata/ls_provider").asText()
                + "|"
                + post.at("/extra/metadata/ls_model_name").asText()
                + "|"
                + post.get("session_name").asText());
    assertThat(imports.number("SELECT latency_ms FROM usage_events"))
        .isEqualTo(Math.round(latency.toNanos() / 1_000_000.0));
    assertThat(imports.value("SELECT source_cost FROM usage_events")).isNull();
  }

  @Test
  void aTraceSpreadOverSeveralPayloadsRollsUpWithDisjointBuckets() {
    Path file = TraceImports.resource(getClass(), "agent-runs.jsonl", dir);

    ImportReport report = imports.importFile(file);

    assertThat(report.status()).as(report.message()).isEqualTo(ImportStatus.IMPORTED);
    assertThat(imports.number("SELECT count(*) FROM trace_spans")).isEqualTo(4);
    assertThat(
            imports.column(
                "SELECT model_raw || ':' || in_uncached || '/' || in_cache_read || '/'"
                    + " || in_cache_write_5m || '/' || in_cache_write_1h || '/' || out_text || '/'"
                    + " || out_reasoning || '|' || service_tier || '|' || status || '|'"
                    + " || coalesce(source_cost::VARCHAR, '-') FROM usage_events ORDER BY event_id"))
        .containsExactly(
            // 12500 - 9000 read - (1000 + 2000) written; cache_creation 3000 = 5m + 1h, once
            "claude-sonnet-4-5-20250929:500/9000/1000/2000/700/0|standard|ok|-",
            // 2000 - 500 read; 1500 - 1200 reasoning
            "o3:1500/500/0/0/300/1200|flex|error|0.0123400000");
    assertThat(
            imports.value(
                "SELECT (end_time AT TIME ZONE 'UTC')::VARCHAR || '|' || status FROM trace_spans"
                    + " WHERE kind = 'chain'"))
        .isEqualTo("2026-03-01 09:00:07|ok");
    assertThat(
            imports.value(
                "SELECT json_extract(attributes, '$.tags')::VARCHAR FROM trace_spans"
                    + " WHERE kind = 'chain'"))
        .isEqualTo("[\"team:care\",\"tier:gold\"]");
    assertThat(imports.number("SELECT count(DISTINCT trace_id) FROM trace_spans")).isEqualTo(1);
  }
}
