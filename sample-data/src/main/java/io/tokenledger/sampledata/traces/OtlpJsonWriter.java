package io.tokenledger.sampledata.traces;

import com.fasterxml.jackson.core.JsonGenerator;
import io.tokenledger.sampledata.DemoFormats;
import io.tokenledger.sampledata.GeneratedFile;
import io.tokenledger.sampledata.company.Company;
import io.tokenledger.sampledata.company.DaySink;
import io.tokenledger.sampledata.company.Feature;
import io.tokenledger.sampledata.company.Invocation;
import io.tokenledger.sampledata.company.ModelSpec;
import io.tokenledger.sampledata.company.Provider;
import io.tokenledger.sampledata.company.Span;
import io.tokenledger.sampledata.company.SpanKind;
import io.tokenledger.sampledata.company.Task;
import io.tokenledger.sampledata.company.TokenUsage;
import io.tokenledger.sampledata.files.JsonFiles;
import io.tokenledger.sampledata.files.MonthlyFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * OpenTelemetry GenAI spans of the instrumented services (chat assistant, RAG search, document
 * summarizer) as the collector's file exporter writes them: OTLP/JSON, one {@code
 * ExportTraceServiceRequest} per line, one file per month. Ids are lower-case hex, times are
 * nanoseconds in strings, {@code intValue} is a string. The summarizer still runs an older
 * instrumentation with the deprecated attribute names ({@code gen_ai.system}, {@code
 * gen_ai.usage.prompt_tokens}). Nothing was exported on the day the collector was down.
 */
public final class OtlpJsonWriter implements DaySink {

  /** Traces per exported batch (per line). */
  static final int BATCH = 40;

  private final MonthlyFiles<JsonGenerator> files;
  private JsonGenerator json;

  public OtlpJsonWriter(Path outDir) {
    Path dir = outDir.resolve("traces").resolve("otel");
    this.files =
        new MonthlyFiles<>(
            DemoFormats.OTEL_OTLP_JSON,
            month -> dir.resolve("otlp_traces_" + month + ".jsonl"),
            JsonFiles::lines);
  }

  /** Whether the task's spans reached the collector. */
  public static boolean exports(Task task, LocalDate day) {
    return task.feature().tracedByOtel() && !day.equals(Company.OTEL_OUTAGE);
  }

  @Override
  public void day(LocalDate day, List<Task> tasks) throws IOException {
    json = files.of(day);
    Map<String, List<Task>> batches = new TreeMap<>();
    for (Task task : tasks) {
      if (exports(task, day)) {
        String service = task.feature().id() + "|" + task.client().env();
        List<Task> batch = batches.computeIfAbsent(service, k -> new ArrayList<>());
        batch.add(task);
        if (batch.size() == BATCH) {
          writeBatch(batch);
          batch.clear();
        }
      }
    }
    for (List<Task> batch : batches.values()) {
      if (!batch.isEmpty()) {
        writeBatch(batch);
      }
    }
  }

