package io.tokenledger.importers.openai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tokenledger.importers.ImportReport;
import io.tokenledger.importers.ImportStatus;
import io.tokenledger.importers.RejectedRow;
import io.tokenledger.importers.models.ImportFixture;
import io.tokenledger.sampledata.RealData;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OpenAiCostImportTest {

  private final ImportFixture fixture = new ImportFixture();

  @AfterEach
  void close() {
    fixture.close();
  }

  @Test
  void costsApiExampleBecomesOneUngroupedDollarLine() throws IOException {
    Path file = RealData.file("providers/openai/costs_example.json");

    ImportReport report = fixture.importFile(file);

    assertThat(report.status()).as(report.message()).isEqualTo(ImportStatus.IMPORTED);
    assertThat(report.formatId()).isEqualTo(OpenAiCostsJsonImporter.FORMAT_ID);
    assertThat(report.rowsImported()).isEqualTo(1);
    assertThat(
            fixture.decimal("SELECT sum(BilledCost) FROM cost_lines WHERE BillingCurrency = 'USD'"))
        .isEqualByComparingTo(amountsByCurrency(file).get("USD"));
    assertThat(
            fixture.rows(
                "SELECT CAST(ChargePeriodStart AS VARCHAR), CAST(ChargePeriodEnd AS VARCHAR),"
                    + " model, token_bucket, provider, source_amount FROM cost_lines"))
        .containsExactly(
            Arrays.asList(
                "2024-11-01 00:00:00+00", "2024-11-02 00:00:00+00", null, null, "openai", "0.06"));
  }

  @Test
  void lineItemsGiveModelBucketTierAndLongContextWithCreditsAndCurrenciesKept() throws IOException {
    Path file = ImportFixture.resource(getClass(), "costs_grouped_2026-10.json");

    ImportReport report = fixture.importFile(file);

    assertThat(report.status()).as(report.message()).isEqualTo(ImportStatus.IMPORTED);
    assertThat(report.rowsImported()).isEqualTo(6);
    Map<String, BigDecimal> expected = amountsByCurrency(file);
    assertThat(
            fixture.decimal("SELECT sum(BilledCost) FROM cost_lines WHERE BillingCurrency = 'USD'"))
        .isEqualByComparingTo(expected.get("USD"));
    assertThat(
            fixture.decimal("SELECT sum(BilledCost) FROM cost_lines WHERE BillingCurrency = 'EUR'"))
        .isEqualByComparingTo(expected.get("EUR"));
    assertThat(
            fixture.rows(
                "SELECT model, token_bucket, service_tier, tokens, ChargeCategory,"
                    + " extra->>'context_window' FROM cost_lines ORDER BY source_line"))
        .containsExactly(
            Arrays.asList(
                "gpt-4o-mini-2024-07-18", "in_uncached", "standard", "250000", "Usage", null),
            Arrays.asList(
                "gpt-4o-mini-2024-07-18", "in_cache_read", "standard", "250000", "Usage", null),
            Arrays.asList("gpt-5.6-sol", "out_text", "priority", "50000", "Usage", "long"),
            Arrays.asList(null, null, null, null, "Usage", null),
            Arrays.asList(null, null, null, null, "Credit", null),
            Arrays.asList("gpt-4o-2024-08-06", "out_text", "batch", "2480000", "Usage", null));
    assertThat(report.warnings()).anyMatch(w -> w.contains("mixes 2 currencies"));
  }

  @Test
  void aNonNumericAmountRejectsTheFileNamingTheRecordAndField() {
    ImportReport report =
        fixture.importFile(ImportFixture.resource(getClass(), "costs_bad_amount.json"));

    assertThat(report.status()).isEqualTo(ImportStatus.REJECTED);
    assertThat(report.rejects())
        .extracting(RejectedRow::line, RejectedRow::column)
        .containsExactly(tuple(2L, "amount.value"));
    assertThat(fixture.count("SELECT count(*) FROM cost_lines")).isZero();
  }

  @Test
  void olderDashboardCsvKeepsTheGroupedLinesAndTheAmountTextAsWritten() {
    Path file = ImportFixture.resource(getClass(), "cost_2026-10-01_2026-10-03.csv");

    ImportReport report = fixture.importFile(file);

    assertThat(report.status()).as(report.message()).isEqualTo(ImportStatus.IMPORTED);
    assertThat(report.formatId()).isEqualTo(OpenAiCostCsvImporter.FORMAT_ID);
    assertThat(report.rowsImported()).isEqualTo(2);
    BigDecimal input = new BigDecimal("0.123456789012345678901234567890");
    assertThat(fixture.decimal("SELECT sum(BilledCost) FROM cost_lines"))
        .isEqualByComparingTo(input.setScale(10, RoundingMode.HALF_UP).add(new BigDecimal("0.5")));
    assertThat(fixture.text("SELECT source_amount FROM cost_lines WHERE source_line = 2"))
        .isEqualTo(input.toPlainString());
    assertThat(report.warnings()).anyMatch(w -> w.startsWith("1 ungrouped total row"));
  }

  @Test
  void newerDashboardCsvTurnsQuantitiesIntoTokensAndWarnsOfAnUnknownUnit() {
    Path file = ImportFixture.resource(getClass(), "cost_2026-11-01_2026-11-02.csv");

    ImportReport report = fixture.importFile(file);

    assertThat(report.status()).as(report.message()).isEqualTo(ImportStatus.IMPORTED);
    assertThat(
            fixture.rows(
                "SELECT token_bucket, tokens, api_key, SubAccountName, BilledCost FROM cost_lines"
                    + " ORDER BY source_line"))
        .containsExactly(
            Arrays.asList("in_uncached", "2600000", "key_1", "Support bot", "3.2500000000"),
            Arrays.asList("out_text", "400000", "key_1", "Support bot", "4.0000000000"),
            Arrays.asList("in_cache_read", null, "key_1", "Support bot", "0.7500000000"));
    assertThat(report.warnings()).anyMatch(w -> w.contains("quantity unit"));
  }

  @Test
  void aNonNumericCostAndAMissingCurrencyAreRejectedWithLineAndColumn() {
    ImportReport report =
        fixture.importFile(ImportFixture.resource(getClass(), "cost_bad_2026-11.csv"));

    assertThat(report.status()).isEqualTo(ImportStatus.REJECTED);
    assertThat(report.rejects())
        .extracting(RejectedRow::line, RejectedRow::column)
        .containsExactly(tuple(3L, "amount_value"), tuple(4L, "amount_currency"));
  }

  /** Sums amount.value per currency straight from the file, as exact decimals. */
  private static Map<String, BigDecimal> amountsByCurrency(Path file) throws IOException {
    JsonNode page =
        new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .readTree(file.toFile());
    Map<String, BigDecimal> sums = new TreeMap<>();
    for (JsonNode bucket : page.get("data")) {
      for (JsonNode result : bucket.get("results")) {
        JsonNode amount = result.get("amount");
        sums.merge(
            amount.get("currency").asText().toUpperCase(java.util.Locale.ROOT),
            new BigDecimal(amount.get("value").asText()),
            BigDecimal::add);
      }
    }
    return sums;
  }
}
