package io.tokenledger.sampledata;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The answers planted in the demo company's data, measured on the generated stream (the same
 * numbers sample-data/README.md documents for the default seed). Shares and rates are fractions
 * rounded to four decimals; money is exact USD unless stated.
 *
 * @param asymmetricClient the client with a small share of revenue and most of the LLM spend
 * @param routing a feature running a frontier model on commodity tasks
 * @param caching a feature with a stable system prompt and a low cache-hit rate
 * @param batch the nightly job on the real-time API
 * @param anomaly the runaway agent loop
 * @param idleGpu the self-hosted endpoint provisioned for peak
 * @param unpriced the model no price catalog knows
 * @param traceGap why the gateway's spend differs from the invoices
 * @param bills what each provider invoiced against the request ledger
 */
public record PlantedFacts(
    AsymmetricClient asymmetricClient,
    RoutingOpportunity routing,
    CachingOpportunity caching,
    BatchOpportunity batch,
    RunawayLoop anomaly,
    IdleGpu idleGpu,
    UnpricedModel unpriced,
    TraceGap traceGap,
    List<ProviderBill> bills) {

  /**
   * Revenue against LLM spend for one client. Spend is the priced cost of the request ledger
   * ({@code usage/generic-usage.csv}, column {@code cost}); revenue is the revenue sheet in USD at
   * the FX table's monthly rates.
   *
   * @param margin (revenue - LLM spend) / revenue
   */
  public record AsymmetricClient(
      String name,
      String clientId,
      BigDecimal revenueUsd,
      BigDecimal totalRevenueUsd,
      BigDecimal revenueShare,
      BigDecimal llmSpendUsd,
      BigDecimal totalLlmSpendUsd,
      BigDecimal spendShare,
      BigDecimal margin) {}

  /**
   * Calls of a feature that a cheaper model of the same provider would serve.
   *
   * @param costOnCheaperModel the same tokens at the cheaper model's prices
   */
  public record RoutingOpportunity(
      String feature,
      String provider,
      String model,
      String cheaperModel,
      long requests,
      long meanInputTokens,
      long meanOutputTokens,
      BigDecimal cost,
      BigDecimal costOnCheaperModel,
      BigDecimal saving) {}

  /**
   * A feature whose prompt starts with the same long system block but almost never reads it from
   * the cache (it writes it on nearly every call instead).
   *
   * @param cacheHitRate share of calls that read from the cache
   * @param cacheReadShare cache-read tokens / all input tokens
   * @param stablePromptShare stable system-prompt tokens / all input tokens (what could be read)
   * @param cacheWriteCost paid for cache writes that were never read back
   */
  public record CachingOpportunity(
      String feature,
      String provider,
      String model,
      long requests,
      long stablePromptTokens,
      BigDecimal cacheHitRate,
      BigDecimal cacheReadShare,
      BigDecimal stablePromptShare,
      BigDecimal cost,
      BigDecimal cacheWriteCost) {}

  /**
   * A scheduled job served by the real-time API.
   *
   * @param runHourUtc when the job starts every night
   * @param costOnBatch the same tokens at the provider's batch prices
   */
  public record BatchOpportunity(
      String feature,
      String provider,
      String model,
      String serviceTier,
      int runHourUtc,
      long requests,
      BigDecimal cost,
      BigDecimal costOnBatch,
      BigDecimal saving) {}

  /**
   * The day an agent looped.
   *
   * @param dayCost the client's cost for the feature that day
   * @param baselineDayCost its median over the 28 days before
   * @param companyDayCost the company's priced LLM spend that day
   * @param companyBaselineDayCost its median over the 28 days before
   */
  public record RunawayLoop(
      LocalDate day,
      String client,
      String feature,
      String model,
      int modelCalls,
      BigDecimal dayCost,
      BigDecimal baselineDayCost,
      BigDecimal companyDayCost,
      BigDecimal companyBaselineDayCost) {}

  /**
   * The self-hosted endpoint: GPUs paid around the clock, busy in working hours only.
   *
   * @param meanUtilization mean of all samples, percent
   * @param nightUtilization mean of the 02:00-06:00 UTC samples, percent
   * @param peakHoursUtilization mean of the weekday 14:00-18:00 UTC samples, percent
   * @param idleCost total cost x (1 - mean utilization)
   */
  public record IdleGpu(
      String endpoint,
      String model,
      int gpus,
      String gpuName,
      String instanceType,
      BigDecimal hourlyCostPerGpu,
      BigDecimal totalCost,
      double meanUtilization,
      double nightUtilization,
      double peakHoursUtilization,
      long maxUtilization,
      BigDecimal idleCost) {}

  /**
   * A model billed by its provider but unknown to the LiteLLM and Langfuse catalogs: the ledger
   * leaves its cost empty and the gateway logs 0.0.
   */
  public record UnpricedModel(
      String provider,
      String model,
      String feature,
      LocalDate firstSeen,
      long requests,
      long tokens,
      BigDecimal billedCost) {}

  /**
   * The LiteLLM gateway's spend against the API invoices (OpenAI, Anthropic, Bedrock and Vertex
   * token charges): invoiced = gateway spend + missing calls + cache-write pricing + reasoning
   * tokens + unpriced model, exactly.
   *
   * @param missingCalls cost of calls the gateway never logged (direct calls, log outage)
   * @param cacheWritePricing 1-hour cache writes that the gateway priced at the 5-minute rate
   * @param reasoningTokens Gemini thinking tokens missing from the gateway's completion tokens
   * @param unpricedModel calls the gateway logged at 0.0 because it did not know the model
   * @param otelCoverage share of model calls with an OpenTelemetry span
   * @param langfuseCoverage share of model calls with a Langfuse generation
   * @param liteLlmCoverage share of model calls in the gateway's spend log
   */
  public record TraceGap(
      BigDecimal invoiced,
      BigDecimal liteLlmSpend,
      BigDecimal missingCalls,
      BigDecimal cacheWritePricing,
      BigDecimal reasoningTokens,
      BigDecimal unpricedModel,
      long modelCalls,
      BigDecimal otelCoverage,
      BigDecimal langfuseCoverage,
      BigDecimal liteLlmCoverage) {}

  /**
   * One provider's invoiced token charges against the request ledger.
   *
   * @param provider as in the ledger's {@code provider} column
   * @param invoiced what the provider's cost export sums to (before credits)
   * @param ledgerCost the ledger's {@code cost} column for the provider
   * @param unpriced invoiced for calls the ledger could not price
   * @param credits credits on the invoice (negative), zero if none
   */
  public record ProviderBill(
      String provider,
      BigDecimal invoiced,
      BigDecimal ledgerCost,
      BigDecimal unpriced,
      BigDecimal credits) {}
}
