package io.tokenledger.engine.showback;

import io.tokenledger.engine.task.Cancellation;
import io.tokenledger.engine.task.ProgressListener;
import io.tokenledger.engine.workspace.DuckDbWorkspaceStore;
import io.tokenledger.engine.workspace.Workspace;
import io.tokenledger.engine.workspace.WorkspaceOptions;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The showback benchmark of docs/benchmarks.md, one measurement per JVM so that peak memory is the
 * measurement's own:
 *
 * <pre>
 * ShowbackBenchmark generate W.tlw EVENTS   # a plausible September and October, allocated
 * ShowbackBenchmark pack W.tlw OUT.xlsx     # the full October pack by client
 * ShowbackBenchmark plain W.tlw OUT.xlsx    # the same detail rows, plain SXSSF, nothing else
 * </pre>
 *
 * Prints the time, the detail rows, the peak Java heap (sampled every 10 ms and from the pools'
 * peak usage) and the peak resident set size of the process (VmHWM).
 */
public final class ShowbackBenchmark {

  private static final YearMonth OCTOBER = YearMonth.of(2026, 10);

  private ShowbackBenchmark() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 3) {
      System.err.println("usage: ShowbackBenchmark generate|pack|plain WORKSPACE EVENTS|OUT");
      System.exit(2);
    }
    Path file = Path.of(args[1]);
    switch (args[0]) {
      case "generate" -> generate(file, Long.parseLong(args[2]));
      case "pack" -> measure("pack", () -> pack(file, Path.of(args[2])));
      case "plain" -> measure("plain SXSSF", () -> plain(file, Path.of(args[2])));
      case "queries" -> queries(file);
      default -> throw new IllegalArgumentException(args[0]);
    }
  }

  private static void generate(Path file, long events) throws Exception {
    Files.deleteIfExists(file);
    long started = System.nanoTime();
    try (Workspace workspace =
        new DuckDbWorkspaceStore("bench").create(file, WorkspaceOptions.defaults())) {
      ShowbackDemoData.fill(workspace, events);
      try (Connection connection = workspace.newConnection();
          ResultSet rows =
              connection
                  .createStatement()
                  .executeQuery(
                      "SELECT count(*) FROM allocations WHERE day >= DATE '2026-10-01'"
                          + " AND day < DATE '2026-11-01'")) {
        rows.next();
        System.out.printf(
            Locale.ROOT,
            "generated %,d events, %,d October allocation rows in %.1f s%n",
            events,
            rows.getLong(1),
            (System.nanoTime() - started) / 1e9);
      }
    }
  }

  private static long pack(Path workspaceFile, Path out) {
    try (Workspace workspace =
        new DuckDbWorkspaceStore("bench").open(workspaceFile, WorkspaceOptions.defaults())) {
      ShowbackPack pack =
          new PoiShowbackService()
              .export(
                  workspace,
                  ShowbackRequest.of(OCTOBER, ShowbackGrouping.CLIENT),
                  out,
                  phases(),
                  Cancellation.none());
      return pack.detailRows();
    }
  }

  /** Times each of the pack's queries on its own. */
  private static void queries(Path workspaceFile) throws Exception {
    try (Workspace workspace =
            new DuckDbWorkspaceStore("bench").open(workspaceFile, WorkspaceOptions.defaults());
        Connection connection = workspace.newConnection()) {
      long t = System.nanoTime();
      ShowbackQueries q =
          new ShowbackQueries(
              connection, ShowbackRequest.of(OCTOBER, ShowbackGrouping.CLIENT), true);
      t = lap("materialise", t);
      q.checkRates();
      t = lap("rates", t);
      q.totals();
      t = lap("totals", t);
      q.groups();
      t = lap("groups", t);
      q.revenue();
      t = lap("revenue", t);
      q.trend();
      t = lap("trend", t);
      q.breakdown();
      t = lap("breakdown", t);
      q.buckets();
      t = lap("buckets", t);
      q.unitEconomics();
      t = lap("unit economics", t);
      q.rateCard();
      t = lap("rate card", t);
      q.methods();
      t = lap("methods", t);
      q.unallocated();
      t = lap("unallocated", t);
      new io.tokenledger.engine.reconcile.DuckDbReconcileService()
          .reconcile(
              workspace,
              io.tokenledger.engine.reconcile.Grain.MONTH,
              OCTOBER.atDay(1),
              OCTOBER.plusMonths(1).atDay(1));
      lap("reconcile", t);
    }
  }

  private static long lap(String name, long since) {
    long now = System.nanoTime();
    System.out.printf(Locale.ROOT, "  %-16s %6.2f s%n", name, (now - since) / 1e9);
    return now;
  }

  /** Prints when each phase of the export starts, to see where the time goes. */
  private static ProgressListener phases() {
    long started = System.nanoTime();
    String[] last = {""};
    return (done, total, message) -> {
      String phase = message.replaceAll("[0-9,]+", "#");
      if (!phase.equals(last[0])) {
        last[0] = phase;
        System.out.printf(
            Locale.ROOT, "  %6.1f s  %s%n", (System.nanoTime() - started) / 1e9, phase);
      }
    };
  }

  /** The baseline: the same result set written to one SXSSF sheet, one cell per value. */
  private static long plain(Path workspaceFile, Path out) throws Exception {
    try (Workspace workspace =
            new DuckDbWorkspaceStore("bench").open(workspaceFile, WorkspaceOptions.defaults());
        Connection connection = workspace.newConnection()) {
      ShowbackQueries queries =
          new ShowbackQueries(
              connection, ShowbackRequest.of(OCTOBER, ShowbackGrouping.CLIENT), false);
      SXSSFWorkbook workbook = new SXSSFWorkbook(PoiShowbackService.ROW_WINDOW);
      long count = 0;
      try (PreparedStatement statement = queries.detail();
          ResultSet rows = statement.executeQuery()) {
        SXSSFSheet sheet = workbook.createSheet("Detail");
        CellStyle date = workbook.createCellStyle();
        date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
        int columns = rows.getMetaData().getColumnCount();
        Row header = sheet.createRow(0);
        for (int c = 0; c < columns; c++) {
          header.createCell(c).setCellValue(rows.getMetaData().getColumnLabel(c + 1));
        }
        int r = 1;
        while (rows.next()) {
          Row row = sheet.createRow(r++);
          Cell day = row.createCell(0);
          day.setCellValue(rows.getObject(1, LocalDate.class));
          day.setCellStyle(date);
          for (int c = 1; c < columns; c++) {
            Object value = rows.getObject(c + 1);
            if (value instanceof String text) {
              row.createCell(c).setCellValue(text);
            } else if (value instanceof Number number) {
              row.createCell(c).setCellValue(number.doubleValue());
            }
          }
          count++;
        }
        try (OutputStream file = Files.newOutputStream(out)) {
          workbook.write(file);
        }
      } finally {
        workbook.dispose();
        workbook.close();
      }
      return count;
    }
  }

  @FunctionalInterface
  private interface Run {
    long rows() throws Exception;
  }

  private static void measure(String name, Run run) throws Exception {
    AtomicLong peakHeap = new AtomicLong();
    Thread sampler =
        new Thread(
            () -> {
              Runtime runtime = Runtime.getRuntime();
              while (!Thread.currentThread().isInterrupted()) {
                peakHeap.accumulateAndGet(runtime.totalMemory() - runtime.freeMemory(), Math::max);
                try {
                  Thread.sleep(10);
                } catch (InterruptedException e) {
                  return;
                }
              }
            },
            "heap-sampler");
    sampler.setDaemon(true);
    sampler.start();
    long started = System.nanoTime();
    long rows = run.rows();
    double seconds = (System.nanoTime() - started) / 1e9;
    sampler.interrupt();
    long poolPeaks = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        poolPeaks += pool.getPeakUsage().getUsed();
      }
    }
    System.out.printf(
        Locale.ROOT,
        "%s: %,d detail rows in %.1f s (%,.0f rows/s); peak heap used %d MB (sampled), %d MB"
            + " (pool peaks); max heap %d MB; peak RSS %s%n",
        name,
        rows,
        seconds,
        rows / seconds,
        peakHeap.get() >> 20,
        poolPeaks >> 20,
        Runtime.getRuntime().maxMemory() >> 20,
        peakRss());
  }

  private static String peakRss() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          long kb = Long.parseLong(line.replaceAll("\\D", ""));
          return (kb >> 10) + " MB";
        }
      }
    } catch (Exception e) {
      // not Linux
    }
    return "n/a";
  }
}
