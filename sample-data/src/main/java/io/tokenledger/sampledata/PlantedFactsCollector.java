package io.tokenledger.sampledata;

import io.tokenledger.sampledata.cloud.CloudBill;
import io.tokenledger.sampledata.company.Company;
import io.tokenledger.sampledata.company.DaySink;
import io.tokenledger.sampledata.company.Feature;
import io.tokenledger.sampledata.company.Invocation;
import io.tokenledger.sampledata.company.Models;
import io.tokenledger.sampledata.company.Provider;
import io.tokenledger.sampledata.company.Span;
import io.tokenledger.sampledata.company.Task;
import io.tokenledger.sampledata.company.TokenBucket;
import io.tokenledger.sampledata.company.TokenUsage;
import io.tokenledger.sampledata.company.Traffic;
import io.tokenledger.sampledata.gpu.GpuMetricsWriter;
import io.tokenledger.sampledata.gpu.GpuUtilization;
import io.tokenledger.sampledata.revenue.RevenueBook;
import io.tokenledger.sampledata.traces.LangfuseTraceWriter;
import io.tokenledger.sampledata.traces.LiteLlmSpendLogWriter;
import io.tokenledger.sampledata.traces.OtlpJsonWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Measures the planted answers on the request stream as it is generated, with the same rules the
 * writers apply, so {@link PlantedFacts} states what the files really contain.
 */
final class PlantedFactsCollector implements DaySink {

  private static final int SHARE_DIGITS = 4;

  private final Company company;
  private final Map<String, BigDecimal> spendByClient = new HashMap<>();
  private BigDecimal totalSpend = BigDecimal.ZERO;

  private long routingRequests;
  private long routingInput;
  private long routingOutput;
  private BigDecimal routingCost = BigDecimal.ZERO;
  private BigDecimal routingCheaper = BigDecimal.ZERO;

  private long cachingRequests;
  private long cachingHits;
  private long cachingRead;
  private long cachingInput;
  private BigDecimal cachingCost = BigDecimal.ZERO;
  private BigDecimal cachingWriteCost = BigDecimal.ZERO;

  private long batchRequests;
  private BigDecimal batchCost = BigDecimal.ZERO;
  private BigDecimal batchOnBatch = BigDecimal.ZERO;

  private final Map<LocalDate, BigDecimal> loopClientDays = new TreeMap<>();
  private final Map<LocalDate, BigDecimal> companyDays = new TreeMap<>();
  private int loopCalls;

  private LocalDate unpricedFirst;
  private long unpricedRequests;
  private long unpricedTokens;
  private BigDecimal unpricedCost = BigDecimal.ZERO;

  private BigDecimal invoiced = BigDecimal.ZERO;
  private BigDecimal liteLlmSpend = BigDecimal.ZERO;
  private BigDecimal missing = BigDecimal.ZERO;
  private BigDecimal cacheWritePricing = BigDecimal.ZERO;
  private BigDecimal reasoning = BigDecimal.ZERO;
  private BigDecimal unpricedLogged = BigDecimal.ZERO;
  private long calls;
  private long otelCalls;
  private long langfuseCalls;
  private long liteLlmCalls;

  private final Map<Provider, BigDecimal[]> bills = new EnumMap<>(Provider.class);

  PlantedFactsCollector(Company company) {
    this.company = company;
  }

  @Override
  public void day(LocalDate day, List<Task> tasks) {
    BigDecimal dayTotal = BigDecimal.ZERO;
    BigDecimal loopDay = BigDecimal.ZERO;
    for (Task task : tasks) {
      boolean loopClient =
          task.client().name().equals(Company.LOOP_CLIENT) && task.feature() == Feature.CODE_REVIEW;
      for (Span span : task.spans()) {
        Invocation call = span.invocation();
        if (call == null) {
          continue;
        }
        calls++;
        BigDecimal priced = call.catalogCost();
        if (priced != null) {
          spendByClient.merge(task.client().name(), priced, BigDecimal::add);
          totalSpend = totalSpend.add(priced);
          dayTotal = dayTotal.add(priced);
          if (loopClient) {
            loopDay = loopDay.add(priced);
          }
        }
        if (loopClient
            && day.equals(Company.ANOMALY_DAY)
            && task.spans().size() > Traffic.LOOP_STEPS) {
          loopCalls++;
        }
        features(task, call);
        unpriced(day, call);
        traces(day, task, call);
        bill(call);
      }
    }
    companyDays.put(day, dayTotal);
    loopClientDays.put(day, loopDay);
  }

