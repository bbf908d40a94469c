package io.tokenledger.sampledata;

import io.tokenledger.sampledata.anthropic.AnthropicExportWriter;
import io.tokenledger.sampledata.cloud.CloudBill;
import io.tokenledger.sampledata.cloud.CloudChargeSink;
import io.tokenledger.sampledata.cloud.CurWriter;
import io.tokenledger.sampledata.cloud.GcpBillingExportWriter;
import io.tokenledger.sampledata.company.Company;
import io.tokenledger.sampledata.company.DaySink;
import io.tokenledger.sampledata.company.Task;
import io.tokenledger.sampledata.company.Traffic;
import io.tokenledger.sampledata.focus.FocusCloudBillWriter;
import io.tokenledger.sampledata.gpu.GpuMetricsWriter;
import io.tokenledger.sampledata.openai.OpenAiExportWriter;
import io.tokenledger.sampledata.revenue.RevenueBook;
import io.tokenledger.sampledata.revenue.RevenueWriter;
import io.tokenledger.sampledata.traces.LangfuseTraceWriter;
import io.tokenledger.sampledata.traces.LiteLlmSpendLogWriter;
import io.tokenledger.sampledata.traces.OtlpJsonWriter;
import io.tokenledger.sampledata.usage.GenericUsageCsvWriter;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Generates the demo company, Lumora Copilot, as the files such a company really has on disk: its
 * request ledger, each provider's usage and cost exports, its cloud bill, its trace exports, its
 * revenue sheet and FX table, and its GPU metrics (sample-data/README.md lists them with their
 * columns and the planted answers). The request stream is generated one UTC day at a time and every
 * writer streams, so memory stays bounded at any scale; the same seed gives byte-identical files.
 */
public final class DemoCompany {

  private DemoCompany() {}

  /**
   * Writes the demo company's files under {@code outDir} (created if needed; existing files of the
   * same names are overwritten) and returns what was written with the planted answers.
   */
  public static DemoManifest generate(Path outDir, DemoOptions options) throws IOException {
    Company company = Company.create(options.seed(), options.scale());
    Traffic traffic = new Traffic(company);
    Files.createDirectories(outDir);
    PlantedFactsCollector facts = new PlantedFactsCollector(company);
    GpuMetricsWriter gpu = new GpuMetricsWriter(company);
    CloudBill cloudBill = new CloudBill(company, cloudBillSinks(outDir, company, options));
    List<DaySink> sinks = new ArrayList<>();
    if (options.writes(DemoSource.LEDGER)) {
      sinks.add(new GenericUsageCsvWriter(outDir));
    }
    if (options.writes(DemoSource.PROVIDER_EXPORTS)) {
      sinks.add(new OpenAiExportWriter(outDir, company));
      sinks.add(new AnthropicExportWriter(outDir, company));
    }
    // The cloud bill carries the GCP credits of the planted answers: built even when not written.
    sinks.add(cloudBill);
    if (options.writes(DemoSource.TRACES)) {
      sinks.add(new OtlpJsonWriter(outDir));
      sinks.add(new LangfuseTraceWriter(outDir, company));
      sinks.add(new LiteLlmSpendLogWriter(outDir, company));
    }
    // The GPU samples feed the planted answers, so they are computed even when not written.
    if (options.writes(DemoSource.GPU)) {
      gpu.writeTo(outDir);
    }
    sinks.add(gpu);
    sinks.add(facts);
    run(company, traffic, sinks);
    List<GeneratedFile> files = new ArrayList<>();
    for (DaySink sink : sinks) {
      files.addAll(sink.finish());
    }
    RevenueBook revenue = new RevenueBook(company);
    if (options.writes(DemoSource.REVENUE)) {
      files.addAll(RevenueWriter.write(outDir, company, revenue));
    }
    return new DemoManifest(
        Company.NAME,
        company.start(),
        company.end().minusDays(1),
        options.seed(),
        options.scale(),
        List.copyOf(files),
        facts.facts(revenue, gpu.utilization(), cloudBill.vertexCredits()));
  }

  /**
   * Feeds every day to every sink. Sinks write their own files, so they run in parallel on the
   * day's (immutable) tasks while the next day's traffic is generated; each day completes before
   * the next starts, so every file's content is the same whatever the thread timing.
   */
  private static void run(Company company, Traffic traffic, List<DaySink> sinks)
      throws IOException {
    int threads = Math.max(1, Math.min(sinks.size(), Runtime.getRuntime().availableProcessors()));
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            runnable -> {
              Thread thread = new Thread(runnable, "demo-writer");
              thread.setDaemon(true);
              return thread;
            });
    try {
      List<Future<?>> pending = List.of();
      for (LocalDate day : company.days()) {
        List<Task> tasks = traffic.day(day);
        await(pending);
        List<Future<?>> submitted = new ArrayList<>(sinks.size());
        for (DaySink sink : sinks) {
          submitted.add(
              pool.submit(
                  () -> {
                    sink.day(day, tasks);
                    return null;
                  }));
        }
        pending = submitted;
      }
      await(pending);
    } finally {
      pool.shutdownNow();
    }
  }

  private static void await(List<Future<?>> futures) throws IOException {
    try {
      for (Future<?> future : futures) {
        future.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("demo generation interrupted");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      }
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(cause);
    }
  }

  /** The renderings of the cloud bill: CUR 2.0, the BigQuery export and FOCUS 1.2. */
  private static List<CloudChargeSink> cloudBillSinks(
      Path outDir, Company company, DemoOptions options) {
    if (!options.writes(DemoSource.CLOUD_BILL)) {
      return List.of();
    }
    return List.of(
        new CurWriter(outDir, company),
        new GcpBillingExportWriter(outDir, company),
        new FocusCloudBillWriter(outDir));
  }
}
