package io.tokenledger.sampledata.company;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The demo company's request stream, one UTC day at a time: which tasks each client's users (and
 * the nightly job) ran, and how each fanned out into retrievals, tool calls and model calls. The
 * planted patterns live here: the heavy client's premium code reviewer, the summarizer's frontier
 * model on short documents, the RAG answer prompt that defeats the cache, the nightly triage on the
 * real-time API, the runaway agent loop and the canary on an uncatalogued model.
 */
public final class Traffic {

  /** Tasks per weekday per 20 seats (client size 1) at volume factor 1. */
  static final double CHAT_RATE = 1.5;

  static final double RAG_RATE = 1.0;
  static final double DOC_RATE = 1.0;
  static final double REVIEW_RATE = 0.55;
  static final double TRIAGE_RATE = 1.6;
  static final double VOICE_RATE = 2.0;

  /** Premium code reviews per weekday of the heavy client (at client and volume factor 1). */
  static final double HEAVY_REVIEW_RATE = 8.6;

  /** Tokens of the RAG answer prompt's system block: the same text in every request. */
  public static final long RAG_SYSTEM_PROMPT_TOKENS = 7_200;

  /** Share of RAG answer calls whose prompt prefix happened to match a cached one. */
  static final double RAG_CACHE_HIT_RATE = 0.05;

  /** Share of chat answers the canary sends to the uncatalogued model. */
  static final double CANARY_SHARE = 0.15;

  /** Model calls of the runaway agent loop. */
  public static final int LOOP_STEPS = 1_600;

  static final int TRIAGE_HOUR_UTC = 2;

  /** Business-hour profile of interactive use, by local hour. */
  private static final double[] BUSINESS_HOURS = {
    0.05, 0.03, 0.02, 0.02, 0.03, 0.08, 0.25, 0.7, 1.5, 2.2, 2.4, 2.3, 1.8, 2.1, 2.3, 2.2, 1.8, 1.2,
    0.7, 0.45, 0.35, 0.25, 0.15, 0.08
  };

  /** Pull requests come in around the clock, busier in working hours (CI, other time zones). */
  private static final double[] CI_HOURS;

  static {
    CI_HOURS = Arrays.stream(BUSINESS_HOURS).map(w -> 0.3 + 0.8 * w).toArray();
  }

  private static final String[] CHAT_TOOLS = {"crm_lookup", "calendar_search", "web_fetch"};
  private static final String[] REVIEW_TOOLS = {"read_file", "run_linter", "grep_repo"};
  private static final String[] REPOS = {"platform", "web-app", "mobile", "billing", "infra"};

  private static final long MICROS_PER_DAY = 86_400_000_000L;

  /** The heavy client's target share of the priced LLM spend. */
  public static final double HEAVY_SPEND_SHARE = 0.78;

  private final Company company;
  private final long seed;
  private double heavyReviewFactor = 1.0;

  public Traffic(Company company) {
    this.company = company;
    this.seed = company.seed();
    this.heavyReviewFactor = calibrateHeavyReviews();
  }

  /**
   * Scales the heavy client's code reviews so that it burns {@link #HEAVY_SPEND_SHARE} of the
   * priced spend whatever the seed and scale: a pilot pass over every fourth day (and the anomaly
   * day) measures what the other clients spend, and the heavy client's review volume is set to
   * match. The pilot uses the same random streams as the real pass, so it is deterministic.
   */
  private double calibrateHeavyReviews() {
    List<LocalDate> days = company.days();
    int sampled = 0;
    for (int i = 0; i < days.size(); i++) {
      if (i % 4 == 0 && !days.get(i).equals(Company.ANOMALY_DAY)) {
        sampled++;
      }
    }
    boolean anomalyInPeriod = days.contains(Company.ANOMALY_DAY);
    double weight = (days.size() - (anomalyInPeriod ? 1 : 0)) / (double) Math.max(1, sampled);
    double others = 0;
    double heavyReviews = 0;
    double heavyOther = 0;
    for (int i = 0; i < days.size(); i++) {
      LocalDate day = days.get(i);
      boolean anomaly = day.equals(Company.ANOMALY_DAY);
      if (!anomaly && i % 4 != 0) {
        continue;
      }
      double w = anomaly ? 1 : weight;
      for (Task task : day(day)) {
        boolean heavy = task.client().name().equals(Company.HEAVY_CLIENT);
        for (Span span : task.spans()) {
          Invocation call = span.invocation();
          if (call == null || call.catalogCost() == null) {
            continue;
          }
          double cost = call.catalogCost().doubleValue() * w;
          if (!heavy) {
            others += cost;
          } else if (task.feature() == Feature.CODE_REVIEW) {
            heavyReviews += cost;
          } else {
            heavyOther += cost;
          }
        }
      }
    }
    if (heavyReviews <= 0) {
      return 1.0;
    }
    double target = others * HEAVY_SPEND_SHARE / (1 - HEAVY_SPEND_SHARE) - heavyOther;
    return Math.max(0.2, Math.min(5.0, target / heavyReviews));
  }

