package io.tokenledger.importers.focus;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tokenledger.engine.workspace.DuckDbWorkspaceStore;
import io.tokenledger.engine.workspace.Workspace;
import io.tokenledger.importers.ImportReport;
import io.tokenledger.importers.ImportStatus;
import io.tokenledger.sampledata.RealData;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * LLM token lines of the FOCUS AI billing drafts land with the model, the disjoint token bucket,
 * the token count and the model developer as provider, row by row. Expectations are read from each
 * row's own SkuPriceDetails and ConsumedQuantity here. (Files: FOCUS working-group drafts, CC BY
 * 4.0 — Contains material from the FinOps Open Cost and Usage Specification (FOCUS™), a project of
 * the FinOps Foundation. © Joint Development Foundation Projects, LLC, FOCUS Series and its
 * contributors.)
 */
class FocusTokenLinesTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "per_token_foundation_model_api.csv",
        "multi_model_invoice_via_csp_marketplace.csv",
        "drawdown_via_prepayment_frontier_model_api.csv",
        "ai_prompt_caching_b.csv",
        "ai_model_identity_b.csv"
      })
  void everyTokenLineHasModelBucketTokensAndTheModelDeveloper(String name) throws Exception {
    Path file = RealData.file("focus/ai-billing-draft/" + name);
    CsvTable csv = CsvTable.read(file);
    try (Workspace workspace = new DuckDbWorkspaceStore("test").inMemory()) {
      ImportReport report = FocusTestSupport.importFile(workspace, file);
      assertThat(report.status()).as(report.message()).isEqualTo(ImportStatus.IMPORTED);
      List<Map<String, Object>> rows =
          FocusTestSupport.query(
              workspace,
              "SELECT source_line, provider, model, token_bucket, tokens, service_tier"
                  + " FROM cost_lines ORDER BY source_line");
      assertThat(rows).hasSize(csv.rows().size());
      for (int i = 0; i < rows.size(); i++) {
        Map<String, String> raw = csv.rows().get(i);
        Map<String, Object> row = rows.get(i);
        assertThat(row.get("source_line")).isEqualTo((long) i + 2);
        JsonNode details =
            raw.get("SkuPriceDetails") == null ? null : JSON.readTree(raw.get("SkuPriceDetails"));
        String expectedBucket = bucket(details);
        assertThat(row.get("token_bucket")).as("bucket, line " + (i + 2)).isEqualTo(expectedBucket);
        if (details != null && details.has("ModelId")) {
          assertThat(row.get("model")).isEqualTo(details.get("ModelId").asText());
          assertThat(row.get("provider")).isEqualTo("solora-ai");
        } else {
          assertThat(row.get("model")).isNull();
        }
        if ("Tokens".equals(raw.get("ConsumedUnit"))) {
          assertThat(row.get("tokens"))
              .isEqualTo(new BigDecimal(raw.get("ConsumedQuantity")).longValueExact());
          assertThat(row.get("service_tier")).isEqualTo("standard");
        } else {
          assertThat(row.get("tokens")).isNull();
        }
      }
    }
  }

  /** The bucket a row's SkuPriceDetails names (DOMAIN.md 1.1, 3.3); null when it names none. */
  private static String bucket(JsonNode details) {
    if (details == null) {
      return null;
    }
    String type = text(details, "TokenType");
    String direction = text(details, "TokenDirection");
    String cache = text(details, "TokenCacheAction");
    if (type != null) {
      return Map.of(
              "Input", "in_uncached",
              "Output", "out_text",
              "CacheRead", "in_cache_read",
              "CacheWrite", "in_cache_write_5m")
          .get(type);
    }
    if ("Output".equals(direction)) {
      return "out_text";
    }
    if ("Input".equals(direction)) {
      return cache == null || cache.equals("Uncached")
          ? "in_uncached"
          : cache.equals("Read") ? "in_cache_read" : "in_cache_write_5m";
    }
    return null;
  }

  private static String text(JsonNode node, String field) {
    return node.has(field) ? node.get(field).asText() : null;
  }

  @Test
  void aMarketplaceInvoiceIsTheModelDevelopersSpendNotTheCloudProviders() throws Exception {
    Path file = RealData.file("focus/ai-billing-draft/multi_model_invoice_via_csp_marketplace.csv");
    try (Workspace workspace = new DuckDbWorkspaceStore("test").inMemory()) {
      FocusTestSupport.importFile(workspace, file);
      assertThat(
              FocusTestSupport.query(
                  workspace,
                  "SELECT DISTINCT provider, ServiceProviderName, InvoiceIssuerName FROM cost_lines"))
          .singleElement()
          .satisfies(
              row ->
                  assertThat(row)
                      .containsEntry("provider", "solora-ai")
                      .containsEntry("ServiceProviderName", "LatticeScale")
                      .containsEntry("InvoiceIssuerName", "LatticeScale"));
    }
  }

  @Test
  void contextCacheStorageIsNotATokenBucket() throws Exception {
    Path file = RealData.file("focus/ai-billing-draft/ai_prompt_caching_b.csv");
    try (Workspace workspace = new DuckDbWorkspaceStore("test").inMemory()) {
      FocusTestSupport.importFile(workspace, file);
      assertThat(
              FocusTestSupport.query(
                  workspace,
                  "SELECT token_bucket, tokens, ConsumedUnit FROM cost_lines"
                      + " WHERE SkuMeter = 'Context Cache Storage'"))
          .singleElement()
          .satisfies(
              row -> {
                assertThat(row.get("token_bucket")).isNull();
                assertThat(row.get("tokens")).isNull();
                assertThat(row.get("ConsumedUnit")).isEqualTo("Token-Hours");
              });
    }
  }
}
