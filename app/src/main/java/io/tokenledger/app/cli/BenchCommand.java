package io.tokenledger.app.cli;

import io.tokenledger.engine.allocation.AllocationRun;
import io.tokenledger.engine.allocation.AllocationScope;
import io.tokenledger.engine.explore.Dimension;
import io.tokenledger.engine.explore.DrillRequest;
import io.tokenledger.engine.explore.Measure;
import io.tokenledger.engine.explore.PivotRequest;
import io.tokenledger.engine.explore.PivotResult;
import io.tokenledger.engine.explore.PivotRow;
import io.tokenledger.engine.explore.PivotSummary;
import io.tokenledger.engine.task.Cancellation;
import io.tokenledger.engine.task.ProgressListener;
import io.tokenledger.engine.workspace.Workspace;
import io.tokenledger.engine.workspace.WorkspaceOptions;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code tokenledger bench}: the rerunnable measurements behind docs/benchmarks.md, on a workspace
 * the caller filled (see docs/benchmarks.md for the commands that generate and import the data).
 * Each figure is a median of several runs, set against the hand-written DuckDB query that answers
 * the same question on the same tables, so the ratio holds across machines.
 */
@Command(
    name = "bench",
    hidden = true,
    description =
        "Measure allocation, the pivot and drill-through on a workspace (docs/benchmarks.md).")
final class BenchCommand implements Callable<Integer> {

  /** The hand-written equivalent of the benchmark pivot: both sides grouped, then joined. */
  private static final String RAW_PIVOT =
      "WITH c AS (SELECT coalesce(client, '-') AS client, coalesce(feature, '-') AS feature,"
          + " coalesce(model, '-') AS model, sum(billed) AS cost FROM allocations GROUP BY ALL),"
          + " u AS (SELECT coalesce(client, '-') AS client, coalesce(feature, '-') AS feature,"
          + " coalesce(model, model_raw) AS model, sum(in_uncached + in_cache_read"
          + " + in_cache_write_5m + in_cache_write_1h + out_text + out_reasoning) AS tokens,"
          + " sum(requests) AS requests FROM usage_events GROUP BY ALL)"
          + " SELECT * FROM c FULL JOIN u USING (client, feature, model)";

  /** The same question asked of the summary table the pivot reads, by a plain GROUP BY. */
  private static final String RAW_SUMMARY_PIVOT =
      "SELECT client, feature, model, sum(allocated) AS cost, sum(tokens) AS tokens,"
          + " sum(requests) AS requests FROM pivot_facts WHERE grain = 'month' GROUP BY ALL";

  /**
   * The hand-written equivalent of allocating one month ({month} and {next}: its bounds): each
   * day's billed amount per provider, model and bucket spread over that day's events by tokens, one
   * row per event and bucket written to a table, with no remainder carried, no lineage, no shared
   * costs and no summary.
   */
  private static final String RAW_MONTH_ALLOCATION =
      "CREATE OR REPLACE TEMP TABLE bench_raw_allocation AS"
          + " WITH pools AS (SELECT provider, model, token_bucket,"
          + " CAST(ChargePeriodStart AS DATE) AS day, sum(BilledCost) AS billed FROM cost_lines"
          + " WHERE model IS NOT NULL AND token_bucket IS NOT NULL"
          + " AND ChargePeriodStart >= {month} AND ChargePeriodStart < {next} GROUP BY ALL),"
          + " events AS (UNPIVOT (SELECT import_id, source_line, provider, model,"
          + " CAST(event_time AS DATE) AS day, client, feature, team, env, in_uncached,"
          + " in_cache_read, in_cache_write_5m, in_cache_write_1h, out_text, out_reasoning"
          + " FROM usage_events WHERE in_basis AND event_time >= {month} AND event_time < {next})"
          + " ON in_uncached, in_cache_read, in_cache_write_5m, in_cache_write_1h, out_text,"
          + " out_reasoning INTO NAME token_bucket VALUE tokens),"
          + " weighed AS (SELECT e.*, p.billed, sum(e.tokens) OVER (PARTITION BY e.provider,"
          + " e.model, e.token_bucket, e.day) AS pool_tokens FROM events e"
          + " JOIN pools p USING (provider, model, token_bucket, day) WHERE e.tokens > 0)"
          + " SELECT import_id, source_line, provider, model, token_bucket, day, client, feature,"
          + " team, env, tokens, CAST(billed * tokens / pool_tokens AS DECIMAL(38, 10)) AS billed"
          + " FROM weighed";