  /** Every task that started on {@code day} (UTC), sorted by start time. */
  public List<Task> day(LocalDate day) {
    int dayIndex = (int) ChronoUnit.DAYS.between(Company.START, day);
    long dayStart = day.atStartOfDay().toEpochSecond(ZoneOffset.UTC) * 1_000_000L;
    int month =
        (int) ChronoUnit.MONTHS.between(Company.START.withDayOfMonth(1), day.withDayOfMonth(1));
    boolean weekend =
        day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    DayContext ctx = new DayContext(day, dayIndex, dayStart, month, weekend);
    List<Task> tasks = new ArrayList<>();
    for (Client client : company.clients()) {
      double volume =
          company.volumeFactor() * client.size() * (1 + client.growthPerMonth() * month);
      chat(ctx, client, volume, tasks);
      rag(ctx, client, volume, tasks);
      if (client.internal()) {
        continue;
      }
      docs(ctx, client, volume, tasks);
      reviews(ctx, client, volume, tasks);
      voice(ctx, client, volume, tasks);
    }
    triage(ctx, tasks);
    if (day.equals(Company.ANOMALY_DAY)) {
      tasks.add(runawayLoop(ctx, company.client(Company.LOOP_CLIENT)));
    }
    List<Task> fitted = new ArrayList<>(tasks.size());
    for (Task task : tasks) {
      fitted.add(insideDay(task, dayStart + MICROS_PER_DAY));
    }
    fitted.sort(Comparator.comparingLong(Task::startMicros).thenComparing(Task::traceId));
    return fitted;
  }

  private record DayContext(LocalDate day, int index, long start, int month, boolean weekend) {}

  private Rng rng(DayContext ctx, Client client, Feature feature, long extra) {
    return Rng.of(seed, ctx.index, client.index(), feature.ordinal(), extra);
  }

  private long startTime(DayContext ctx, Rng rng, Client client, double[] localHours) {
    int local = rng.weighted(localHours);
    int utcHour = Math.floorMod(local - client.utcOffsetHours(), 24);
    return ctx.start + utcHour * 3_600_000_000L + rng.between(0, 3_600_000_000L - 1);
  }

  private String user(Client client, Rng rng) {
    int seat = rng.index(Math.max(1, client.seats()));
    return "u-" + Rng.of(seed, Rng.key("user"), client.index(), seat).hex(10);
  }

  /** The steps of one task, on its builder and its client-day random stream. */
  @FunctionalInterface
  private interface TaskSteps {
    void run(TaskBuilder task, Rng rng);
  }

  /**
   * Tasks users start in their working hours: a Poisson count per client-day (scaled down on
   * weekends), each built by {@code steps} and filed under a session id with the given prefix.
   */
  private void interactive(
      DayContext ctx,
      Client client,
      Feature feature,
      double rate,
      double weekendFactor,
      String sessionPrefix,
      int sessionLength,
      List<Task> out,
      TaskSteps steps) {
    Rng rng = rng(ctx, client, feature, 0);
    long count = rng.poisson(rate * (ctx.weekend ? weekendFactor : 1.0));
    for (long i = 0; i < count; i++) {
      TaskBuilder task =
          new TaskBuilder(
              company, rng, client, feature, startTime(ctx, rng, client, BUSINESS_HOURS));
      steps.run(task, rng);
      out.add(task.finish(user(client, rng), sessionPrefix + rng.base62(sessionLength)));
    }
  }

