package io.tokenledger.engine.focus;

import static io.tokenledger.engine.testing.LedgerFixture.day;
import static org.assertj.core.api.Assertions.assertThat;

import io.tokenledger.engine.allocation.DuckDbAllocationService;
import io.tokenledger.engine.allocation.SharedCostSplit;
import io.tokenledger.engine.task.Cancellation;
import io.tokenledger.engine.task.ProgressListener;
import io.tokenledger.engine.testing.LedgerFixture;
import io.tokenledger.engine.workspace.DuckDbWorkspaceStore;
import io.tokenledger.engine.workspace.Workspace;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A FOCUS 1.3 export after an allocation run: each spread cost line becomes its allocated charges,
 * whose costs and quantities add up to the line to the last digit, with the Allocated* columns the
 * specification asks for; lines left unallocated are written whole, and 1.2 writes every line
 * whole.
 */
class AllocatedChargesExportTest {

  @TempDir Path dir;
  private final Workspace workspace = new DuckDbWorkspaceStore("test").inMemory();
  private final DuckDbFocusExportService export = new DuckDbFocusExportService();

  @BeforeEach
  void ledger() throws Exception {
    try (LedgerFixture ledger = new LedgerFixture(workspace, 1)) {
      // line 2: 100.00 over acme 300 tokens and globex 100 tokens -> 75 / 25
      ledger.costLine(
          "openai", "gpt-4o", "in_uncached", day(10, 1), day(10, 2), "100.00", "USD", "OpenAI");
      // line 3: 10.00 over three equal clients -> the leftover unit goes to one of them
      ledger.costLine(
          "anthropic", "claude-haiku-4-5", "out_text", day(10, 1), day(10, 2), "10.00", "USD", "A");
      // line 4: no usage of this model: stays whole in the Unallocated bucket
      ledger.costLine("openai", "o3", "out_text", day(10, 1), day(10, 2), "7.00", "USD", "OpenAI");
      // line 5: a shared cost split evenly between the month's clients
      ledger.costLine("aws", null, null, day(10, 3), day(10, 4), "-0.05", "USD", "Amazon EC2");
      ledger.execute(
          "UPDATE cost_lines SET ListCost = BilledCost * 2, PricingQuantity = 1.5,"
              + " ListUnitPrice = 0.000003, Tags = '{\"tokenledger/feature\":\"chat\"}',"
              + " ChargeCategory = 'Usage'");
      ledger.event("openai", "gpt-4o", day(10, 1).plusHours(3), "acme", "chat", 300, 0, 0);
      ledger.event("openai", "gpt-4o", day(10, 1).plusHours(9), "globex", null, 100, 0, 0);
      for (String client : new String[] {"a", "b", "c"}) {
        ledger.event(
            "anthropic", "claude-haiku-4-5", day(10, 1).plusHours(1), client, "f", 0, 7, 0);
      }
    }
    DuckDbAllocationService allocation = new DuckDbAllocationService();
    allocation.setSplit(workspace, SharedCostSplit.even("aws/Amazon EC2"));
    allocation.run(workspace, ProgressListener.NONE, Cancellation.none());
  }

  @AfterEach
  void close() {
    workspace.close();
  }

