package io.tokenledger.sampledata;

/**
 * The groups of files the generator can write. All are written by default; a benchmark that only
 * needs, say, the request ledger at ten million rows can skip the rest.
 */
public enum DemoSource {
  /** The request ledger: {@code usage/generic-usage.csv}. */
  LEDGER,
  /** OpenAI and Anthropic usage and cost exports. */
  PROVIDER_EXPORTS,
  /** The cloud bill: AWS CUR 2.0, the Google Cloud billing export and both as FOCUS 1.2. */
  CLOUD_BILL,
  /** OpenTelemetry, Langfuse and LiteLLM trace exports. */
  TRACES,
  /** nvidia-smi samples and the GPU inventory. */
  GPU,
  /** The revenue sheet (CSV and XLSX) and the FX table. */
  REVENUE
}