  private void writeBatch(List<Task> batch) throws IOException {
    Task first = batch.get(0);
    Map<String, List<SpanOf>> scopes = new TreeMap<>();
    for (Task task : batch) {
      for (Span span : task.spans()) {
        scopes
            .computeIfAbsent(scope(task, span), k -> new ArrayList<>())
            .add(new SpanOf(task, span));
      }
    }
    json.writeStartObject();
    json.writeArrayFieldStart("resourceSpans");
    json.writeStartObject();
    json.writeObjectFieldStart("resource");
    json.writeArrayFieldStart("attributes");
    string("service.name", first.feature().id());
    string("service.version", "2026.5.3");
    string("deployment.environment.name", first.client().env());
    string("telemetry.sdk.name", "opentelemetry");
    string("telemetry.sdk.language", "python");
    string("telemetry.sdk.version", "1.37.0");
    json.writeEndArray();
    json.writeEndObject();
    json.writeArrayFieldStart("scopeSpans");
    for (Map.Entry<String, List<SpanOf>> scope : scopes.entrySet()) {
      String[] nameVersion = scope.getKey().split(" ");
      json.writeStartObject();
      json.writeObjectFieldStart("scope");
      json.writeStringField("name", nameVersion[0]);
      json.writeStringField("version", nameVersion[1]);
      json.writeEndObject();
      json.writeArrayFieldStart("spans");
      for (SpanOf item : scope.getValue()) {
        writeSpan(item.task, item.span);
        files.counted(1);
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
    json.writeEndArray();
    json.writeEndObject();
    JsonFiles.newLine(json);
  }

  private record SpanOf(Task task, Span span) {}

  private static String scope(Task task, Span span) {
    if (span.invocation() == null) {
      return "lumora.copilot.agents 2026.5.3";
    }
    boolean legacy = task.feature() == Feature.DOC_SUMMARIZER;
    return switch (span.invocation().model().provider()) {
      case OPENAI -> "opentelemetry.instrumentation.openai_v2 2.1b0";
      case ANTHROPIC ->
          legacy
              ? "opentelemetry.instrumentation.anthropic 0.33.9"
              : "opentelemetry.instrumentation.anthropic 0.47.3";
      case BEDROCK -> "opentelemetry.instrumentation.botocore 0.58b0";
      case VERTEX ->
          legacy
              ? "opentelemetry.instrumentation.vertexai 0.33.9"
              : "opentelemetry.instrumentation.vertexai 2.0b0";
      case SELF_HOSTED -> "opentelemetry.instrumentation.openai_v2 2.1b0";
    };
  }

  private void writeSpan(Task task, Span span) throws IOException {
    json.writeStartObject();
    json.writeStringField("traceId", task.traceId());
    json.writeStringField("spanId", span.spanId());
    if (span.parentId() != null) {
      json.writeStringField("parentSpanId", span.parentId());
    }
    Invocation call = span.invocation();
    json.writeStringField("name", name(task, span));
    json.writeNumberField(
        "kind", span.kind() == SpanKind.GENERATION || span.kind() == SpanKind.RETRIEVER ? 3 : 1);
    json.writeStringField(
        "startTimeUnixNano", Long.toString(span.startMicros() * 1000 + nanos(span.spanId())));
    json.writeStringField(
        "endTimeUnixNano", Long.toString(span.endMicros() * 1000 + nanos(span.spanId()) / 3));
    json.writeArrayFieldStart("attributes");
    switch (span.kind()) {
      case AGENT -> {
        string("gen_ai.operation.name", "invoke_agent");
        string("gen_ai.agent.name", task.feature().id());
        string("gen_ai.conversation.id", task.sessionId());
        string("tenant.id", task.client().id());
        string("enduser.id", task.userId());
      }
      case RETRIEVER -> {
        string("db.system.name", "qdrant");
        string("db.operation.name", "search");
      }
      case TOOL -> {
        string("gen_ai.operation.name", "execute_tool");
        string("gen_ai.tool.name", span.name());
      }
      case GENERATION -> generationAttributes(task, call);
    }
    json.writeEndArray();
    json.writeObjectFieldStart("status");
    if (call != null && call.failed()) {
      json.writeNumberField("code", 2);
      json.writeStringField(
          "message", errorType(call.model()) + ": the provider returned an error");
    }
    json.writeEndObject();
    json.writeEndObject();
  }

  /** Sub-microsecond digits, so nanosecond strings do not all end in 000. */
  private static long nanos(String spanId) {
    return Long.parseLong(spanId.substring(0, 3), 16) % 1000;
  }

  private static String name(Task task, Span span) {
    return switch (span.kind()) {
      case AGENT -> "invoke_agent " + task.feature().id();
      case RETRIEVER -> "search " + task.client().id() + "-kb";
      case TOOL -> "execute_tool " + span.name();
      case GENERATION -> "chat " + span.invocation().model().requestName();
    };
  }

  private void generationAttributes(Task task, Invocation call) throws IOException {
    ModelSpec model = call.model();
    boolean legacy = task.feature() == Feature.DOC_SUMMARIZER;
    string("gen_ai.operation.name", "chat");
    if (legacy) {
      string("gen_ai.system", model.provider() == Provider.VERTEX ? "vertex_ai" : "anthropic");
    } else {
      string("gen_ai.provider.name", model.provider().otelName());
    }
    string("gen_ai.request.model", model.requestName());
    string("tenant.id", task.client().id());
    if (call.failed()) {
      string("error.type", errorType(model));
      return;
    }
    string("gen_ai.response.model", model.id());
    string("gen_ai.response.id", call.requestId());
    json.writeStartObject();
    json.writeStringField("key", "gen_ai.response.finish_reasons");
    json.writeObjectFieldStart("value");
    json.writeObjectFieldStart("arrayValue");
    json.writeArrayFieldStart("values");
    json.writeStartObject();
    json.writeStringField("stringValue", model.provider() == Provider.OPENAI ? "stop" : "end_turn");
    json.writeEndObject();
    json.writeEndArray();
    json.writeEndObject();
    json.writeEndObject();
    json.writeEndObject();
    TokenUsage usage = call.usage();
    if (legacy) {
      integer("gen_ai.usage.prompt_tokens", usage.inputTokens());
      integer("gen_ai.usage.completion_tokens", usage.outputTokens());
      return;
    }
    integer("gen_ai.usage.input_tokens", usage.inputTokens());
    integer("gen_ai.usage.output_tokens", usage.outputTokens());
    if (usage.inCacheRead() > 0) {
      integer("gen_ai.usage.cache_read.input_tokens", usage.inCacheRead());
    }
    if (usage.cacheWriteTokens() > 0) {
      integer("gen_ai.usage.cache_creation.input_tokens", usage.cacheWriteTokens());
    }
    if (usage.outReasoning() > 0) {
      integer("gen_ai.usage.reasoning.output_tokens", usage.outReasoning());
    }
    if (model.provider() == Provider.OPENAI) {
      string("openai.response.service_tier", "default");
    }
  }

  private static String errorType(ModelSpec model) {
    return switch (model.provider()) {
      case ANTHROPIC, BEDROCK -> "overloaded_error";
      case OPENAI -> "rate_limit_exceeded";
      default -> "503";
    };
  }

  private void string(String key, String value) throws IOException {
    json.writeStartObject();
    json.writeStringField("key", key);
    json.writeObjectFieldStart("value");
    json.writeStringField("stringValue", value);
    json.writeEndObject();
    json.writeEndObject();
  }

  private void integer(String key, long value) throws IOException {
    json.writeStartObject();
    json.writeStringField("key", key);
    json.writeObjectFieldStart("value");
    json.writeStringField("intValue", Long.toString(value));
    json.writeEndObject();
    json.writeEndObject();
  }

  @Override
  public List<GeneratedFile> finish() throws IOException {
    return files.finish();
  }
}
