package io.tokenledger.sampledata.company;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds one task's trace tree on a running clock: each step starts when the previous one ended, as
 * an agent's sequential loop does. Model calls fail now and then (nothing billed) and are retried
 * after a back-off, as client SDKs do.
 */
final class TaskBuilder {

  private static final double FAILURE_RATE = 0.004;

  private final Company company;
  private final Rng rng;
  private final Client client;
  private final Feature feature;
  private final String traceId;
  private final String rootId;
  private final long start;
  private final List<Span> spans = new ArrayList<>();
  private long clock;

  TaskBuilder(Company company, Rng rng, Client client, Feature feature, long startMicros) {
    this.company = company;
    this.rng = rng;
    this.client = client;
    this.feature = feature;
    this.traceId = rng.hex(32);
    this.rootId = rng.hex(16);
    this.start = startMicros;
    this.clock = startMicros + rng.between(2_000, 40_000);
  }

  String rootId() {
    return rootId;
  }

  long clock() {
    return clock;
  }

  void pause(long millis) {
    clock += millis * 1000;
  }

  /** A child span that is not a model call (retrieval, tool); returns its id. */
  String step(String parentId, SpanKind kind, String name, long millis, long gpuMillis) {
    String id = rng.hex(16);
    long end = clock + millis * 1000;
    spans.add(new Span(id, parentId, kind, name, clock, end, null, gpuMillis));
    clock = end + rng.between(200, 3_000);
    return id;
  }

  /** A model call, preceded by a failed attempt now and then. */
  Invocation call(String parentId, ModelSpec model, TokenUsage usage) {
    if (rng.chance(FAILURE_RATE)) {
      invoke(parentId, model, TokenUsage.NONE, true);
      pause(rng.between(500, 2_500));
    }
    return invoke(parentId, model, usage, false);
  }

  private Invocation invoke(String parentId, ModelSpec model, TokenUsage usage, boolean failed) {
    long latency = failed ? rng.between(150, 1_500) : StrictMath.round(latencyMillis(model, usage));
    BigDecimal cost =
        failed || model.prices() == null ? BigDecimal.ZERO : model.prices().cost(usage);
    long gpuMillis = model.provider() == Provider.SELF_HOSTED ? latency : 0;
    Invocation invocation =
        new Invocation(
            requestId(model.provider()),
            model,
            ServiceTier.STANDARD,
            "chat",
            usage,
            failed,
            clock,
            latency,
            company.credential(feature, model, client),
            cost,
            gpuMillis);
    String id = rng.hex(16);
    spans.add(
        new Span(
            id,
            parentId,
            SpanKind.GENERATION,
            "chat " + model.requestName(),
            clock,
            invocation.endMicros(),
            invocation,
            gpuMillis));
    clock = invocation.endMicros() + rng.between(1_000, 60_000);
    return invocation;
  }

  private double latencyMillis(ModelSpec model, TokenUsage usage) {
    double tokensPerSecond =
        switch (model.requestName()) {
          case "gpt-5.4" -> 75;
          case "gpt-5.4-mini" -> 140;
          case "claude-opus-4-6" -> 45;
          case "gemini-2.5-flash" -> 190;
          case "gemini-2.5-pro" -> 85;
          case "meta-llama/Llama-3.1-8B-Instruct" -> 48;
          default -> model.requestName().contains("haiku") ? 160 : 65;
        };
    double prefill = usage.inputTokens() / 30.0;
    double decode = usage.outputTokens() * 1000.0 / tokensPerSecond;
    return (280 + prefill + decode) * rng.uniform(0.85, 1.25);
  }

  private String requestId(Provider provider) {
    return switch (provider) {
      case OPENAI -> "chatcmpl-" + rng.base62(29);
      case ANTHROPIC -> "msg_01" + rng.base62(22);
      case BEDROCK -> "msg_bdrk_01" + rng.base62(22);
      case VERTEX -> rng.base62(23);
      case SELF_HOSTED -> "chatcmpl-" + rng.hex(32);
    };
  }

  /** Closes the root span after the last step and returns the task. */
  Task finish(String userId, String sessionId) {
    long end = clock + rng.between(1_000, 30_000);
    List<Span> all = new ArrayList<>(spans.size() + 1);
    all.add(new Span(rootId, null, SpanKind.AGENT, feature.id(), start, end, null, 0));
    all.addAll(spans);
    return new Task(traceId, client, feature, userId, sessionId, List.copyOf(all));
  }
}