  private void chat(DayContext ctx, Client client, double volume, List<Task> out) {
    interactive(
        ctx,
        client,
        Feature.CHAT_ASSISTANT,
        CHAT_RATE * volume,
        0.2,
        "conv_",
        16,
        out,
        (task, rng) -> {
          String root = task.rootId();
          // Planner on the small model; OpenAI caches the system prompt in 128-token steps.
          long plannerIn = rng.tokens(1_500, 0.3, 1_100, 4_000);
          long plannerCached = rng.chance(0.7) ? 1_024 : 0;
          task.call(
              root,
              Models.GPT_5_4_MINI,
              new TokenUsage(
                  plannerIn - plannerCached, plannerCached, 0, 0, rng.tokens(90, 0.5, 12, 600), 0));
          long context = 0;
          if (rng.chance(0.6)) {
            task.step(root, SpanKind.RETRIEVER, "vector_search", rng.between(60, 260), 0);
            context += rng.tokens(2_500, 0.4, 300, 9_000);
          }
          long tools = Math.min(3, rng.poisson(0.8));
          for (int t = 0; t < tools; t++) {
            task.step(
                root,
                SpanKind.TOOL,
                CHAT_TOOLS[rng.index(CHAT_TOOLS.length)],
                rng.between(90, 1_400),
                0);
            context += rng.tokens(700, 0.6, 50, 6_000);
          }
          long history = rng.tokens(14_000, 0.7, 0, 120_000);
          long system = 5_120;
          long answer = rng.tokens(420, 0.5, 20, 4_000);
          boolean canary =
              !client.internal()
                  && !ctx.day.isBefore(Company.CANARY_START)
                  && rng.chance(CANARY_SHARE);
          if (canary) {
            // Anthropic caches only with explicit breakpoints: the system block, 5-minute TTL.
            boolean hit = rng.chance(0.6);
            task.call(
                root,
                Models.CLAUDE_SONNET_4_7,
                new TokenUsage(
                    history + context + 40,
                    hit ? system : 0,
                    hit ? 0 : system,
                    0,
                    answer + rng.tokens(300, 0.6, 0, 3_000),
                    0));
          } else {
            long cached = 0;
            if (rng.chance(0.65)) {
              cached = system + (history * 4 / 5) / 128 * 128;
            }
            long input = system + history + context + 40;
            long reasoning = rng.chance(0.7) ? rng.tokens(350, 0.8, 0, 6_000) : 0;
            task.call(
                root,
                Models.GPT_5_4,
                new TokenUsage(input - cached, cached, 0, 0, answer, reasoning));
          }
        });
  }

  private void rag(DayContext ctx, Client client, double volume, List<Task> out) {
    interactive(
        ctx,
        client,
        Feature.RAG_SEARCH,
        RAG_RATE * volume,
        0.2,
        "search_",
        12,
        out,
        (task, rng) -> {
          String root = task.rootId();
          task.call(
              root,
              Models.BEDROCK_HAIKU_4_5,
              new TokenUsage(
                  rng.tokens(850, 0.15, 500, 2_000), 0, 0, 0, rng.tokens(55, 0.4, 10, 300), 0));
          long searches = 1 + (rng.chance(0.35) ? 1 : 0);
          for (int s = 0; s < searches; s++) {
            task.step(root, SpanKind.RETRIEVER, "vector_search", rng.between(50, 220), 0);
          }
          // The reranking instructions are a 2,048-token prefix Gemini sometimes serves from its
          // cache.
          long rerankIn = rng.tokens(4_500, 0.3, 2_600, 16_000);
          long rerankCached = rng.chance(0.25) ? 2_048 : 0;
          long thoughts = rng.chance(0.85) ? rng.tokens(1_200, 0.6, 0, 8_000) : 0;
          task.call(
              root,
              Models.GEMINI_2_5_FLASH,
              new TokenUsage(
                  rerankIn - rerankCached,
                  rerankCached,
                  0,
                  0,
                  rng.tokens(95, 0.4, 15, 500),
                  thoughts));
          // The answer prompt starts with the current time and the passages, then the long, stable
          // system block marked for caching: the cached prefix almost never matches, so nearly
          // every
          // call pays a cache write and almost none reads.
          long passages = rng.tokens(11_000, 0.4, 1_500, 40_000);
          boolean hit = rng.chance(RAG_CACHE_HIT_RATE);
          task.call(
              root,
              Models.BEDROCK_SONNET_4_6,
              new TokenUsage(
                  passages + rng.between(30, 260),
                  hit ? RAG_SYSTEM_PROMPT_TOKENS : 0,
                  hit ? 0 : RAG_SYSTEM_PROMPT_TOKENS,
                  0,
                  rng.tokens(520, 0.4, 60, 3_000),
                  0));
        });
  }

