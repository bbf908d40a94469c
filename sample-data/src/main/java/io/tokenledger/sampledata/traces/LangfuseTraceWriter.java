package io.tokenledger.sampledata.traces;

import com.fasterxml.jackson.core.JsonGenerator;
import io.tokenledger.sampledata.DemoFormats;
import io.tokenledger.sampledata.GeneratedFile;
import io.tokenledger.sampledata.company.Company;
import io.tokenledger.sampledata.company.DaySink;
import io.tokenledger.sampledata.company.Invocation;
import io.tokenledger.sampledata.company.ModelSpec;
import io.tokenledger.sampledata.company.Rng;
import io.tokenledger.sampledata.company.Span;
import io.tokenledger.sampledata.company.Task;
import io.tokenledger.sampledata.company.TokenBucket;
import io.tokenledger.sampledata.company.TokenUsage;
import io.tokenledger.sampledata.files.JsonFiles;
import io.tokenledger.sampledata.files.MonthlyFiles;
import io.tokenledger.sampledata.files.Times;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * The code-review team's Langfuse traces, one trace per line in the shape of Langfuse's trace API
 * ({@code shared/realdata/traces/langfuse}): {@code {"trace": {..., "observations": [...]},
 * "observations": [...]}}, with every observation appearing twice (inside the trace and at the top
 * level), as in the real exports. Usage and cost details use Langfuse's keys and float costs; input
 * and output were not captured (the team turned payload capture off).
 */
public final class LangfuseTraceWriter implements DaySink {

  /** The team samples its traces to stay inside its Langfuse plan. */
  public static final double SAMPLE_RATE = 0.3;

  private final String projectId;
  private final MonthlyFiles<JsonGenerator> files;
  private JsonGenerator json;