  private void features(Task task, Invocation call) {
    if (call.failed()) {
      return;
    }
    TokenUsage usage = call.usage();
    if (task.feature() == Feature.DOC_SUMMARIZER && call.model() == Models.CLAUDE_OPUS_4_6) {
      routingRequests++;
      routingInput += usage.inputTokens();
      routingOutput += usage.outputTokens();
      routingCost = routingCost.add(call.cost());
      routingCheaper = routingCheaper.add(Models.CLAUDE_HAIKU_4_5.prices().cost(usage));
    }
    if (task.feature() == Feature.RAG_SEARCH && call.model() == Models.BEDROCK_SONNET_4_6) {
      cachingRequests++;
      cachingHits += usage.inCacheRead() > 0 ? 1 : 0;
      cachingRead += usage.inCacheRead();
      cachingInput += usage.inputTokens();
      cachingCost = cachingCost.add(call.cost());
      cachingWriteCost =
          cachingWriteCost.add(
              call.model()
                  .prices()
                  .of(TokenBucket.IN_CACHE_WRITE_5M)
                  .multiply(BigDecimal.valueOf(usage.inCacheWrite5m())));
    }
    if (task.feature() == Feature.TICKET_TRIAGE) {
      batchRequests++;
      batchCost = batchCost.add(call.cost());
      batchOnBatch = batchOnBatch.add(call.model().prices().batchCost(usage));
    }
  }

  private void unpriced(LocalDate day, Invocation call) {
    if (call.model() != Models.CLAUDE_SONNET_4_7 || call.failed()) {
      return;
    }
    if (unpricedFirst == null) {
      unpricedFirst = day;
    }
    unpricedRequests++;
    unpricedTokens += call.usage().totalTokens();
    unpricedCost = unpricedCost.add(call.cost());
  }

  private void traces(LocalDate day, Task task, Invocation call) {
    if (OtlpJsonWriter.exports(task, day)) {
      otelCalls++;
    }
    if (LangfuseTraceWriter.traces(task)) {
      langfuseCalls++;
    }
    if (call.model().provider() == Provider.SELF_HOSTED) {
      return;
    }
    invoiced = invoiced.add(call.cost());
    if (!LiteLlmSpendLogWriter.logs(task, call, day)) {
      missing = missing.add(call.cost());
      return;
    }
    liteLlmCalls++;
    liteLlmSpend = liteLlmSpend.add(LiteLlmSpendLogWriter.spend(call));
    if (call.failed()) {
      return;
    }
    if (!call.model().inCatalogs()) {
      unpricedLogged = unpricedLogged.add(call.cost());
      return;
    }
    TokenUsage usage = call.usage();
    var prices = call.model().prices();
    cacheWritePricing =
        cacheWritePricing.add(
            prices
                .of(TokenBucket.IN_CACHE_WRITE_1H)
                .subtract(prices.of(TokenBucket.IN_CACHE_WRITE_5M))
                .multiply(BigDecimal.valueOf(usage.inCacheWrite1h())));
    long thinking = usage.outputTokens() - LiteLlmSpendLogWriter.completionTokens(call);
    reasoning =
        reasoning.add(prices.of(TokenBucket.OUT_REASONING).multiply(BigDecimal.valueOf(thinking)));
  }

