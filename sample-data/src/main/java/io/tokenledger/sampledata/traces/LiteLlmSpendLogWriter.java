package io.tokenledger.sampledata.traces;

import io.tokenledger.sampledata.DemoFormats;
import io.tokenledger.sampledata.GeneratedFile;
import io.tokenledger.sampledata.company.Call;
import io.tokenledger.sampledata.company.Company;
import io.tokenledger.sampledata.company.DaySink;
import io.tokenledger.sampledata.company.Feature;
import io.tokenledger.sampledata.company.Invocation;
import io.tokenledger.sampledata.company.ModelSpec;
import io.tokenledger.sampledata.company.Provider;
import io.tokenledger.sampledata.company.Rng;
import io.tokenledger.sampledata.company.Task;
import io.tokenledger.sampledata.company.TokenBucket;
import io.tokenledger.sampledata.company.TokenUsage;
import io.tokenledger.sampledata.files.CsvFile;
import io.tokenledger.sampledata.files.Money;
import io.tokenledger.sampledata.files.MonthlyFiles;
import io.tokenledger.sampledata.files.Times;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The LiteLLM proxy's {@code LiteLLM_SpendLogs} table, exported from Postgres as CSV, one file per
 * month. It sees only the calls that go through the gateway (not the voice notes on vLLM, not the
 * summarizer's direct Gemini Pro calls) and nothing on the days its log database was full. Its
 * {@code spend} is LiteLLM's own estimate, which differs from the invoices for named reasons: an
 * unknown model costs 0.0, every cache write is priced at the 5-minute rate, and Gemini's thinking
 * tokens are missing from {@code completion_tokens}.
 */
public final class LiteLlmSpendLogWriter implements DaySink {

  static final List<String> HEADER =
      List.of(
          "request_id",
          "call_type",
          "api_key",
          "spend",
          "total_tokens",
          "prompt_tokens",
          "completion_tokens",
          "startTime",
          "endTime",
          "completionStartTime",
          "model",
          "model_id",
          "model_group",
          "custom_llm_provider",
          "api_base",
          "user",
          "metadata",
          "cache_hit",
          "cache_key",
          "request_tags",
          "team_id",
          "organization_id",
          "end_user",
          "requester_ip_address",
          "session_id",
          "status");

  private final Company company;
  private final MonthlyFiles<CsvFile> files;
  private final String organizationId;
  private final Map<String, String> deploymentIds = new HashMap<>();
  private final Map<String, String> keyHashes = new HashMap<>();
  private CsvFile csv;

  public LiteLlmSpendLogWriter(Path outDir, Company company) {
    this.company = company;
    Path dir = outDir.resolve("traces").resolve("litellm");
    this.files =
        new MonthlyFiles<>(
            DemoFormats.LITELLM_SPEND_LOGS,
            month -> dir.resolve("LiteLLM_SpendLogs_" + month + ".csv"),
            path -> CsvFile.create(path, HEADER));
    this.organizationId = Rng.of(company.seed(), Rng.key("litellm-org")).uuid();
  }

  /** Whether the gateway logged this call. */
  public static boolean logs(Task task, Invocation call, LocalDate day) {
    return task.feature().usesGateway()
        && call.model().provider() != Provider.SELF_HOSTED
        && !(task.feature() == Feature.DOC_SUMMARIZER && call.model().provider() == Provider.VERTEX)
        && !Company.GATEWAY_LOG_OUTAGE.contains(day);
  }

  /** Tokens LiteLLM counts as completion: Gemini's thinking tokens are not among them. */
  public static long completionTokens(Invocation call) {
    TokenUsage usage = call.usage();
    return call.model().provider() == Provider.VERTEX ? usage.outText() : usage.outputTokens();
  }

  /** LiteLLM's spend estimate for a call. */
  public static BigDecimal spend(Invocation call) {
    ModelSpec model = call.model();
    if (call.failed() || !model.inCatalogs() || model.prices() == null) {
      return BigDecimal.ZERO;
    }
    TokenUsage usage = call.usage();
    return model
        .prices()
        .of(TokenBucket.IN_UNCACHED)
        .multiply(BigDecimal.valueOf(usage.inUncached()))
        .add(
            model
                .prices()
                .of(TokenBucket.IN_CACHE_READ)
                .multiply(BigDecimal.valueOf(usage.inCacheRead())))
        .add(
            model
                .prices()
                .of(TokenBucket.IN_CACHE_WRITE_5M)
                .multiply(BigDecimal.valueOf(usage.cacheWriteTokens())))
        .add(
            model
                .prices()
                .of(TokenBucket.OUT_TEXT)
                .multiply(BigDecimal.valueOf(completionTokens(call))));
  }

  @Override
  public void day(LocalDate day, List<Task> tasks) throws IOException {
    csv = files.of(day);
    for (Call call : Call.of(tasks)) {
      Invocation inv = call.invocation();
      if (logs(call.task(), inv, day)) {
        write(call.task(), inv);
      }
    }
  }

  private void write(Task task, Invocation inv) throws IOException {
    TokenUsage usage = inv.usage();
    long completion = completionTokens(inv);
    ModelSpec model = inv.model();
    // Cheap per-row variation (first-token time, caller address) from the request id's hash.
    long hash = Rng.key(inv.requestId());
    csv.raw(inv.requestId())
        .raw("acompletion")
        .raw(virtualKeyHash(task))
        .raw(Money.plain(spend(inv)))
        .number(usage.inputTokens() + completion)
        .number(usage.inputTokens())
        .number(completion);
    Times.sqlMillis(csv.field(), inv.startMicros());
    Times.sqlMillis(csv.field(), inv.endMicros());
    if (inv.failed()) {
      csv.empty();
    } else {
      long firstToken = Math.min(inv.latencyMillis(), 300 + Math.floorMod(hash, 900L));
      Times.sqlMillis(csv.field(), inv.startMicros() + firstToken * 1000);
    }
    csv.text(model.liteLlmModel())
        .raw(
            deploymentIds.computeIfAbsent(
                model.id(), id -> Rng.of(0, Rng.key("deployment" + id)).hex(64)))
        .text(modelGroup(task.feature(), model))
        .raw(model.liteLlmProvider())
        .text(apiBase(model))
        .raw("default_user_id")
        .text(metadata(task, inv))
        .raw("False")
        .raw("Cache OFF")
        .text("[\"feature:" + task.feature().id() + "\",\"env:" + task.client().env() + "\"]")
        .raw(company.liteLlmTeamId(task.feature()))
        .raw(organizationId)
        .raw(task.client().id())
        .raw(
            "10.20."
                + Math.floorMod(hash >>> 20, 16L)
                + "."
                + (2 + Math.floorMod(hash >>> 32, 249L)))
        .text(task.sessionId())
        .raw(inv.failed() ? "failure" : "success");
    csv.endRow();
    files.counted(1);
  }

  private String virtualKeyHash(Task task) {
    return keyHashes.computeIfAbsent(
        task.feature().id() + "/" + task.client().env(),
        k -> Rng.of(company.seed(), Rng.key("litellm-key"), Rng.key(k)).hex(64));
  }

  private static String modelGroup(Feature feature, ModelSpec model) {
    return switch (feature) {
      case CHAT_ASSISTANT ->
          model.provider() == Provider.OPENAI && model.requestName().endsWith("mini")
              ? "chat-planner"
              : "chat-answer";
      case RAG_SEARCH ->
          model.provider() == Provider.VERTEX
              ? "rag-rerank"
              : model.requestName().contains("haiku") ? "rag-rewrite" : "rag-answer";
      case DOC_SUMMARIZER -> "summarize";
      case CODE_REVIEW -> "code-review";
      case TICKET_TRIAGE -> "triage";
      case VOICE_NOTES -> "voice";
    };
  }

  private static String apiBase(ModelSpec model) {
    return switch (model.provider()) {
      case OPENAI -> "https://api.openai.com/v1";
      case ANTHROPIC -> "https://api.anthropic.com/v1/messages";
      case BEDROCK -> "https://bedrock-runtime.us-east-1.amazonaws.com";
      case VERTEX -> "https://us-central1-aiplatform.googleapis.com";
      case SELF_HOSTED -> "http://vllm.internal:8000/v1";
    };
  }

  /**
   * The row's metadata JSON. Built by hand: every value is an id, a slug or a number, none needs
   * escaping, and this runs once per logged call.
   */
  private String metadata(Task task, Invocation inv) {
    TokenUsage u = inv.usage();
    StringBuilder json = new StringBuilder(400);
    json.append("{\"user_api_key_alias\":\"")
        .append(task.feature().id())
        .append('-')
        .append(task.client().env())
        .append("\",\"user_api_key_team_alias\":\"")
        .append(task.feature().team())
        .append("\",\"spend_logs_metadata\":{\"tenant_id\":\"")
        .append(task.client().id())
        .append("\",\"feature\":\"")
        .append(task.feature().id())
        .append("\",\"trace_id\":\"")
        .append(task.traceId())
        .append("\"},\"additional_usage_values\":{");
    switch (inv.model().provider()) {
      case OPENAI ->
          json.append("\"prompt_tokens_details\":{\"cached_tokens\":")
              .append(u.inCacheRead())
              .append("},\"completion_tokens_details\":{\"reasoning_tokens\":")
              .append(u.outReasoning())
              .append('}');
      case ANTHROPIC, BEDROCK ->
          json.append("\"cache_creation_input_tokens\":")
              .append(u.cacheWriteTokens())
              .append(",\"cache_read_input_tokens\":")
              .append(u.inCacheRead());
      default ->
          json.append("\"prompt_tokens_details\":{\"cached_tokens\":")
              .append(u.inCacheRead())
              .append('}');
    }
    return json.append("}}").toString();
  }

  @Override
  public List<GeneratedFile> finish() throws IOException {
    return files.finish();
  }
}