  public LangfuseTraceWriter(Path outDir, Company company) {
    Path dir = outDir.resolve("traces").resolve("langfuse");
    this.files =
        new MonthlyFiles<>(
            DemoFormats.LANGFUSE_TRACES,
            month -> dir.resolve("langfuse_traces_" + month + ".jsonl"),
            JsonFiles::lines);
    this.projectId =
        "cm"
            + Rng.of(company.seed(), Rng.key("langfuse-project"))
                .base62(23)
                .toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * Whether the task was sent to Langfuse. The heavy client's premium reviewer runs in its own
   * deployment, which was never wired to Langfuse.
   */
  public static boolean traces(Task task) {
    return task.feature().tracedByLangfuse()
        && !task.client().name().equals(Company.HEAVY_CLIENT)
        && sampled(task.traceId());
  }

  /** The SDK's head sampling ({@code LANGFUSE_SAMPLE_RATE}) keeps a share of the trace ids. */
  static boolean sampled(String traceId) {
    return Long.parseLong(traceId.substring(0, 8), 16) < SAMPLE_RATE * 0x1_0000_0000L;
  }

  @Override
  public void day(LocalDate day, List<Task> tasks) throws IOException {
    json = files.of(day);
    for (Task task : tasks) {
      if (traces(task)) {
        write(task);
        files.counted(1);
      }
    }
  }

  private void write(Task task) throws IOException {
    Span root = task.root();
    long ingested = root.endMicros() + 2_300_000L;
    json.writeStartObject();
    json.writeObjectFieldStart("trace");
    json.writeStringField("id", task.traceId());
    json.writeStringField("projectId", projectId);
    json.writeStringField("name", task.feature().id());
    json.writeStringField("timestamp", Times.isoMillisZ(root.startMicros()));
    json.writeStringField("environment", env(task));
    json.writeArrayFieldStart("tags");
    json.writeString("tenant:" + task.client().id());
    json.writeString(
        "repo:"
            + task.sessionId()
                .substring(task.sessionId().indexOf('/') + 1, task.sessionId().indexOf('#')));
    json.writeEndArray();
    json.writeBooleanField("bookmarked", false);
    json.writeStringField("release", "code-review-agent@2026.5.3");
    json.writeNullField("version");
    json.writeStringField("userId", task.userId());
    json.writeStringField("sessionId", task.sessionId());
    json.writeBooleanField("public", false);
    json.writeNullField("input");
    json.writeNullField("output");
    json.writeStringField("createdAt", Times.isoMillisZ(ingested));
    json.writeStringField("updatedAt", Times.isoMillisZ(ingested + 1_100_000L));
    json.writeStringField(
        "metadata",
        "{\"tenant_id\":\""
            + task.client().id()
            + "\",\"pull_request\":\""
            + task.sessionId()
            + "\"}");
    json.writeArrayFieldStart("scores");
    json.writeEndArray();
    json.writeArrayFieldStart("corrections");
    json.writeEndArray();
    json.writeNumberField("latency", seconds(root.endMicros() - root.startMicros()));
    json.writeArrayFieldStart("observations");
    writeObservations(task, ingested);
    json.writeEndArray();
    json.writeEndObject();
    json.writeArrayFieldStart("observations");
    writeObservations(task, ingested);
    json.writeEndArray();
    json.writeEndObject();
    JsonFiles.newLine(json);
  }

  private static String env(Task task) {
    return task.client().internal() ? "staging" : "production";
  }

  private void writeObservations(Task task, long ingested) throws IOException {
    for (Span span : task.spans()) {
      Invocation call = span.invocation();
      json.writeStartObject();
      json.writeStringField("id", span.spanId());
      json.writeStringField("traceId", task.traceId());
      json.writeStringField("startTime", Times.isoMillisZ(span.startMicros()));
      json.writeStringField("endTime", Times.isoMillisZ(span.endMicros()));
      json.writeStringField("projectId", projectId);
      json.writeStringField("parentObservationId", span.parentId());
      json.writeStringField("type", span.kind().name());
      json.writeStringField("environment", env(task));
      json.writeStringField("name", call == null ? span.name() : "anthropic.messages.create");
      boolean failed = call != null && call.failed();
      json.writeStringField("level", failed ? "ERROR" : "DEFAULT");
      json.writeStringField("statusMessage", failed ? "overloaded_error: Overloaded" : null);
      json.writeNullField("version");
      json.writeStringField("createdAt", Times.isoMillisZ(ingested));
      json.writeStringField("updatedAt", Times.isoMillisZ(ingested));
      json.writeNullField("input");
      json.writeNullField("output");
      ModelSpec model = call == null ? null : call.model();
      json.writeStringField("model", model == null ? null : model.id());
      json.writeStringField("internalModelId", model == null ? null : model.langfuseModelId());
      json.writeObjectFieldStart("modelParameters");
      if (model != null) {
        json.writeStringField("max_tokens", "16000");
        json.writeStringField("temperature", "0");
      }
      json.writeEndObject();
      json.writeNullField("completionStartTime");
      json.writeNullField("promptId");
      json.writeNullField("promptName");
      json.writeNullField("promptVersion");
      json.writeNumberField("latency", seconds(span.endMicros() - span.startMicros()));
      json.writeNullField("timeToFirstToken");
      writeUsageAndCost(call);
      json.writeNullField("usagePricingTierId");
      json.writeNullField("usagePricingTierName");
      json.writeObjectFieldStart("toolDefinitions");
      json.writeEndObject();
      json.writeArrayFieldStart("toolCalls");
      json.writeEndArray();
      json.writeArrayFieldStart("toolCallNames");
      json.writeEndArray();
      json.writeStringField(
          "metadata",
          "{\"resourceAttributes\":{\"service.name\":\""
              + task.feature().id()
              + "\"},\"scope\":{\"name\":\"langfuse-sdk\",\"version\":\"3.6.2\"}}");
      json.writeEndObject();
    }
  }

  private void writeUsageAndCost(Invocation call) throws IOException {
    if (call == null || call.failed()) {
      json.writeObjectFieldStart("usageDetails");
      json.writeEndObject();
      json.writeObjectFieldStart("costDetails");
      json.writeEndObject();
      json.writeObjectFieldStart("providedCostDetails");
      json.writeEndObject();
      json.writeNullField("inputCost");
      json.writeNullField("outputCost");
      json.writeNumberField("totalCost", 0);
      json.writeNumberField("inputUsage", 0);
      json.writeNumberField("outputUsage", 0);
      json.writeNumberField("totalUsage", 0);
      return;
    }
    TokenUsage u = call.usage();
    ModelSpec model = call.model();
    json.writeObjectFieldStart("usageDetails");
    json.writeNumberField("input", u.inUncached());
    if (u.inCacheRead() > 0) {
      json.writeNumberField("input_cache_read", u.inCacheRead());
    }
    if (u.inCacheWrite5m() > 0) {
      json.writeNumberField("input_cache_creation_5m", u.inCacheWrite5m());
    }
    if (u.inCacheWrite1h() > 0) {
      json.writeNumberField("input_cache_creation_1h", u.inCacheWrite1h());
    }
    json.writeNumberField("output", u.outputTokens());
    json.writeNumberField("total", u.totalTokens());
    json.writeEndObject();
    // Langfuse computes costs in floating point: the total is a float sum, noise included.
    double input = cost(model, TokenBucket.IN_UNCACHED, u.inUncached());
    double read = cost(model, TokenBucket.IN_CACHE_READ, u.inCacheRead());
    double write5m = cost(model, TokenBucket.IN_CACHE_WRITE_5M, u.inCacheWrite5m());
    double write1h = cost(model, TokenBucket.IN_CACHE_WRITE_1H, u.inCacheWrite1h());
    double output = cost(model, TokenBucket.OUT_TEXT, u.outputTokens());
    json.writeObjectFieldStart("costDetails");
    json.writeNumberField("input", input);
    if (u.inCacheRead() > 0) {
      json.writeNumberField("input_cache_read", read);
    }
    if (u.inCacheWrite5m() > 0) {
      json.writeNumberField("input_cache_creation_5m", write5m);
    }
    if (u.inCacheWrite1h() > 0) {
      json.writeNumberField("input_cache_creation_1h", write1h);
    }
    json.writeNumberField("output", output);
    double inputCost = input + read + write5m + write1h;
    json.writeNumberField("total", inputCost + output);
    json.writeEndObject();
    json.writeObjectFieldStart("providedCostDetails");
    json.writeEndObject();
    json.writeNumberField("inputCost", inputCost);
    json.writeNumberField("outputCost", output);
    json.writeNumberField("totalCost", inputCost + output);
    json.writeNumberField("inputUsage", u.inputTokens());
    json.writeNumberField("outputUsage", u.outputTokens());
    json.writeNumberField("totalUsage", u.totalTokens());
  }

  private static double cost(ModelSpec model, TokenBucket bucket, long tokens) {
    return model.prices().of(bucket).multiply(BigDecimal.valueOf(tokens)).doubleValue();
  }

  private static double seconds(long micros) {
    return Math.round(micros / 1000.0) / 1000.0;
  }

  @Override
  public List<GeneratedFile> finish() throws IOException {
    return files.finish();
  }
}
