package io.tokenledger.sampledata.usage;

import io.tokenledger.sampledata.DemoFormats;
import io.tokenledger.sampledata.GeneratedFile;
import io.tokenledger.sampledata.company.Call;
import io.tokenledger.sampledata.company.DaySink;
import io.tokenledger.sampledata.company.Invocation;
import io.tokenledger.sampledata.company.Task;
import io.tokenledger.sampledata.company.TokenUsage;
import io.tokenledger.sampledata.files.CsvFile;
import io.tokenledger.sampledata.files.Money;
import io.tokenledger.sampledata.files.Times;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * The company's own request ledger in TokenLedger's generic usage CSV: every model invocation,
 * complete, with the cost the platform team's price table gives it. A model missing from that table
 * (the canary model) and the self-hosted model have an empty cost: unpriced, not $0.
 */
public final class GenericUsageCsvWriter implements DaySink {

  /** The columns, in the order of the importer's catalog (GenericUsageColumn). */
  public static final List<String> HEADER =
      List.of(
          "timestamp",
          "provider",
          "model",
          "request_id",
          "trace_id",
          "parent_id",
          "end_time",
          "service_tier",
          "operation",
          "in_uncached",
          "in_cache_read",
          "in_cache_write_5m",
          "in_cache_write_1h",
          "out_text",
          "out_reasoning",
          "requests",
          "latency_ms",
          "status",
          "cache_hit",
          "cost",
          "currency",
          "client",
          "feature",
          "team",
          "env",
          "user",
          "api_key",
          "project");

  public static final String FILE = "usage/generic-usage.csv";

  private final CsvFile csv;

  public GenericUsageCsvWriter(Path outDir) throws IOException {
    this.csv = CsvFile.create(outDir.resolve(FILE), HEADER);
  }

  @Override
  public void day(LocalDate day, List<Task> tasks) throws IOException {
    for (Call call : Call.of(tasks)) {
      Invocation inv = call.invocation();
      Task task = call.task();
      TokenUsage usage = inv.usage();
      Times.isoMillisZ(csv.field(), inv.startMicros());
      csv.raw(inv.model().provider().usageName());
      csv.text(inv.model().id());
      csv.text(inv.requestId());
      csv.raw(task.traceId());
      csv.raw(call.span().parentId());
      Times.isoMillisZ(csv.field(), inv.endMicros());
      csv.raw(inv.tier().id());
      csv.raw(inv.operation());
      csv.number(usage.inUncached());
      csv.number(usage.inCacheRead());
      csv.number(usage.inCacheWrite5m());
      csv.number(usage.inCacheWrite1h());
      csv.number(usage.outText());
      csv.number(usage.outReasoning());
      csv.number(1);
      csv.number(inv.latencyMillis());
      csv.raw(inv.failed() ? "error" : "ok");
      // cache_hit means a response cache answered (no provider call, no cost); the company has no
      // response cache. Prompt-cache reads are in in_cache_read.
      csv.raw("false");
      BigDecimal cost = inv.catalogCost();
      csv.raw(cost == null ? null : Money.plain(cost));
      csv.raw(cost == null ? null : "USD");
      csv.text(task.client().name());
      csv.raw(task.feature().id());
      csv.raw(task.feature().team());
      csv.raw(task.client().env());
      csv.raw(task.userId());
      csv.text(inv.credential().keyId());
      csv.text(inv.credential().projectId());
      csv.endRow();
    }
  }

  @Override
  public List<GeneratedFile> finish() throws IOException {
    csv.close();
    return List.of(new GeneratedFile(csv.path(), DemoFormats.GENERIC_USAGE_CSV, csv.rows()));
  }
}
