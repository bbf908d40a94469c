package io.tokenledger.importers.gcp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tokenledger.importers.ImportOptions;
import io.tokenledger.importers.ImportReport;
import io.tokenledger.importers.ImportStatus;
import io.tokenledger.importers.RejectedRow;
import io.tokenledger.importers.models.ImportFixture;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class GcpBillingImportTest {

  private final ImportFixture fixture = new ImportFixture();

  @AfterEach
  void close() {
    fixture.close();
  }

  @Test
  void jsonRowsGiveVertexModelsBucketsAndTokensWithCreditsApart() throws IOException {
    Path file = ImportFixture.resource(getClass(), "billing_export_2026-10.json");

    ImportReport report = fixture.importFile(file);

    assertThat(report.status()).as(report.message()).isEqualTo(ImportStatus.IMPORTED);
    assertThat(report.formatId()).isEqualTo(GcpBillingImporter.FORMAT_ID);
    assertThat(report.rowsImported()).isEqualTo(8);
    BigDecimal cost = BigDecimal.ZERO;
    BigDecimal credits = BigDecimal.ZERO;
    ObjectMapper json =
        new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    for (String line : Files.readAllLines(file)) {
      JsonNode row = json.readTree(line);
      cost = cost.add(new BigDecimal(row.get("cost").asText()));
      for (JsonNode credit : row.get("credits")) {
        credits = credits.add(new BigDecimal(credit.get("amount").asText()));
      }
    }
    assertThat(fixture.decimal("SELECT sum(BilledCost) FROM cost_lines"))
        .isEqualByComparingTo(cost);
    assertThat(fixture.decimal("SELECT sum(EffectiveCost) FROM cost_lines"))
        .isEqualByComparingTo(cost.add(credits));
    assertThat(
            fixture.rows(
                "SELECT model_raw, model, token_bucket, service_tier, tokens, ChargeCategory"
                    + " FROM cost_lines ORDER BY source_line"))
        .containsExactly(
            Arrays.asList(
                "Gemini 2.5 Flash",
                "gemini-2.5-flash",
                "in_uncached",
                "standard",
                "1000000",
                "Usage"),
            Arrays.asList(
                "Gemini 2.5 Flash", "gemini-2.5-flash", "out_text", "standard", "200000", "Usage"),
            Arrays.asList(
                "Gemini 2.5 Flash",
                "gemini-2.5-flash",
                "out_reasoning",
                "standard",
                "100000",
                "Usage"),
            Arrays.asList(
                "Gemini 2.5 Flash",
                "gemini-2.5-flash",
                "in_cache_read",
                "standard",
                "400000",
                "Usage"),
            Arrays.asList(null, null, null, null, null, "Usage"),
            Arrays.asList(
                "Gemini 2.5 Pro", "gemini-2.5-pro", "in_uncached", "batch", "1000000", "Usage"),
            Arrays.asList(null, null, null, null, null, "Usage"),
            Arrays.asList(null, null, null, null, null, "Tax"));
    assertThat(fixture.text("SELECT extra->>'token_kind' FROM cost_lines WHERE source_line = 5"))
        .isEqualTo("cache_storage_token_hours");
    assertThat(
            fixture.rows(
                "SELECT Tags->>'team', Tags->>'feature', SubAccountId,"
                    + " CAST(BillingPeriodStart AS VARCHAR) FROM cost_lines WHERE source_line = 1"))
        .containsExactly(
            Arrays.asList("support", "summaries", "chat-prod", "2026-10-01 00:00:00+00"));
  }

  @Test
  void flattenedCsvRejectsAnUnquotedCommaAndKeepsMixedCurrenciesWhenSkipping() {
    Path file = ImportFixture.resource(getClass(), "billing_export_flat_2026-10.csv");

    ImportReport strict = fixture.importFile(file);
    assertThat(strict.status()).isEqualTo(ImportStatus.REJECTED);
    assertThat(strict.rejects()).extracting(RejectedRow::line).containsExactly(4L);

    ImportReport lenient = fixture.importFile(file, new ImportOptions(null, false, true));
    assertThat(lenient.status()).as(lenient.message()).isEqualTo(ImportStatus.IMPORTED);
    assertThat(
            fixture.rows(
                "SELECT BillingCurrency, BilledCost, tokens, model, Tags->>'feature'"
                    + " FROM cost_lines ORDER BY source_line"))
        .containsExactly(
            Arrays.asList("USD", "0.3000000000", "1000000", "gemini-2.5-flash", "summaries"),
            Arrays.asList("EUR", "0.5000000000", "200000", "gemini-2.5-flash", null));
    assertThat(lenient.warnings()).anyMatch(w -> w.contains("mixes 2 currencies"));
  }
}
