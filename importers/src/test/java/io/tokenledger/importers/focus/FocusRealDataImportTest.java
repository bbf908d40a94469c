package io.tokenledger.importers.focus;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tokenledger.engine.workspace.DuckDbWorkspaceStore;
import io.tokenledger.engine.workspace.Workspace;
import io.tokenledger.importers.ImportReport;
import io.tokenledger.importers.ImportStatus;
import io.tokenledger.sampledata.RealData;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every FOCUS example under shared/realdata/focus either imports with the totals the file itself
 * adds up to, per provider and currency, or is rejected because it lacks a mandatory column, named
 * in the message. Expectations are computed here from the raw files (plain Java CSV, BigDecimal)
 * and from realdata's own column catalog, not from the importer.
 *
 * <p>The files are FOCUS examples (CC BY 4.0): Contains material from the FinOps Open Cost and
 * Usage Specification (FOCUS™), a project of the FinOps Foundation. © Joint Development Foundation
 * Projects, LLC, FOCUS Series and its contributors. Licensed under CC BY 4.0.
 */
class FocusRealDataImportTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  static Stream<Path> focusFiles() throws IOException {
    List<Path> files = new ArrayList<>();
    for (String folder : List.of("focus/ai-billing-draft", "focus/spec-examples-1.2")) {
      try (Stream<Path> walk = Files.walk(RealData.file(folder))) {
        walk.filter(p -> p.toString().endsWith(".csv")).sorted().forEach(files::add);
      }
    }
    return files.stream();
  }

  @ParameterizedTest
  @MethodSource("focusFiles")
  void importsWithTheFilesOwnTotalsOrIsRejectedForAMissingMandatoryColumn(Path file)
      throws Exception {
    CsvTable csv = CsvTable.read(file);
    List<String> missing = missingMandatory(csv);
    try (Workspace workspace = new DuckDbWorkspaceStore("test").inMemory()) {
      ImportReport report = FocusTestSupport.importFile(workspace, file);
      if (!missing.isEmpty()) {
        assertThat(report.status()).isEqualTo(ImportStatus.FAILED);
        assertThat(report.message())
            .startsWith(file.getFileName().toString())
            .contains("mandatory column");
        missing.forEach(column -> assertThat(report.message()).contains(column));
        assertThat(FocusTestSupport.single(workspace, "SELECT count(*) FROM cost_lines"))
            .isEqualTo(0L);
        return;
      }
      assertThat(report.status()).as(report.message()).isEqualTo(ImportStatus.IMPORTED);
      assertThat(report.rowsImported()).isEqualTo(csv.rows().size());
      assertThat(report.formatVersion()).isEqualTo(expectedVersion(csv.header()));
      Map<String, BigDecimal[]> expected = expectedTotals(csv);
      Map<String, BigDecimal[]> actual = FocusTestSupport.totals(workspace);
      assertThat(actual.keySet()).isEqualTo(expected.keySet());
      expected.forEach(
          (key, sums) -> {
            assertThat(actual.get(key)[0]).as("BilledCost " + key).isEqualByComparingTo(sums[0]);
            assertThat(actual.get(key)[1]).as("EffectiveCost " + key).isEqualByComparingTo(sums[1]);
          });
    }
  }

  @Test
  void theAiDraftAndSaasExamplesImportAndThePartialOnesAreRejected() throws Exception {
    long importable = focusFiles().filter(f -> missingOf(f).isEmpty()).count();
    long partial = focusFiles().filter(f -> !missingOf(f).isEmpty()).count();
    // 5 AI billing drafts + 9 SaaS agreements are complete; 11 commitment-discount examples
    // (13-23 columns) and 6 virtual-currency examples (no ServiceCategory) are not.
    assertThat(importable).isEqualTo(14);
    assertThat(partial).isEqualTo(17);
  }

  private static List<String> missingOf(Path file) {
    try {
      return missingMandatory(CsvTable.read(file));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** Version by the columns FOCUS added in each release (DOMAIN.md 3.1). */
  static String expectedVersion(List<String> header) {
    Set<String> h = lower(header);
    if (h.contains("serviceprovidername") || h.contains("hostprovidername")) {
      return "1.3";
    }
    for (String c :
        List.of(
            "billingaccounttype",
            "subaccounttype",
            "invoiceid",
            "pricingcurrency",
            "pricingcurrencycontractedunitprice",
            "pricingcurrencyeffectivecost",
            "pricingcurrencylistunitprice")) {
      if (h.contains(c)) {
        return "1.2";
      }
    }
    for (String c :
        List.of(
            "skumeter",
            "skupricedetails",
            "servicesubcategory",
            "capacityreservationid",
            "capacityreservationstatus",
            "commitmentdiscountquantity",
            "commitmentdiscountunit")) {
      if (h.contains(c)) {
        return "1.1";
      }
    }
    return "1.0";
  }

  /**
   * Mandatory columns of the file's version (from realdata's catalog) that its header lacks. In 1.3
   * the deprecated ProviderName and PublisherName may be absent when ServiceProviderName is there.
   */
  static List<String> missingMandatory(CsvTable csv) throws IOException {
    String version = expectedVersion(csv.header());
    CsvTable catalog = CsvTable.read(RealData.file("focus/columns_by_version.csv"));
    Set<String> present = lower(csv.header());
    List<String> missing = new ArrayList<>();
    for (Map<String, String> column : catalog.rows()) {
      if (column.get("focus_version").equals(version)
          && column.get("dataset").equals("CostAndUsage")
          && column.get("feature_level").equals("Mandatory")
          && !present.contains(column.get("column_id").toLowerCase(Locale.ROOT))) {
        boolean replaced =
            version.equals("1.3")
                && column.get("status").startsWith("Deprecated")
                && present.contains("serviceprovidername");
        if (!replaced) {
          missing.add(column.get("column_id"));
        }
      }
    }
    return missing;
  }

  /** BilledCost and EffectiveCost per provider/currency, summed from the raw text. */
  static Map<String, BigDecimal[]> expectedTotals(CsvTable csv) throws IOException {
    Map<String, BigDecimal[]> totals = new HashMap<>();
    for (Map<String, String> row : csv.rows()) {
      String key = provider(csv, row) + "/" + row.get(csv.column("BillingCurrency"));
      BigDecimal[] sums =
          totals.computeIfAbsent(key, k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
      sums[0] = sums[0].add(CsvTable.money(row.get(csv.column("BilledCost"))));
      sums[1] = sums[1].add(CsvTable.money(row.get(csv.column("EffectiveCost"))));
    }
    return totals;
  }

  /** The vendor: the model developer of a token line, else who sells the service. */
  private static String provider(CsvTable csv, Map<String, String> row) throws IOException {
    String details =
        csv.column("SkuPriceDetails") == null ? null : row.get(csv.column("SkuPriceDetails"));
    if (details != null) {
      JsonNode developer = JSON.readTree(details).get("ModelDeveloper");
      if (developer != null) {
        return key(developer.asText());
      }
    }
    for (String column : List.of("ServiceProviderName", "ProviderName", "InvoiceIssuerName")) {
      if (csv.column(column) != null && row.get(csv.column(column)) != null) {
        return key(row.get(csv.column(column)));
      }
    }
    return "unknown";
  }

  /** TokenLedger's provider keys (DOMAIN.md: openai, anthropic, aws, azure, gcp, ...). */
  private static final Map<String, String> CLOUDS =
      Map.of(
          "amazon web services", "aws",
          "microsoft", "azure",
          "google cloud", "gcp",
          "google", "gcp");

  private static String key(String name) {
    String lower = name.strip().toLowerCase(Locale.ROOT);
    return CLOUDS.getOrDefault(lower, lower.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", ""));
  }

  private static Set<String> lower(List<String> names) {
    return Set.copyOf(names.stream().map(n -> n.toLowerCase(Locale.ROOT)).toList());
  }
}
