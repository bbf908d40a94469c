package io.tokenledger.importers;

import io.tokenledger.engine.focus.FocusVersion;
import io.tokenledger.importers.anthropic.AnthropicCostCsvImporter;
import io.tokenledger.importers.anthropic.AnthropicCostJsonImporter;
import io.tokenledger.importers.anthropic.AnthropicUsageCsvImporter;
import io.tokenledger.importers.anthropic.AnthropicUsageJsonImporter;
import io.tokenledger.importers.aws.AwsCurImporter;
import io.tokenledger.importers.azure.AzureCostImporter;
import io.tokenledger.importers.focus.FocusImporter;
import io.tokenledger.importers.fx.FxRatesImporter;
import io.tokenledger.importers.gcp.GcpBillingImporter;
import io.tokenledger.importers.generic.GenericUsageCsvImporter;
import io.tokenledger.importers.gpu.GpuInventoryCsvImporter;
import io.tokenledger.importers.gpu.GpuMetricsCsvImporter;
import io.tokenledger.importers.helicone.HeliconeImporter;
import io.tokenledger.importers.invoice.InvoiceImporter;
import io.tokenledger.importers.langfuse.LangfuseImporter;
import io.tokenledger.importers.langsmith.LangSmithImporter;
import io.tokenledger.importers.litellm.LiteLlmSpendLogImporter;
import io.tokenledger.importers.openai.OpenAiCostCsvImporter;
import io.tokenledger.importers.openai.OpenAiCostsJsonImporter;
import io.tokenledger.importers.openai.OpenAiUsageCsvImporter;
import io.tokenledger.importers.openai.OpenAiUsageJsonImporter;
import io.tokenledger.importers.openinference.OpenInferenceImporter;
import io.tokenledger.importers.otel.OtlpJsonImporter;
import io.tokenledger.importers.revenue.RevenueImporter;
import java.util.List;

/** The list of importers that ship with TokenLedger; each format's issue adds its own here. */
final class BuiltInImporters {

  private BuiltInImporters() {}

  static List<Importer> all() {
    return List.of(
        new GenericUsageCsvImporter(),
        // provider bills (issue 5)
        new OpenAiUsageJsonImporter(),
        new OpenAiUsageCsvImporter(),
        new OpenAiCostsJsonImporter(),
        new OpenAiCostCsvImporter(),
        new AnthropicUsageJsonImporter(),
        new AnthropicCostJsonImporter(),
        new AnthropicUsageCsvImporter(),
        new AnthropicCostCsvImporter(),
        new AwsCurImporter(),
        new AzureCostImporter(),
        new GcpBillingImporter(),
        new InvoiceImporter(),
        // revenue and FX (issue 8)
        new RevenueImporter(),
        new FxRatesImporter(),
        // FOCUS (issue 4)
        new FocusImporter(),
        new FocusImporter(FocusVersion.V1_0),
        new FocusImporter(FocusVersion.V1_1),
        new FocusImporter(FocusVersion.V1_2),
        new FocusImporter(FocusVersion.V1_3),
        // traces (issue 6)

        new OtlpJsonImporter(),
        new LangfuseImporter(),
        new LangSmithImporter(),
        new LiteLlmSpendLogImporter(),
        new HeliconeImporter(),
        new OpenInferenceImporter(),
        // GPU metrics (issue 3)
        new GpuMetricsCsvImporter(),
        new GpuInventoryCsvImporter());
  }
}
