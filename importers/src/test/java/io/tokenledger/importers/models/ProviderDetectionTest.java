package io.tokenledger.importers.models;

import static org.assertj.core.api.Assertions.assertThat;

import io.tokenledger.importers.DefaultImportService;
import io.tokenledger.importers.Importer;
import io.tokenledger.importers.ImporterRegistry;
import io.tokenledger.sampledata.RealData;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every provider file is recognised by its own importer, with no other one claiming it. */
class ProviderDetectionTest {

  private final DefaultImportService service = new DefaultImportService(ImporterRegistry.builtIn());

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "openai/completions_usage_2026-10-01_2026-10-03.csv, openai-usage-csv",
    "openai/completions_usage_2026-11-01_2026-11-02.csv, openai-usage-csv",
    "openai/costs_grouped_2026-10.json, openai-costs-json",
    "openai/cost_2026-10-01_2026-10-03.csv, openai-cost-csv",
    "openai/cost_2026-11-01_2026-11-02.csv, openai-cost-csv",
    "anthropic/usage_report_2026-10.json, anthropic-usage-json",
    "anthropic/cost_report_2026-10.json, anthropic-cost-json",
    "anthropic/usage_2026-10.csv, anthropic-usage-csv",
    "anthropic/usage_older_2026-09.csv, anthropic-usage-csv",
    "anthropic/cost_2026-10.csv, anthropic-cost-csv",
    "aws/cur2_2026-10.csv, aws-cur",
    "azure/ea_costdetails_2026-10.csv, azure-cost",
    "azure/mca_costdetails_2026-10.csv, azure-cost",
    "gcp/billing_export_2026-10.json, gcp-billing",
    "gcp/billing_export_flat_2026-10.csv, gcp-billing",
    "invoice/acme_ai_invoice_2026-10.csv, invoice",
  })
  void eachFixtureIsDetectedAsItsFormat(String resource, String format) {
    Path file = ImportFixture.resource(ProviderDetectionTest.class, "../" + resource);

    assertThat(service.detect(file)).map(Importer::formatId).contains(format);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "providers/openai/usage_completions_example.json, openai-usage-json",
    "providers/openai/costs_example.json, openai-costs-json",
  })
  void realOpenAiExamplesAreDetected(String file, String format) {
    assertThat(service.detect(RealData.file(file))).map(Importer::formatId).contains(format);
  }
}
