package io.tokenledger.importers.litellm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tokenledger.importers.ImportReport;
import io.tokenledger.importers.ImportStatus;
import io.tokenledger.importers.traces.TraceImports;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LiteLlmSpendLogImporterTest {

  @TempDir Path dir;

  private final TraceImports imports = new TraceImports();

  @AfterEach
  void close() {
    imports.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {"spend-logs.json", "spend-logs.csv"})
  void everyRequestIsAnEventWithTheInclusivePromptSplitIntoDisjointBuckets(String name) {
    Path file = TraceImports.resource(getClass(), name, dir);
    JsonNode rows =
        TraceImports.readJson(
            TraceImports.resource(getClass(), "spend-logs.json", dir.resolve("json")));
    long uncached = 0;
    long cacheRead = 0;
    long cacheWrite = 0;
    long text = 0;
    long reasoning = 0;
    BigDecimal spend = BigDecimal.ZERO;
    for (JsonNode row : rows) {
      JsonNode extra = row.at("/metadata/additional_usage_values");
      long read =
          extra.at("/prompt_tokens_details/cached_tokens").asLong(0)
              + extra.path("cache_read_input_tokens").asLong(0);
      long written = extra.path("cache_creation_input_tokens").asLong(0);
      long thinking = extra.at("/completion_tokens_details/reasoning_tokens").asLong(0);
      uncached += row.get("prompt_tokens").asLong() - read - written;
      cacheRead += read;
      cacheWrite += written;
      text += row.get("completion_tokens").asLong() - thinking;
      reasoning += thinking;
      spend = spend.add(new BigDecimal(row.get("spend").asText()));
    }

    ImportReport report = imports.importFile(file);

    assertThat(report.status()).as(report.message()).isEqualTo(ImportStatus.IMPORTED);
    assertThat(report.formatId()).isEqualTo("litellm-spend-logs");
    assertThat(report.rowsImported()).isEqualTo(rows.size());
    assertThat(imports.number("SELECT sum(in_uncached) FROM usage_events")).isEqualTo(uncached);
    assertThat(imports.number("SELECT sum(in_cache_read) FROM usage_events")).isEqualTo(cacheRead);
    assertThat(imports.number("SELECT sum(in_cache_write_5m) FROM usage_events"))
        .isEqualTo(cacheWrite);
    assertThat(imports.number("SELECT sum(out_text) FROM usage_events")).isEqualTo(text);
    assertThat(imports.number("SELECT sum(out_reasoning) FROM usage_events")).isEqualTo(reasoning);
    assertThat(imports.decimal("SELECT sum(source_cost) FROM usage_events"))
        .isEqualByComparingTo(spend);
    assertThat(imports.number("SELECT count(*) FROM trace_spans"))
        .as("request logs have no span tree")
        .isZero();
  }

  @Test
  void keysTeamsTagsAndCallerMetadataAreKeptForMapping() {
    imports.importFile(TraceImports.resource(getClass(), "spend-logs.json", dir));

    assertThat(
            imports.value(
                "SELECT api_key || '|' || team || '|' || user_id || '|' || (attributes->>'client')"
                    + " || '|' || (attributes->>'user_api_key_alias') || '|'"
                    + " || json_extract(attributes, '$.tags')::VARCHAR"
                    + " FROM usage_events WHERE event_id = 'chatcmpl-a1'"))
        .isEqualTo(
            "88dc28d0f030c55ed4ab77ed8faf098196cb1c05df778539800c9f1243fe6b4b|search-team"
                + "|customer-17|acme|search-backend|[\"feature:search\",\"env:prod\"]");
    assertThat(
            imports.column(
                "SELECT event_id || '|' || coalesce(cache_hit::VARCHAR, '-') || '|' || status"
                    + " || '|' || provider || '|' || epoch_ms(event_time) FROM usage_events"
                    + " ORDER BY source_line"))
        .containsExactly(
            "chatcmpl-a1|false|ok|openai|1770710400123",
            "msg_b2|false|ok|anthropic|1770710700000",
            "chatcmpl-c3|true|ok|openai|1770714000000",
            "chatcmpl-d4|-|error|openai|1770715800000");
  }

  @Test
  void aSpendThatIsNotANumberRejectsItsLine() throws Exception {
    Path good = TraceImports.resource(getClass(), "spend-logs.csv", dir);
    Path bad = dir.resolve("bad-spend-logs.csv");
    Files.writeString(bad, Files.readString(good).replace(",0.0204,", ",0.02o4,"));

    ImportReport report = imports.importFile(bad);

    assertThat(report.status()).isEqualTo(ImportStatus.REJECTED);
    assertThat(report.rejects()).hasSize(1);
    assertThat(report.rejects().get(0).line()).isEqualTo(3);
    assertThat(report.rejects().get(0).column()).isEqualTo("spend");
  }
}