  private void docs(DayContext ctx, Client client, double volume, List<Task> out) {
    interactive(
        ctx,
        client,
        Feature.DOC_SUMMARIZER,
        DOC_RATE * volume,
        0.15,
        "doc_",
        12,
        out,
        (task, rng) -> {
          String root = task.rootId();
          task.step(root, SpanKind.TOOL, "extract_text", rng.between(80, 900), 0);
          if (rng.chance(0.07)) {
            // Long reports go to Gemini 2.5 Pro, called directly (not through the gateway).
            task.call(
                root,
                Models.GEMINI_2_5_PRO,
                new TokenUsage(
                    rng.tokens(85_000, 0.4, 30_000, 190_000),
                    0,
                    0,
                    0,
                    rng.tokens(1_400, 0.3, 300, 6_000),
                    rng.tokens(1_600, 0.6, 100, 12_000)));
          } else {
            // Short, commodity documents: a frontier model where a small one would do.
            task.call(
                root,
                Models.CLAUDE_OPUS_4_6,
                new TokenUsage(
                    rng.tokens(2_600, 0.45, 400, 9_000),
                    0,
                    0,
                    0,
                    rng.tokens(320, 0.35, 60, 1_200),
                    0));
          }
        });
  }

  private void reviews(DayContext ctx, Client client, double volume, List<Task> out) {
    Rng rng = rng(ctx, client, Feature.CODE_REVIEW, 0);
    boolean heavy = client.name().equals(Company.HEAVY_CLIENT);
    double mean = REVIEW_RATE * volume;
    if (heavy) {
      mean +=
          HEAVY_REVIEW_RATE
              * company.volumeFactor()
              * company.clientFactor()
              * (1 + client.growthPerMonth() * ctx.month);
      mean *= heavyReviewFactor;
    }
    long count = rng.poisson(mean * (ctx.weekend ? 0.3 : 1.0));
    long[] starts = new long[(int) count];
    for (int i = 0; i < count; i++) {
      starts[i] = startTime(ctx, rng, client, CI_HOURS);
    }
    Arrays.sort(starts);
    long repoContext =
        Rng.of(seed, Rng.key("repo"), client.index()).tokens(55_000, 0.35, 12_000, 150_000);
    long lastCacheUse = Long.MIN_VALUE;
    for (long start : starts) {
      TaskBuilder task = new TaskBuilder(company, rng, client, Feature.CODE_REVIEW, start);
      String root = task.rootId();
      task.step(root, SpanKind.RETRIEVER, "repo_search", rng.between(150, 900), 0);
      long steps = heavy ? rng.between(7, 13) : rng.between(2, 7);
      long diff = rng.tokens(7_000, 0.5, 300, 40_000);
      for (int s = 0; s < steps; s++) {
        task.step(
            root,
            SpanKind.TOOL,
            REVIEW_TOOLS[rng.index(REVIEW_TOOLS.length)],
            rng.between(200, 4_000),
            0);
        diff += rng.tokens(800, 0.6, 50, 8_000);
        if (heavy) {
          // The premium reviewer re-reads the monorepo every step: nothing is cached.
          long context = rng.tokens(140_000, 0.12, 90_000, 185_000);
          task.call(
              root,
              Models.CLAUDE_OPUS_4_6,
              new TokenUsage(
                  context + Math.min(diff, 12_000),
                  0,
                  0,
                  0,
                  rng.tokens(2_600, 0.35, 200, 12_000),
                  0));
        } else {
          // The repository context is cached for an hour: written once, then read.
          boolean warm = task.clock() - lastCacheUse < 3_600_000_000L;
          lastCacheUse = task.clock();
          task.call(
              root,
              Models.CLAUDE_SONNET_4_6,
              new TokenUsage(
                  diff,
                  warm ? repoContext : 0,
                  0,
                  warm ? 0 : repoContext,
                  rng.tokens(1_800, 0.5, 80, 10_000),
                  0));
        }
      }
      task.step(root, SpanKind.TOOL, "post_review", rng.between(150, 700), 0);
      String session =
          client.id() + "/" + REPOS[rng.index(REPOS.length)] + "#" + rng.between(1_000, 9_999);
      out.add(task.finish(user(client, rng), session));
    }
  }