  @ParentCommand TokenLedgerCommand root;
  @Spec CommandSpec spec;
  @Mixin WorkspaceOption workspace;

  @Option(
      names = "--runs",
      defaultValue = "7",
      description = "Timed runs per figure (default: ${DEFAULT-VALUE}).")
  int runs;

  @Option(names = "--skip-allocation", description = "Measure the pivot on the current allocation.")
  boolean skipAllocation;

  @Option(
      names = "--memory-limit",
      defaultValue = "6GB",
      description =
          "DuckDB's memory_limit for the run (default: ${DEFAULT-VALUE}); beyond it DuckDB spills"
              + " to disk instead of growing until the machine runs out.")
  String memoryLimit;

  @Option(
      names = "--month",
      paramLabel = "YYYY-MM",
      description =
          "Also time the allocation of this month alone (what a run after an import into it"
              + " does), against the hand-written spread of the month.")
  YearMonth month;

  @Option(
      names = "--detail",
      description = "Also time the pivot over the detail tables, with the summary set aside.")
  boolean detail;

  @Override
  public Integer call() throws SQLException {
    PrintWriter out = spec.commandLine().getOut();
    try (Workspace ws =
        root.services
            .workspaceStore()
            .open(workspace.file, new WorkspaceOptions(false, memoryLimit, 0))) {
      out.printf("load average at start: %s%n", loadAverage());
      try (Connection c = ws.newConnection();
          Statement s = c.createStatement();
          ResultSet counts =
              s.executeQuery(
                  "SELECT (SELECT count(*) FROM cost_lines), (SELECT count(*) FROM usage_events)")) {
        counts.next();
        out.printf(
            "workspace: %,d cost lines, %,d usage events%n", counts.getLong(1), counts.getLong(2));
      }
      if (!skipAllocation) {
        long started = System.nanoTime();
        AllocationRun run =
            root.services.allocationService().run(ws, ProgressListener.NONE, Cancellation.none());
        out.printf(
            "allocation: %.1f s (%,d pools, billed %s, unallocated %s)%n",
            (System.nanoTime() - started) / 1e9,
            run.pools(),
            run.billed().toPlainString(),
            run.unallocated().toPlainString());
      }
      if (month != null) {
        monthAllocation(ws, out);
      }
      PivotRequest pivot =
          PivotRequest.of(
              List.of(Dimension.CLIENT, Dimension.FEATURE, Dimension.MODEL),
              List.of(Measure.ALLOCATED_COST, Measure.TOKENS, Measure.REQUESTS));
      List<Double> ours = new ArrayList<>();
      List<Double> raw = new ArrayList<>();
      List<Double> rawSummary = new ArrayList<>();
      List<Double> drillFirst = new ArrayList<>();
      List<Double> drillNext = new ArrayList<>();
      int groups = 0;
      for (int i = 0; i < runs + 1; i++) {
        long started = System.nanoTime();
        PivotResult result = root.services.exploreService().pivot(ws, pivot, Cancellation.none());
        double pivotMs = (System.nanoTime() - started) / 1e6;
        groups = result.detailRows().size();
        started = System.nanoTime();
        int rawRows = count(ws, RAW_PIVOT);
        double rawMs = (System.nanoTime() - started) / 1e6;
        started = System.nanoTime();
        count(ws, RAW_SUMMARY_PIVOT);
        double rawSummaryMs = (System.nanoTime() - started) / 1e6;
        // A client not drilled into before: its first page also counts the rows behind it.
        List<PivotRow> clients = result.rows().stream().filter(r -> r.depth() == 1).toList();
        String client = clients.get(i % clients.size()).keys().get(0);
        started = System.nanoTime();
        drill(ws, pivot, client, 0);
        double firstMs = (System.nanoTime() - started) / 1e6;
        started = System.nanoTime();
        drill(ws, pivot, client, 100);
        double nextMs = (System.nanoTime() - started) / 1e6;
        if (i > 0) { // the first run warms caches
          ours.add(pivotMs);
          raw.add(rawMs);
          rawSummary.add(rawSummaryMs);
          drillFirst.add(firstMs);
          drillNext.add(nextMs);
        }
        if (rawRows == 0) {
          throw new IllegalStateException("The workspace is empty: import data first");
        }
      }
      double ourMedian = median(ours);
      double rawMedian = median(raw);
      double rawSummaryMedian = median(rawSummary);
      out.printf(
          "pivot client x feature x model (%d groups, subtotals and totals): median %.0f ms%n",
          groups, ourMedian);
      out.printf(
          "hand-written DuckDB GROUP BY over allocations + usage_events: median %.0f ms"
              + " (ratio %.2fx)%n",
          rawMedian, ourMedian / rawMedian);
      out.printf(
          "hand-written DuckDB GROUP BY over pivot_facts (the table the pivot reads): median %.0f"
              + " ms (ratio %.2fx)%n",
          rawSummaryMedian, ourMedian / rawSummaryMedian);
      out.printf(
          "drill-through page (100 rows): first page of a new cell median %.0f ms, next page"
              + " median %.0f ms%n",
          median(drillFirst), median(drillNext));
      if (detail) {
        out.printf(
            "pivot read from the detail tables (no summary): median %.0f ms%n",
            detailPivot(ws, pivot));
      }
    }
    out.printf("load average at end: %s%n", loadAverage());
    out.flush();
    return 0;
  }

