package io.tokenledger.engine.allocation;

import static io.tokenledger.engine.testing.LedgerFixture.day;
import static org.assertj.core.api.Assertions.assertThat;

import io.tokenledger.engine.explore.Dimension;
import io.tokenledger.engine.explore.DuckDbExploreService;
import io.tokenledger.engine.explore.Measure;
import io.tokenledger.engine.explore.PivotRequest;
import io.tokenledger.engine.explore.PivotResult;
import io.tokenledger.engine.explore.PivotRow;
import io.tokenledger.engine.task.Cancellation;
import io.tokenledger.engine.task.ProgressListener;
import io.tokenledger.engine.testing.LedgerFixture;
import io.tokenledger.engine.workspace.DuckDbWorkspaceStore;
import io.tokenledger.engine.workspace.Workspace;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The same requests recorded by the company's ledger, two trace formats and the provider's usage
 * export: per provider-day only the most complete source counts (ledger, else the trace format with
 * the most tokens, else the export), so every billed dollar is allocated once and the pivot counts
 * every request once.
 */
class UsageBasisTest {

  private final Workspace workspace = new DuckDbWorkspaceStore("test").inMemory();
  private final DuckDbAllocationService allocation = new DuckDbAllocationService();

  @AfterEach
  void close() {
    workspace.close();
  }

  @Test
  void ledgerTracesAndUsageExportOfTheSameRequestsAreCountedOnce() throws Exception {
    try (LedgerFixture bill = new LedgerFixture(workspace, 1, "bill");
        LedgerFixture ledger = new LedgerFixture(workspace, 2, "ledger");
        LedgerFixture spendLog = new LedgerFixture(workspace, 3, "trace", "litellm-spend-logs");
        LedgerFixture otel = new LedgerFixture(workspace, 4, "trace", "otel-otlp-json");
        LedgerFixture usageExport = new LedgerFixture(workspace, 5, "usage")) {
      bill.costLine(
          "openai", "gpt-4o", "in_uncached", day(10, 1), day(10, 2), "12.00", "USD", "API");
      bill.costLine(
          "openai", "gpt-4o", "in_uncached", day(10, 2), day(10, 3), "6.00", "USD", "API");
      bill.costLine(
          "openai", "gpt-4o", "in_uncached", day(10, 3), day(10, 4), "4.00", "USD", "API");
      // Day 1: the ledger has all three requests; the spend log two, OTel one; the export the sum.
      ledger.event("openai", "gpt-4o", day(10, 1).plusHours(1), "acme", "chat", 300, 0, 0);
      ledger.event("openai", "gpt-4o", day(10, 1).plusHours(2), "globex", "rag", 100, 0, 0);
      ledger.event("openai", "gpt-4o", day(10, 1).plusHours(3), "initech", "rag", 200, 0, 0);
      spendLog.event("openai", "gpt-4o", day(10, 1).plusHours(1), "acme", "chat", 300, 0, 0);
      spendLog.event("openai", "gpt-4o", day(10, 1).plusHours(2), "globex", "rag", 100, 0, 0);
      otel.event("openai", "gpt-4o", day(10, 1).plusHours(1), "acme", "chat", 300, 0, 0);
      usageExport.event("openai", "gpt-4o", day(10, 1), null, null, 600, 0, 0);
      // Day 2: no ledger; the spend log has both requests, OTel one of them.
      spendLog.event("openai", "gpt-4o", day(10, 2).plusHours(1), "acme", "chat", 100, 0, 0);
      spendLog.event("openai", "gpt-4o", day(10, 2).plusHours(2), "globex", "rag", 100, 0, 0);
      otel.event("openai", "gpt-4o", day(10, 2).plusHours(1), "acme", "chat", 100, 0, 0);
      usageExport.event("openai", "gpt-4o", day(10, 2), null, null, 200, 0, 0);
      // Day 3: only the provider's export.
      usageExport.event("openai", "gpt-4o", day(10, 3), null, null, 50, 0, 0);

      AllocationRun run = allocation.run(workspace, ProgressListener.NONE, Cancellation.none());

      assertThat(run.billed()).isEqualByComparingTo("22.00");
      assertThat(run.allocated().add(run.unallocated())).isEqualByComparingTo(run.billed());
      assertThat(run.unallocated()).isEqualByComparingTo("0");
      // day 1: 12 x 300/600, 100/600, 200/600; day 2: 6 x 100/200 each; day 3: the export (no
      // client)
      assertThat(
              bill.text(
                  "SELECT string_agg(coalesce(client, '-') || '=' || total, ';' ORDER BY client)"
                      + " FROM (SELECT client, sum(billed)::VARCHAR AS total FROM allocations"
                      + " GROUP BY client)"))
          .isEqualTo("acme=9.0000000000;globex=5.0000000000;initech=4.0000000000;-=4.0000000000");
      assertThat(
              bill.text(
                  "SELECT string_agg(import_id || ':' || day(event_time) || ':' || in_basis, ','"
                      + " ORDER BY import_id, source_line) FROM usage_events"))
          .isEqualTo(
              "2:1:true,2:1:true,2:1:true,3:1:false,3:1:false,3:2:true,3:2:true,"
                  + "4:1:false,4:2:false,5:1:false,5:2:false,5:3:true");

      PivotResult byDay =
          new DuckDbExploreService()
              .pivot(
                  workspace,
                  PivotRequest.of(
                      List.of(Dimension.DAY),
                      List.of(
                          Measure.REQUESTS,
                          Measure.TOKENS,
                          Measure.BILLED_COST,
                          Measure.ALLOCATED_COST)),
                  Cancellation.none());
      Map<String, BigDecimal> requestsByDay =
          byDay.detailRows().stream()
              .collect(
                  Collectors.toMap(r -> r.keys().get(0), r -> r.total().get(Measure.REQUESTS)));
      assertThat(requestsByDay)
          .containsOnlyKeys("2026-10-01", "2026-10-02", "2026-10-03")
          .hasEntrySatisfying("2026-10-01", v -> assertThat(v).isEqualByComparingTo("3"))
          .hasEntrySatisfying("2026-10-02", v -> assertThat(v).isEqualByComparingTo("2"))
          .hasEntrySatisfying("2026-10-03", v -> assertThat(v).isEqualByComparingTo("1"));
      PivotRow total = byDay.grandTotal();
      assertThat(total.total().get(Measure.REQUESTS)).isEqualByComparingTo("6");
      assertThat(total.total().get(Measure.TOKENS)).isEqualByComparingTo("850");
      assertThat(total.total().get(Measure.ALLOCATED_COST)).isEqualByComparingTo("22.00");
    }
  }
}
