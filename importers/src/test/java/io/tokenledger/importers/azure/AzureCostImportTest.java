package io.tokenledger.importers.azure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.tokenledger.importers.ImportOptions;
import io.tokenledger.importers.ImportReport;
import io.tokenledger.importers.ImportStatus;
import io.tokenledger.importers.RejectedRow;
import io.tokenledger.importers.models.ImportFixture;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AzureCostImportTest {

  private final ImportFixture fixture = new ImportFixture();

  @AfterEach
  void close() {
    fixture.close();
  }

  @Test
  void eaExportResolvesAzureOpenAiMetersAndKeepsTheRestOfTheBill() {
    Path file = ImportFixture.resource(getClass(), "ea_costdetails_2026-10.csv");

    ImportReport report = fixture.importFile(file);

    assertThat(report.status()).as(report.message()).isEqualTo(ImportStatus.IMPORTED);
    assertThat(report.formatId()).isEqualTo(AzureCostImporter.FORMAT_ID);
    assertThat(report.rowsImported()).isEqualTo(7);
    assertThat(fixture.decimal("SELECT sum(BilledCost) FROM cost_lines"))
        .isEqualByComparingTo(
            fixture.decimal(
                "SELECT sum(CAST(CostInBillingCurrency AS DECIMAL(38,10)))"
                    + " FROM read_csv(?, all_varchar = true)",
                file.toString()));
    assertThat(
            fixture.rows(
                "SELECT model_raw, model, token_bucket, service_tier, tokens,"
                    + " extra->>'routing', ChargeCategory, CAST(ChargePeriodStart AS VARCHAR)"
                    + " FROM cost_lines ORDER BY source_line"))
        .containsExactly(
            Arrays.asList(
                "gpt-4o-1120",
                "gpt-4o-2024-11-20",
                "in_uncached",
                "standard",
                "1500000",
                "global",
                "Usage",
                "2026-10-01 00:00:00+00"),
            Arrays.asList(
                "gpt-4o-1120",
                "gpt-4o-2024-11-20",
                "in_cache_read",
                "standard",
                "400000",
                "global",
                "Usage",
                "2026-10-01 00:00:00+00"),
            Arrays.asList(
                "gpt-4o-1120",
                "gpt-4o-2024-11-20",
                "out_text",
                "standard",
                "200000",
                "global",
                "Usage",
                "2026-10-01 00:00:00+00"),
            Arrays.asList(
                "gpt-4o-mini-0718",
                "gpt-4o-mini-2024-07-18",
                "in_uncached",
                "batch",
                "2500000",
                "data-zone",
                "Usage",
                "2026-10-02 00:00:00+00"),
            Arrays.asList(null, null, null, null, null, null, "Usage", "2026-10-02 00:00:00+00"),
            Arrays.asList(
                "gpt-4.1-mini",
                "gpt-4.1-mini",
                "in_uncached",
                "standard",
                null,
                "regional",
                "Usage",
                "2026-10-03 00:00:00+00"),
            Arrays.asList(
                "gpt-4o-1120",
                "gpt-4o-2024-11-20",
                "out_text",
                "standard",
                "-10000",
                "global",
                "Credit",
                "2026-10-03 00:00:00+00"));
    assertThat(fixture.text("SELECT Tags->>'team' FROM cost_lines WHERE source_line = 2"))
        .isEqualTo("support");
    assertThat(fixture.text("SELECT project FROM cost_lines WHERE source_line = 2"))
        .isEqualTo("rg-chat");
    assertThat(report.warnings()).anyMatch(w -> w.startsWith("1 Azure OpenAI line(s)"));
  }

  @Test
  void mcaCamelCaseExportRejectsANonNumericCostAndImportsTheRestWhenAsked() {
    Path file = ImportFixture.resource(getClass(), "mca_costdetails_2026-10.csv");

    ImportReport strict = fixture.importFile(file);
    assertThat(strict.status()).isEqualTo(ImportStatus.REJECTED);
    assertThat(strict.rejects())
        .extracting(RejectedRow::line, RejectedRow::column)
        .containsExactly(tuple(4L, "CostInBillingCurrency"));

    ImportReport lenient = fixture.importFile(file, new ImportOptions(null, false, true));
    assertThat(lenient.status()).as(lenient.message()).isEqualTo(ImportStatus.IMPORTED);
    assertThat(lenient.rowsImported()).isEqualTo(2);
    assertThat(
            fixture.rows(
                "SELECT BillingCurrency, sum(BilledCost), sum(ListCost), sum(tokens), min(model),"
                    + " min(project), min(Tags->>'project') FROM cost_lines GROUP BY ALL"))
        .containsExactly(
            Arrays.asList(
                "EUR",
                "11.5000000000",
                "12.5000000000",
                "3500000",
                "gpt-4o-2024-08-06",
                "rg-labs",
                "labs"));
  }
}
