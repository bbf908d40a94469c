package io.tokenledger.sampledata;

/**
 * The format of each generated file: the id of the TokenLedger importer that reads it. Only {@link
 * #GENERIC_USAGE_CSV} has an importer today; the others name the importers being written from
 * DOMAIN.md (align the ids here when they land).
 */
public final class DemoFormats {

  public static final String GENERIC_USAGE_CSV = "generic-usage-csv";
  public static final String OPENAI_USAGE_API = "openai-usage-json";
  public static final String OPENAI_COSTS_API = "openai-costs-json";
  public static final String OPENAI_USAGE_CSV = "openai-usage-csv";
  public static final String OPENAI_COSTS_CSV = "openai-cost-csv";
  public static final String ANTHROPIC_USAGE_REPORT = "anthropic-usage-json";
  public static final String ANTHROPIC_COST_REPORT = "anthropic-cost-json";
  public static final String ANTHROPIC_CONSOLE_USAGE_CSV = "anthropic-usage-csv";
  public static final String ANTHROPIC_CONSOLE_COST_CSV = "anthropic-cost-csv";
  public static final String AWS_CUR2 = "aws-cur";
  public static final String GCP_BILLING_EXPORT = "gcp-billing";
  public static final String FOCUS_CSV = "focus";
  public static final String OTEL_OTLP_JSON = "otlp-json";
  public static final String LANGFUSE_TRACES = "langfuse";
  public static final String LITELLM_SPEND_LOGS = "litellm-spend-logs";
  public static final String REVENUE_CSV = "revenue-csv";
  public static final String REVENUE_XLSX = "revenue-xlsx";
  public static final String FX_RATES_CSV = "fx-rates-csv";
  public static final String GPU_METRICS_CSV = "gpu-metrics-csv";
  public static final String GPU_INVENTORY_CSV = "gpu-inventory-csv";

  private DemoFormats() {}
}
