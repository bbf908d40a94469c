package io.tokenledger.importers.focus;

import io.tokenledger.engine.task.Cancellation;
import io.tokenledger.engine.task.ProgressListener;
import io.tokenledger.engine.workspace.DuckDbWorkspaceStore;
import io.tokenledger.engine.workspace.Workspace;
import io.tokenledger.engine.workspace.WorkspaceOptions;
import io.tokenledger.importers.DefaultImportService;
import io.tokenledger.importers.ImportOptions;
import io.tokenledger.importers.ImportReport;
import io.tokenledger.importers.ImporterRegistry;
import io.tokenledger.sampledata.focus.FocusCostGenerator;
import io.tokenledger.sampledata.focus.FocusGeneratorOptions;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * The FOCUS import benchmark of docs/benchmarks.md (not a test): generates a FOCUS 1.2 CSV with the
 * demo company's generator, then on the same machine times DuckDB's own {@code CREATE TABLE ... AS
 * SELECT * FROM read_csv(...)} into a fresh database file against TokenLedger's import of the same
 * file into a fresh workspace file, alternating which goes first, and prints each run and the
 * median ratio. Run it with {@code bench/focus-import.sh [rows] [runs]}.
 */
public final class FocusImportBenchmark {

  private FocusImportBenchmark() {}

  public static void main(String[] args) throws Exception {
    long rows = args.length > 0 ? Long.parseLong(args[0].replace("_", "")) : 5_000_000;
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    Path dir = Path.of(args.length > 2 ? args[2] : "target/bench").toAbsolutePath();
    Files.createDirectories(dir);
    Path csv = dir.resolve("focus-" + rows + ".csv");
    if (!Files.exists(csv)) {
      long start = System.nanoTime();
      FocusCostGenerator.write(csv, FocusGeneratorOptions.defaults().withRows(rows));
      System.out.printf(Locale.ROOT, "generated %s in %.1f s%n", csv, seconds(start));
    }
    System.out.printf(
        Locale.ROOT,
        "file: %s, %,d rows, %,d bytes; %d cores, max heap %,d MB%n",
        csv.getFileName(),
        rows,
        Files.size(csv),
        Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20);
    System.out.printf(Locale.ROOT, "sha256 of the file alone: %.2f s%n", hashSeconds(csv));
    List<Double> ratios = new ArrayList<>();
    List<Double> cpuRatios = new ArrayList<>();
    double[] raw = new double[runs];
    double[] imported = new double[runs];
    for (int run = 0; run < runs; run++) {
      double[] rawRun;
      double[] importRun;
      if (run % 2 == 0) {
        rawRun = timed(() -> rawCreateTableAs(csv, dir));
        importRun = timed(() -> tokenLedgerImport(csv, dir));
      } else {
        importRun = timed(() -> tokenLedgerImport(csv, dir));
        rawRun = timed(() -> rawCreateTableAs(csv, dir));
      }
      raw[run] = rawRun[0];
      imported[run] = importRun[0];
      ratios.add(importRun[0] / rawRun[0]);
      cpuRatios.add(importRun[1] / rawRun[1]);
      System.out.printf(
          Locale.ROOT,
          "run %d: raw read_csv CTAS %.2f s (cpu %.2f s), TokenLedger import %.2f s (cpu %.2f s),"
              + " ratio %.2fx (cpu %.2fx)%n",
          run + 1,
          rawRun[0],
          rawRun[1],
          importRun[0],
          importRun[1],
          importRun[0] / rawRun[0],
          importRun[1] / rawRun[1]);
    }
    System.out.printf(
        Locale.ROOT,
        "median: raw %.2f s, import %.2f s, ratio %.2fx (cpu ratio %.2fx; %,.0f rows/s imported)%n",
        median(raw),
        median(imported),
        median(ratios.stream().mapToDouble(Double::doubleValue).toArray()),
        median(cpuRatios.stream().mapToDouble(Double::doubleValue).toArray()),
        rows / median(imported));
  }

  private interface Work {
    void run() throws Exception;
  }

  /**
   * Wall-clock and process CPU seconds of some work. CPU time is reported too because the machine
   * may be shared: other processes stretch wall time but not the work this one does.
   */
  private static double[] timed(Work work) throws Exception {
    double cpu = processCpuSeconds();
    long start = System.nanoTime();
    work.run();
    return new double[] {seconds(start), processCpuSeconds() - cpu};
  }

  /**
   * User plus system CPU of this process, DuckDB's native threads included, from /proc (Linux); NaN
   * elsewhere.
   */
  private static double processCpuSeconds() {
    try {
      String stat = Files.readString(Path.of("/proc/self/stat"));
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      // after the command name: state is field 3, utime field 14 and stime field 15 (1-based)
      long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
      return ticks / 100.0;
    } catch (IOException | RuntimeException e) {
      return Double.NaN;
    }
  }

  /** DuckDB on its own: a fresh database file, CTAS from read_csv with type detection, close. */
  static void rawCreateTableAs(Path csv, Path dir) throws Exception {
    Path db = dir.resolve("raw.duckdb");
    deleteDatabase(db);
    Properties config = new Properties();
    config.setProperty("autoinstall_known_extensions", "false");
    config.setProperty("autoload_known_extensions", "false");
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + db, config);
        PreparedStatement ctas =
            connection.prepareStatement("CREATE TABLE raw AS SELECT * FROM read_csv(?)")) {
      ctas.setString(1, csv.toString());
      ctas.execute();
    }
    deleteDatabase(db);
  }

  /** TokenLedger end to end: a fresh workspace file, the import (hash, checks, insert), close. */
  static void tokenLedgerImport(Path csv, Path dir) throws Exception {
    Path file = dir.resolve("bench.tlw");
    deleteDatabase(file);
    ImportReport report;
    try (Workspace workspace =
        new DuckDbWorkspaceStore("bench").create(file, WorkspaceOptions.defaults())) {
      report =
          new DefaultImportService(ImporterRegistry.builtIn())
              .importFile(
                  workspace,
                  csv,
                  ImportOptions.defaults(),
                  ProgressListener.NONE,
                  Cancellation.none());
    }
    if (!report.succeeded()) {
      throw new IllegalStateException("import failed: " + report.message());
    }
    deleteDatabase(file);
  }

  private static double hashSeconds(Path file) throws Exception {
    long start = System.nanoTime();
    MessageDigest digest = MessageDigest.getInstance("SHA-256");
    byte[] buffer = new byte[1 << 20];
    try (InputStream in = Files.newInputStream(file)) {
      int read;
      while ((read = in.read(buffer)) > 0) {
        digest.update(buffer, 0, read);
      }
    }
    digest.digest();
    return seconds(start);
  }

  private static void deleteDatabase(Path db) throws IOException {
    Files.deleteIfExists(db);
    Files.deleteIfExists(db.resolveSibling(db.getFileName() + ".wal"));
  }

  private static double seconds(long start) {
    return (System.nanoTime() - start) / 1e9;
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }
}