  private List<Map<String, String>> export(FocusVersion version, FocusExportFormat format)
      throws Exception {
    Path out = dir.resolve("focus-" + version + "." + format.name().toLowerCase());
    FocusExportResult result =
        export.export(workspace, new FocusExportRequest(out, version, format));
    String reader =
        format == FocusExportFormat.CSV
            ? "read_csv('" + out + "', all_varchar = true)"
            : "read_parquet('" + out + "')";
    List<Map<String, String>> rows = new ArrayList<>();
    try (Connection connection = ScratchDatabase.open();
        Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery("SELECT * FROM " + reader)) {
      while (rs.next()) {
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
          row.put(rs.getMetaData().getColumnName(i), rs.getString(i));
        }
        rows.add(row);
      }
    }
    assertThat(result.rows()).isEqualTo(rows.size());
    return rows;
  }

  private static BigDecimal sum(List<Map<String, String>> rows, String column) {
    return rows.stream()
        .map(r -> r.get(column))
        .filter(v -> v != null && !v.isEmpty())
        .map(BigDecimal::new)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  @Test
  void eachSpreadLineBecomesOneAllocatedChargePerRecipient() throws Exception {
    List<Map<String, String>> rows = export(FocusVersion.V1_3, FocusExportFormat.CSV);
    // 2 + 3 parts, the unallocated line whole, and the shared line split over the month's 5 clients
    assertThat(rows).hasSize(2 + 3 + 1 + 5);
    Map<String, String> acme = rows.get(0);
    assertThat(acme)
        .containsEntry("BilledCost", "75")
        .containsEntry("ListCost", "150")
        .containsEntry("PricingQuantity", "1.125")
        .containsEntry("AllocatedMethodId", "TokenLedger-Tokens")
        .containsEntry("AllocatedResourceId", "client=acme;feature=chat")
        .containsEntry("AllocatedResourceName", "acme / chat")
        .containsEntry(
            "AllocatedMethodDetails",
            "{\"Elements\":[{\"AllocatedRatio\":0.75,\"UsageUnit\":\"Tokens\","
                + "\"UsageQuantity\":300}]}")
        // the feature is already in the line's Tags: not repeated
        .containsEntry("AllocatedTags", "{\"tokenledger/client\":\"acme\"}");
    assertThat(rows.get(1))
        .containsEntry("BilledCost", "25")
        .containsEntry("AllocatedResourceId", "client=globex")
        .containsEntry("AllocatedTags", "{\"tokenledger/client\":\"globex\"}");
  }

  @Test
  void theAllocatedChargesOfALineAddUpToItToTheLastDigit() throws Exception {
    List<Map<String, String>> rows = export(FocusVersion.V1_3, FocusExportFormat.CSV);
    List<Map<String, String>> haiku = rows.subList(2, 5);
    assertThat(haiku)
        .extracting(r -> r.get("BilledCost"))
        .containsExactlyInAnyOrder("3.3333333334", "3.3333333333", "3.3333333333");
    assertThat(sum(haiku, "BilledCost")).isEqualByComparingTo("10.00");
    assertThat(sum(haiku, "ListCost")).isEqualByComparingTo("20.00");
    assertThat(sum(haiku, "PricingQuantity")).isEqualByComparingTo("1.5");
    List<Map<String, String>> shared = rows.subList(6, 11);
    assertThat(shared).extracting(r -> r.get("AllocatedMethodId")).containsOnly("TokenLedger-Even");
    assertThat(sum(shared, "BilledCost")).isEqualByComparingTo("-0.05");
    // the whole file adds up to the four lines: 100 + 10 + 7 - 0.05
    assertThat(sum(rows, "BilledCost")).isEqualByComparingTo("116.95");
    assertThat(sum(rows, "EffectiveCost")).isEqualByComparingTo("116.95");
    assertThat(sum(rows, "ListCost")).isEqualByComparingTo("233.90");
    assertThat(sum(rows, "PricingQuantity")).isEqualByComparingTo("6");
  }

  @Test
  void unitPricesAndDimensionsAreTheLinesOwn() throws Exception {
    List<Map<String, String>> rows = export(FocusVersion.V1_3, FocusExportFormat.PARQUET);
    assertThat(rows.subList(2, 5))
        .extracting(
            r -> new BigDecimal(r.get("ListUnitPrice")).stripTrailingZeros().toPlainString())
        .containsOnly("0.000003");
    assertThat(rows.subList(0, 2))
        .extracting(r -> r.get("ServiceName") + "|" + r.get("ChargePeriodStart"))
        .containsOnly(rows.get(0).get("ServiceName") + "|" + rows.get(0).get("ChargePeriodStart"));
  }

  @Test
  void aLineLeftUnallocatedIsWrittenWholeWithoutAllocationColumns() throws Exception {
    Map<String, String> o3 = export(FocusVersion.V1_3, FocusExportFormat.CSV).get(5);
    assertThat(o3.get("BilledCost")).isEqualTo("7");
    assertThat(o3.get("AllocatedMethodId")).isNull();
    assertThat(o3.get("AllocatedResourceId")).isNull();
    assertThat(o3.get("AllocatedTags")).isNull();
  }

  @Test
  void focus12WritesEveryLineWholeAndSaysWhy() throws Exception {
    Path out = dir.resolve("focus-1.2.csv");
    FocusExportResult result =
        export.export(
            workspace, new FocusExportRequest(out, FocusVersion.V1_2, FocusExportFormat.CSV));
    assertThat(result.rows()).isEqualTo(4);
    assertThat(result.allocatedRows()).isZero();
    assertThat(result.warnings()).anyMatch(w -> w.contains("export FOCUS 1.3"));
  }

  @Test
  void withoutTheSplitA13ExportWritesTheLinesWhole() throws Exception {
    Path out = dir.resolve("whole.csv");
    FocusExportResult result =
        export.export(
            workspace,
            new FocusExportRequest(out, FocusVersion.V1_3, FocusExportFormat.CSV, false));
    assertThat(result.rows()).isEqualTo(4);
  }
}
