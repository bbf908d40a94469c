package io.tokenledger.importers.helicone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tokenledger.importers.ImportReport;
import io.tokenledger.importers.ImportStatus;
import io.tokenledger.importers.traces.TraceImports;
import java.math.BigDecimal;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HeliconeImporterTest {

  @TempDir Path dir;

  private final TraceImports imports = new TraceImports();

  @AfterEach
  void close() {
    imports.close();
  }

  @Test
  void theRequestApiGivesDisjointBucketsDollarCostsAndSessionsAsTraces() {
    Path file = TraceImports.resource(getClass(), "requests-api.json", dir);
    JsonNode requests = TraceImports.readJson(file).get("data");
    long prompt = 0;
    long read = 0;
    long write = 0;
    long completion = 0;
    BigDecimal cost = BigDecimal.ZERO;
    for (JsonNode request : requests) {
      prompt += request.get("prompt_tokens").asLong();
      read += request.get("prompt_cache_read_tokens").asLong();
      write += request.get("prompt_cache_write_tokens").asLong();
      completion += request.get("completion_tokens").asLong();
      cost = cost.add(new BigDecimal(request.get("costUSD").asText()));
    }

    ImportReport report = imports.importFile(file);

    assertThat(report.status()).as(report.message()).isEqualTo(ImportStatus.IMPORTED);
    assertThat(report.formatId()).isEqualTo("helicone");
    assertThat(report.rowsImported()).isEqualTo(requests.size());
    assertThat(imports.number("SELECT sum(in_uncached) FROM usage_events")).isEqualTo(prompt);
    assertThat(imports.number("SELECT sum(in_cache_read) FROM usage_events")).isEqualTo(read);
    assertThat(imports.number("SELECT sum(in_cache_write_5m) FROM usage_events")).isEqualTo(write);
    assertThat(imports.number("SELECT sum(out_text) FROM usage_events")).isEqualTo(completion);
    assertThat(imports.decimal("SELECT sum(source_cost) FROM usage_events"))
        .isEqualByComparingTo(cost);
    assertThat(
            imports.column(
                "SELECT event_id || '|' || trace_id || '|' || provider || '|' || model_raw || '|'"
                    + " || status || '|' || (attributes->>'Feature') || '|' || user_id"
                    + " FROM usage_events ORDER BY source_line"))
        .containsExactly(
            "req-1|session-77|openai|gpt-4o-mini-2024-07-18|ok|autocomplete|user-9",
            "req-2|session-77|anthropic|claude-3-5-haiku-20241022|error|autocomplete|user-9");
  }

  @Test
  void theUiCsvReadsCostInDollarsAndSaysSo() {
    ImportReport report =
        imports.importFile(TraceImports.resource(getClass(), "requests-ui.csv", dir));

    assertThat(report.status()).as(report.message()).isEqualTo(ImportStatus.IMPORTED);
    assertThat(imports.decimal("SELECT sum(source_cost) FROM usage_events"))
        .isEqualByComparingTo(new BigDecimal("0.00125").add(new BigDecimal("0.00035")));
    assertThat(report.warnings()).anyMatch(w -> w.contains("US dollars"));
    assertThat(
            imports.value(
                "SELECT attributes->>'Feature' FROM usage_events WHERE user_id = 'user-3'"))
        .isEqualTo("chat");
  }

  @Test
  void clickHouseRowsCarryCostInNanoDollarsAndMarkCacheHits() {
    ImportReport report =
        imports.importFile(TraceImports.resource(getClass(), "requests-clickhouse.jsonl", dir));

    assertThat(report.status()).as(report.message()).isEqualTo(ImportStatus.IMPORTED);
    assertThat(imports.column("SELECT source_cost::VARCHAR FROM usage_events ORDER BY source_line"))
        .containsExactly("0.0035000000", "0.0000000000");
    assertThat(imports.column("SELECT cache_hit::VARCHAR FROM usage_events ORDER BY source_line"))
        .containsExactly("false", "true");
    assertThat(report.warnings()).anyMatch(w -> w.contains("1e9"));
  }
}