  private void bill(Invocation call) {
    if (call.model().provider() == Provider.SELF_HOSTED) {
      return;
    }
    BigDecimal[] bill =
        bills.computeIfAbsent(
            call.model().provider(),
            p -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO});
    bill[0] = bill[0].add(call.cost());
    if (call.catalogCost() != null) {
      bill[1] = bill[1].add(call.catalogCost());
    } else {
      bill[2] = bill[2].add(call.cost());
    }
  }

  PlantedFacts facts(RevenueBook revenue, GpuUtilization gpu, BigDecimal vertexCredits) {
    String heavy = Company.HEAVY_CLIENT;
    BigDecimal heavyRevenue = revenue.usdOf(heavy);
    BigDecimal heavySpend = spendByClient.getOrDefault(heavy, BigDecimal.ZERO);
    PlantedFacts.AsymmetricClient asymmetric =
        new PlantedFacts.AsymmetricClient(
            heavy,
            company.client(heavy).id(),
            heavyRevenue,
            revenue.totalUsd(),
            ratio(heavyRevenue, revenue.totalUsd()),
            heavySpend,
            totalSpend,
            ratio(heavySpend, totalSpend),
            ratio(heavyRevenue.subtract(heavySpend), heavyRevenue));
    PlantedFacts.RoutingOpportunity routing =
        new PlantedFacts.RoutingOpportunity(
            Feature.DOC_SUMMARIZER.id(),
            Provider.ANTHROPIC.usageName(),
            Models.CLAUDE_OPUS_4_6.id(),
            Models.CLAUDE_HAIKU_4_5.id(),
            routingRequests,
            routingInput / Math.max(1, routingRequests),
            routingOutput / Math.max(1, routingRequests),
            routingCost,
            routingCheaper,
            routingCost.subtract(routingCheaper));
    PlantedFacts.CachingOpportunity caching =
        new PlantedFacts.CachingOpportunity(
            Feature.RAG_SEARCH.id(),
            Provider.BEDROCK.usageName(),
            Models.BEDROCK_SONNET_4_6.id(),
            cachingRequests,
            Traffic.RAG_SYSTEM_PROMPT_TOKENS,
            ratio(BigDecimal.valueOf(cachingHits), BigDecimal.valueOf(cachingRequests)),
            ratio(BigDecimal.valueOf(cachingRead), BigDecimal.valueOf(cachingInput)),
            ratio(
                BigDecimal.valueOf(Traffic.RAG_SYSTEM_PROMPT_TOKENS * cachingRequests),
                BigDecimal.valueOf(cachingInput)),
            cachingCost,
            cachingWriteCost);
    PlantedFacts.BatchOpportunity batch =
        new PlantedFacts.BatchOpportunity(
            Feature.TICKET_TRIAGE.id(),
            Provider.OPENAI.usageName(),
            Models.GPT_5_4_MINI.id(),
            "standard",
            2,
            batchRequests,
            batchCost,
            batchOnBatch,
            batchCost.subtract(batchOnBatch));
    LocalDate anomalyDay = Company.ANOMALY_DAY;
    PlantedFacts.RunawayLoop anomaly =
        new PlantedFacts.RunawayLoop(
            anomalyDay,
            Company.LOOP_CLIENT,
            Feature.CODE_REVIEW.id(),
            Models.CLAUDE_SONNET_4_6.id(),
            loopCalls,
            loopClientDays.getOrDefault(anomalyDay, BigDecimal.ZERO),
            median(loopClientDays, anomalyDay),
            companyDays.getOrDefault(anomalyDay, BigDecimal.ZERO),
            median(companyDays, anomalyDay));
    BigDecimal gpuTotal =
        CloudBill.GPU_INSTANCE_HOURLY.multiply(
            BigDecimal.valueOf(24L * company.days().size() * company.gpuCount()));
    BigDecimal busyShare =
        gpu.samples() == 0
            ? BigDecimal.ZERO
            : BigDecimal.valueOf(gpu.sum())
                .divide(BigDecimal.valueOf(gpu.samples() * 100L), 10, RoundingMode.HALF_EVEN);
    PlantedFacts.IdleGpu idle =
        new PlantedFacts.IdleGpu(
            GpuMetricsWriter.ENDPOINT,
            Models.LLAMA_3_1_8B.id(),
            company.gpuCount(),
            GpuMetricsWriter.GPU_NAME,
            CloudBill.GPU_INSTANCE_TYPE,
            CloudBill.GPU_INSTANCE_HOURLY,
            gpuTotal,
            round1(gpu.mean()),
            round1(gpu.nightMean()),
            round1(gpu.peakHoursMean()),
            gpu.max(),
            gpuTotal
                .multiply(BigDecimal.ONE.subtract(busyShare))
                .setScale(2, RoundingMode.HALF_EVEN));
    PlantedFacts.UnpricedModel unpriced =
        new PlantedFacts.UnpricedModel(
            Provider.ANTHROPIC.usageName(),
            Models.CLAUDE_SONNET_4_7.id(),
            Feature.CHAT_ASSISTANT.id(),
            unpricedFirst,
            unpricedRequests,
            unpricedTokens,
            unpricedCost);
    PlantedFacts.TraceGap gap =
        new PlantedFacts.TraceGap(
            invoiced,
            liteLlmSpend,
            missing,
            cacheWritePricing,
            reasoning,
            unpricedLogged,
            calls,
            ratio(BigDecimal.valueOf(otelCalls), BigDecimal.valueOf(calls)),
            ratio(BigDecimal.valueOf(langfuseCalls), BigDecimal.valueOf(calls)),
            ratio(BigDecimal.valueOf(liteLlmCalls), BigDecimal.valueOf(calls)));
    List<PlantedFacts.ProviderBill> providerBills = new ArrayList<>();
    for (Map.Entry<Provider, BigDecimal[]> entry : bills.entrySet()) {
      BigDecimal[] b = entry.getValue();
      providerBills.add(
          new PlantedFacts.ProviderBill(
              entry.getKey().usageName(),
              b[0],
              b[1],
              b[2],
              entry.getKey() == Provider.VERTEX ? vertexCredits : BigDecimal.ZERO));
    }
    return new PlantedFacts(
        asymmetric,
        routing,
        caching,
        batch,
        anomaly,
        idle,
        unpriced,
        gap,
        List.copyOf(providerBills));
  }

  private static BigDecimal ratio(BigDecimal part, BigDecimal whole) {
    if (whole.signum() == 0) {
      return BigDecimal.ZERO;
    }
    return part.divide(whole, SHARE_DIGITS, RoundingMode.HALF_EVEN);
  }

  private static double round1(double value) {
    return Math.round(value * 10) / 10.0;
  }

  /** The median of the 28 days before {@code day} (days before the period are skipped). */
  private static BigDecimal median(Map<LocalDate, BigDecimal> days, LocalDate day) {
    List<BigDecimal> values = new ArrayList<>();
    for (int i = 1; i <= 28; i++) {
      BigDecimal value = days.get(day.minusDays(i));
      if (value != null) {
        values.add(value);
      }
    }
    if (values.isEmpty()) {
      return BigDecimal.ZERO;
    }
    values.sort(BigDecimal::compareTo);
    int n = values.size();
    return n % 2 == 1
        ? values.get(n / 2)
        : values.get(n / 2 - 1).add(values.get(n / 2)).divide(BigDecimal.valueOf(2));
  }

  @Override
  public List<GeneratedFile> finish() {
    return List.of();
  }
}
