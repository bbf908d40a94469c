package io.tokenledger.importers.otel;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tokenledger.importers.FileSample;
import io.tokenledger.importers.ImportOptions;
import io.tokenledger.importers.ImportReport;
import io.tokenledger.importers.ImportStatus;
import io.tokenledger.importers.traces.TraceImports;
import io.tokenledger.sampledata.RealData;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OtlpJsonImporterTest {

  @TempDir Path dir;

  private final TraceImports imports = new TraceImports();

  @AfterEach
  void close() {
    imports.close();
  }

  @Test
  void theOfficialExampleImportsItsOneSpanWithLowerCaseIdsAndNanosecondTimes() throws Exception {
    Path file = RealData.file("traces/otel/otlp-proto-examples-trace.json");
    JsonNode span = TraceImports.readJson(file).at("/resourceSpans/0/scopeSpans/0/spans/0");

    ImportReport report = imports.importFile(file);

    assertThat(report.status()).isEqualTo(ImportStatus.IMPORTED);
    assertThat(report.formatId()).isEqualTo("otlp-json");
    assertThat(report.rowsImported()).isZero();
    assertThat(imports.number("SELECT count(*) FROM trace_spans")).isEqualTo(1);
    assertThat(
            imports.value("SELECT span_id || '/' || trace_id || '/' || parent_id FROM trace_spans"))
        .isEqualTo(
            span.get("spanId").asText().toLowerCase(Locale.ROOT)
                + "/"
                + span.get("traceId").asText().toLowerCase(Locale.ROOT)
                + "/"
                + span.get("parentSpanId").asText().toLowerCase(Locale.ROOT));
    long startNanos = Long.parseLong(span.get("startTimeUnixNano").asText());
    assertThat(imports.number("SELECT epoch_us(start_time) FROM trace_spans"))
        .isEqualTo(startNanos / 1000);
    assertThat(imports.value("SELECT kind || '/' || invocation FROM trace_spans"))
        .isEqualTo("SERVER/false");
    assertThat(
            imports.value(
                "SELECT attributes->>'my.span.attr' || '|' || (attributes->>'service.name')"
                    + " FROM trace_spans"))
        .isEqualTo("some value|my.service");
  }

  @Test
  void genAiSpansBecomeUsageEventsWithDisjointBucketsComputedFromTheAttributes() throws Exception {
    Path file = TraceImports.resource(getClass(), "genai-agent-trace.json", dir);
    List<Map<String, String>> spans = spans(TraceImports.readJson(file));
    Expected expected = expected(spans);

    ImportReport report = imports.importFile(file);

    assertThat(report.status()).as(report.message()).isEqualTo(ImportStatus.IMPORTED);
    assertThat(imports.number("SELECT count(*) FROM trace_spans")).isEqualTo(spans.size());
    assertThat(report.rowsImported()).isEqualTo(expected.calls);
    assertThat(imports.number("SELECT count(*) FROM usage_events")).isEqualTo(expected.calls);
    assertThat(imports.number("SELECT sum(in_uncached) FROM usage_events"))
        .isEqualTo(expected.uncached);
    assertThat(imports.number("SELECT sum(in_cache_read) FROM usage_events"))
        .isEqualTo(expected.cacheRead);
    assertThat(imports.number("SELECT sum(in_cache_write_5m) FROM usage_events"))
        .isEqualTo(expected.cacheWrite);
    assertThat(imports.number("SELECT sum(out_text) FROM usage_events")).isEqualTo(expected.text);
    assertThat(imports.number("SELECT sum(out_reasoning) FROM usage_events"))
        .isEqualTo(expected.reasoning);
    assertThat(imports.decimal("SELECT sum(source_cost) FROM usage_events"))
        .isEqualByComparingTo(expected.cost);
  }

  @Test
  void tiersProvidersStatusAndLineageComeFromTheSpans() {
    Path file = TraceImports.resource(getClass(), "genai-agent-trace.json", dir);
    imports.importFile(file);

    assertThat(
            imports.column(
                "SELECT model_raw || '|' || provider || '|' || service_tier || '|' ||"
                    + " coalesce(status, '-') || '|' || latency_ms || '|' || coalesce(env, '-')"
                    + " FROM usage_events ORDER BY source_line"))
        .containsExactly(
            "gpt-4o-2024-08-06|openai|standard|ok|1250|prod",
            "o4-mini|openai|flex|error|2300|prod",
            "us.anthropic.claude-sonnet-4-5-20250929-v1:0|aws|standard|-|90|prod",
            "text-embedding-3-small|openai|standard|-|250|-");
    assertThat(imports.value("SELECT min(event_id) FROM usage_events"))
        .isEqualTo("1a2b3c4d5e6f7081");
    assertThat(
            imports.value(
                "SELECT attributes->>'gen_ai.request.stop_sequences' FROM usage_events"
                    + " WHERE model_raw = 'o4-mini'"))
        .isEqualTo("[\"END\",\"STOP\"]");
    assertThat(
            imports.value(
                "SELECT (attributes->>'tenant.id') || '|' || (attributes->>'otel.scope.name')"
                    + " FROM usage_events WHERE model_raw = 'o4-mini'"))
        .isEqualTo("acme|opentelemetry.instrumentation.openai_v2");
  }

  @Test
  void jsonLinesHoldOneDocumentPerLine() throws Exception {
    String single =
        Files.readString(TraceImports.resource(getClass(), "genai-agent-trace.json", dir));
    String line = TraceImports.JSON.readTree(single).toString();
    Path file = dir.resolve("spans.jsonl");
    Files.writeString(file, line + "\n" + line.replace("0AF76519", "1AF76519") + "\n");

    ImportReport report = imports.importFile(file);

    assertThat(report.status()).as(report.message()).isEqualTo(ImportStatus.IMPORTED);
    assertThat(imports.number("SELECT count(*) FROM trace_spans")).isEqualTo(14);
    assertThat(imports.number("SELECT count(DISTINCT trace_id) FROM trace_spans")).isEqualTo(3);
    assertThat(imports.number("SELECT count(*) FROM usage_events")).isEqualTo(8);
  }

  @Test
  void aSpanWithoutAStartTimeRejectsTheFileWithItsOrdinal() throws Exception {
    String text =
        Files.readString(RealData.file("traces/otel/otlp-proto-examples-trace.json"))
            .replace("\"startTimeUnixNano\": \"1544712660000000000\",", "");
    Path file = dir.resolve("broken.json");
    Files.writeString(file, text);

    ImportReport report = imports.importFile(file);

    assertThat(report.status()).isEqualTo(ImportStatus.REJECTED);
    assertThat(report.rejects()).hasSize(1);
    assertThat(report.rejects().get(0).line()).isEqualTo(1);
    assertThat(report.rejects().get(0).column()).isEqualTo("startTimeUnixNano");
    assertThat(imports.number("SELECT count(*) FROM trace_spans")).isZero();
  }

  @Test
  void aTokenCountThatIsNotANumberIsRejectedNotReadAsZero() throws Exception {
    String text =
        Files.readString(TraceImports.resource(getClass(), "genai-agent-trace.json", dir))
            .replace("{\"intValue\": \"1200\"}", "{\"stringValue\": \"lots\"}");
    Path file = dir.resolve("bad-count.json");
    Files.writeString(file, text);

    ImportReport report = imports.importFile(file);
    assertThat(report.status()).isEqualTo(ImportStatus.REJECTED);
    assertThat(report.rejects().get(0).reason()).contains("lots");

    ImportReport skipped = imports.importFile(file, new ImportOptions(null, true, true));
    assertThat(skipped.status()).isEqualTo(ImportStatus.IMPORTED);
    assertThat(imports.number("SELECT count(*) FROM usage_events")).isEqualTo(3);
  }

  @Test
  void sniffWantsResourceSpansInAJsonFile() {
    OtlpJsonImporter importer = new OtlpJsonImporter();
    byte[] otlp = "{\"resourceSpans\":[{\"scopeSpans\":[]}]}".getBytes(StandardCharsets.UTF_8);
    assertThat(importer.sniff(FileSample.of(Path.of("t.json"), otlp))).isEqualTo(90);
    assertThat(importer.sniff(FileSample.of(Path.of("t.jsonl"), otlp))).isEqualTo(90);
    assertThat(importer.sniff(FileSample.of(Path.of("t.csv"), otlp))).isZero();
    assertThat(
            importer.sniff(
                FileSample.of(Path.of("t.json"), "{\"data\":[]}".getBytes(StandardCharsets.UTF_8))))
        .isZero();
  }

  /** Every span's attributes (resource ones first, the span's own over them) as text. */
  private static List<Map<String, String>> spans(JsonNode document) {
    List<Map<String, String>> spans = new ArrayList<>();
    for (JsonNode resource : document.get("resourceSpans")) {
      Map<String, String> resourceAttributes = attributes(resource.at("/resource/attributes"));
      for (JsonNode scope : resource.get("scopeSpans")) {
        for (JsonNode span : scope.get("spans")) {
          Map<String, String> all = new HashMap<>(resourceAttributes);
          all.putAll(attributes(span.get("attributes")));
          spans.add(all);
        }
      }
    }
    return spans;
  }

  private static Map<String, String> attributes(JsonNode list) {
    Map<String, String> map = new HashMap<>();
    if (list != null) {
      for (JsonNode attribute : list) {
        JsonNode value = attribute.get("value");
        JsonNode scalar =
            value.has("stringValue")
                ? value.get("stringValue")
                : value.has("intValue") ? value.get("intValue") : value.get("doubleValue");
        if (scalar != null) {
          map.put(attribute.get("key").asText(), scalar.asText());
        }
      }
    }
    return map;
  }

  private record Expected(
      long calls,
      long uncached,
      long cacheRead,
      long cacheWrite,
      long text,
      long reasoning,
      BigDecimal cost) {}

  /**
   * The buckets as DOMAIN.md 1.2 defines them for OTel: the input total includes cache reads and
   * writes, the output total includes reasoning, unless the parts exceed the total.
   */
  private static Expected expected(List<Map<String, String>> spans) {
    long calls = 0;
    long uncached = 0;
    long cacheRead = 0;
    long cacheWrite = 0;
    long text = 0;
    long reasoning = 0;
    BigDecimal cost = BigDecimal.ZERO;
    for (Map<String, String> span : spans) {
      String model = first(span, "gen_ai.response.model", "gen_ai.request.model", "llm.model_name");
      if (model == null) {
        continue;
      }
      calls++;
      long input =
          count(first(span, "gen_ai.usage.input_tokens", "gen_ai.usage.prompt_tokens"))
              + count(span.get("llm.token_count.prompt"));
      long output =
          count(first(span, "gen_ai.usage.output_tokens", "gen_ai.usage.completion_tokens"));
      long read =
          count(
              first(
                  span,
                  "gen_ai.usage.cache_read.input_tokens",
                  "gen_ai.usage.cache_read_input_tokens"));
      long write = count(span.get("gen_ai.usage.cache_creation_input_tokens"));
      long thinking = count(span.get("gen_ai.usage.reasoning.output_tokens"));
      uncached += read + write <= input ? input - read - write : input;
      cacheRead += read;
      cacheWrite += write;
      text += thinking <= output ? output - thinking : output;
      reasoning += thinking;
      String spanCost = first(span, "gen_ai.usage.cost", "llm.cost.total");
      if (spanCost != null) {
        cost = cost.add(new BigDecimal(spanCost));
      }
    }
    return new Expected(calls, uncached, cacheRead, cacheWrite, text, reasoning, cost);
  }

  private static String first(Map<String, String> span, String... keys) {
    for (String key : keys) {
      if (span.containsKey(key)) {
        return span.get(key);
      }
    }
    return null;
  }

  private static long count(String text) {
    return text == null ? 0 : Long.parseLong(text);
  }
}