  /** Medians of runs of the allocation of {@link #month} and of its hand-written equivalent. */
  private void monthAllocation(Workspace ws, PrintWriter out) throws SQLException {
    AllocationScope scope = AllocationScope.months(List.of(month));
    String raw =
        RAW_MONTH_ALLOCATION
            .replace("{month}", "TIMESTAMPTZ '" + month.atDay(1) + " 00:00:00+00'")
            .replace("{next}", "TIMESTAMPTZ '" + month.plusMonths(1).atDay(1) + " 00:00:00+00'");
    List<Double> ours = new ArrayList<>();
    List<Double> hand = new ArrayList<>();
    long rows = 0;
    for (int i = 0; i < runs; i++) {
      long started = System.nanoTime();
      root.services.allocationService().run(ws, scope, ProgressListener.NONE, Cancellation.none());
      ours.add((System.nanoTime() - started) / 1e6);
      try (Connection c = ws.newConnection();
          Statement s = c.createStatement()) {
        started = System.nanoTime();
        s.execute(raw);
        hand.add((System.nanoTime() - started) / 1e6);
        try (ResultSet count = s.executeQuery("SELECT count(*) FROM bench_raw_allocation")) {
          count.next();
          rows = count.getLong(1);
        }
      }
    }
    double ourMedian = median(ours);
    double handMedian = median(hand);
    out.printf(
        "allocation of %s alone: median %.0f ms; hand-written spread of the month (%,d rows):"
            + " median %.0f ms (ratio %.2fx)%n",
        month, ourMedian, rows, handMedian, ourMedian / handMedian);
  }

  private void drill(Workspace ws, PivotRequest pivot, String client, int offset) {
    root.services
        .exploreService()
        .drillAllocations(
            ws, new DrillRequest(pivot, Map.of(Dimension.CLIENT, client), offset, 100));
  }

  /** The same pivot with the summary set aside, then the summary rebuilt as it was. */
  private double detailPivot(Workspace ws, PivotRequest pivot) throws SQLException {
    List<Double> times = new ArrayList<>();
    try (Connection c = ws.newConnection()) {
      int runId;
      try (Statement s = c.createStatement();
          ResultSet rows = s.executeQuery("SELECT max(run_id) FROM pivot_summary_state")) {
        rows.next();
        runId = rows.getInt(1);
      }
      PivotSummary.invalidate(c);
      try {
        for (int i = 0; i < runs + 1; i++) {
          long started = System.nanoTime();
          root.services.exploreService().pivot(ws, pivot, Cancellation.none());
          if (i > 0) {
            times.add((System.nanoTime() - started) / 1e6);
          }
        }
      } finally {
        PivotSummary.rebuild(c, runId);
      }
    }
    return median(times);
  }

  private static int count(Workspace ws, String sql) throws SQLException {
    try (Connection c = ws.newConnection();
        Statement s = c.createStatement();
        ResultSet rows = s.executeQuery(sql)) {
      int count = 0;
      while (rows.next()) {
        count++;
      }
      return count;
    }
  }

  /** The machine's load beside the figures: on a shared machine they mean little without it. */
  private static String loadAverage() {
    try {
      return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).strip();
    } catch (java.io.IOException | RuntimeException e) {
      return "unknown";
    }
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get(sorted.size() / 2);
  }
}