  private void voice(DayContext ctx, Client client, double volume, List<Task> out) {
    interactive(
        ctx,
        client,
        Feature.VOICE_NOTES,
        VOICE_RATE * volume,
        0.1,
        "note_",
        12,
        out,
        (task, rng) -> {
          String root = task.rootId();
          // Meeting recordings: whisper on the same GPUs at about 4x real time, then a summary.
          double minutes = Math.max(2, Math.min(120, rng.logNormal(38, 0.5)));
          long transcribe = StrictMath.round(minutes * 60_000 / 4.0 * rng.uniform(0.9, 1.1));
          task.step(root, SpanKind.TOOL, "transcribe whisper-large-v3", transcribe, transcribe);
          long transcript = StrictMath.round(minutes * 190 * rng.uniform(0.8, 1.2));
          task.call(
              root,
              Models.LLAMA_3_1_8B,
              new TokenUsage(transcript + 600, 0, 0, 0, rng.tokens(650, 0.35, 100, 2_500), 0));
        });
  }

  /** The nightly job: every client's tickets of the day before, one real-time call each. */
  private void triage(DayContext ctx, List<Task> out) {
    long clock = ctx.start + TRIAGE_HOUR_UTC * 3_600_000_000L + 5_000_000L;
    for (Client client : company.payingClients()) {
      Rng rng = rng(ctx, client, Feature.TICKET_TRIAGE, 0);
      double volume =
          company.volumeFactor() * client.size() * (1 + client.growthPerMonth() * ctx.month);
      long tickets = rng.poisson(TRIAGE_RATE * volume * (ctx.weekend ? 0.5 : 1.0));
      for (long i = 0; i < tickets; i++) {
        TaskBuilder task = new TaskBuilder(company, rng, client, Feature.TICKET_TRIAGE, clock);
        // A 900-token system prompt: under OpenAI's 1,024-token caching minimum.
        task.call(
            task.rootId(),
            Models.GPT_5_4_MINI,
            new TokenUsage(
                rng.tokens(1_700, 0.35, 950, 6_000), 0, 0, 0, rng.tokens(110, 0.3, 30, 400), 0));
        out.add(task.finish("svc-triage", "triage-" + ctx.day));
        clock += rng.between(400_000, 1_800_000);
      }
    }
  }

  /**
   * The anomaly: a code-review agent whose file reader keeps failing loops for hours, re-sending a
   * growing, never-cached context on every step.
   */
  private Task runawayLoop(DayContext ctx, Client client) {
    Rng rng = rng(ctx, client, Feature.CODE_REVIEW, Rng.key("runaway"));
    long start = ctx.start + 9 * 3_600_000_000L + rng.between(0, 1_800_000_000L);
    TaskBuilder task = new TaskBuilder(company, rng, client, Feature.CODE_REVIEW, start);
    String root = task.rootId();
    task.step(root, SpanKind.RETRIEVER, "repo_search", rng.between(150, 900), 0);
    for (int s = 0; s < LOOP_STEPS; s++) {
      task.step(root, SpanKind.TOOL, "read_file", rng.between(300, 1_500), 0);
      long context = Math.min(185_000, 40_000 + 150L * s + rng.between(0, 2_000));
      task.call(
          root,
          Models.CLAUDE_SONNET_4_6,
          new TokenUsage(context, 0, 0, 0, rng.tokens(700, 0.3, 100, 3_000), 0));
    }
    return task.finish(user(client, rng), client.id() + "/platform#" + rng.between(1_000, 9_999));
  }

  /** Moves a task that would run past midnight so that it ends inside its day. */
  private static Task insideDay(Task task, long dayEnd) {
    long overshoot = task.endMicros() - (dayEnd - 1_000_000L);
    if (overshoot <= 0) {
      return task;
    }
    List<Span> shifted = new ArrayList<>(task.spans().size());
    for (Span span : task.spans()) {
      Invocation call = span.invocation();
      if (call != null) {
        call =
            new Invocation(
                call.requestId(),
                call.model(),
                call.tier(),
                call.operation(),
                call.usage(),
                call.failed(),
                call.startMicros() - overshoot,
                call.latencyMillis(),
                call.credential(),
                call.cost(),
                call.gpuMillis());
      }
      shifted.add(
          new Span(
              span.spanId(),
              span.parentId(),
              span.kind(),
              span.name(),
              span.startMicros() - overshoot,
              span.endMicros() - overshoot,
              call,
              span.gpuMillis()));
    }
    return new Task(
        task.traceId(),
        task.client(),
        task.feature(),
        task.userId(),
        task.sessionId(),
        List.copyOf(shifted));
  }
}
