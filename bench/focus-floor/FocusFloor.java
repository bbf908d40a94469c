import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Splits the FOCUS import's cost against DuckDB's raw CTAS (docs/benchmarks.md, "What the 1.2x
 * leaves room for"). Each case runs one statement file on a fresh copy of a database, in one
 * transaction, and is timed to the close; cases alternate, and the medians of wall and process CPU
 * time are printed with their ratio to the raw CTAS. Run through bench/focus-floor/focus-floor.sh.
 */
public final class FocusFloor {

  private record Case(String name, String template, String sql) {}

  public static void main(String[] args) throws Exception {
    Path work = Path.of(args[0]);
    String csv = Path.of(args[1]).toAbsolutePath().toString();
    int rounds = Integer.parseInt(args[2]);
    Path here = Path.of(args[3]);
    String macros = Files.readString(Path.of(args[4]));
    prepareTemplates(work);
    List<Case> cases =
        List.of(
            new Case("raw CTAS (auto-detected types)", null, null),
            new Case("import's reader, text, CTAS", null, "text-ctas.sql"),
            new Case("typed-only INSERT, empty cost_lines", "empty.tlw", "typed-only-insert.sql"),
            new Case("import INSERT, empty cost_lines", "empty.tlw", "import-insert.sql"),
            new Case("import INSERT, cost_lines of 1 row", "one.tlw", "import-insert.sql"),
            new Case("text INSERT, empty table", "plain-empty.db", "text-insert.sql"),
            new Case("text INSERT, table of 1 row", "plain-one.db", "text-insert.sql"));
    Map<Case, List<double[]>> times = new LinkedHashMap<>();
    for (int round = 1; round <= rounds; round++) {
      for (Case c : cases) {
        double[] t = run(c, work, here, csv, macros);
        times.computeIfAbsent(c, k -> new ArrayList<>()).add(t);
        System.err.printf("round %d  %-40s wall %6.2f s  cpu %6.2f s%n", round, c.name, t[0], t[1]);
      }
    }
    double[] raw = medians(times.get(cases.get(0)));
    System.out.printf("%-40s %9s %9s %8s %8s%n", "case", "wall s", "cpu s", "wall x", "cpu x");
    for (Case c : cases) {
      double[] m = medians(times.get(c));
      System.out.printf(
          "%-40s %9.2f %9.2f %7.2fx %7.2fx%n", c.name, m[0], m[1], m[0] / raw[0], m[1] / raw[1]);
    }
  }

  private static double[] run(Case c, Path work, Path here, String csv, String macros)
      throws Exception {
    Path db = work.resolve("run.db");
    Files.deleteIfExists(db);
    Files.deleteIfExists(work.resolve("run.db.wal"));
    if (c.template != null) {
      Files.copy(work.resolve(c.template), db, StandardCopyOption.REPLACE_EXISTING);
    }
    double cpu = cpuSeconds();
    long start = System.nanoTime();
    try (Connection connection = open(db);
        Statement statement = connection.createStatement()) {
      if (c.sql == null) {
        statement.execute("CREATE TABLE raw AS SELECT * FROM read_csv('" + csv + "')");
      } else {
        statement.execute("SET TimeZone = 'UTC'");
        for (String macro : macros.split(";\n")) {
          if (!macro.replaceAll("(?m)^--.*$", "").isBlank()) {
            statement.execute(macro);
          }
        }
        connection.setAutoCommit(false);
        statement.execute(Files.readString(here.resolve(c.sql)).replace("?FILE", "'" + csv + "'"));
        connection.commit();
      }
    }
    return new double[] {(System.nanoTime() - start) / 1e9, cpuSeconds() - cpu};
  }

  /**
   * The templates besides one.tlw: the workspace emptied, and a table of the file's columns as
   * text, empty and with one committed row.
   */
  private static void prepareTemplates(Path work) throws Exception {
    Path emptyWorkspace = work.resolve("empty.tlw");
    Files.copy(work.resolve("one.tlw"), emptyWorkspace, StandardCopyOption.REPLACE_EXISTING);
    try (Connection connection = open(emptyWorkspace);
        Statement statement = connection.createStatement()) {
      statement.execute("DELETE FROM cost_lines");
      statement.execute("CHECKPOINT");
    }
    Path empty = work.resolve("plain-empty.db");
    Files.deleteIfExists(empty);
    try (Connection connection = open(empty);
        Statement statement = connection.createStatement()) {
      statement.execute(
          "CREATE TABLE t AS SELECT * FROM read_csv('"
              + work.resolve("one-row.csv")
              + "', all_varchar = true) LIMIT 0");
    }
    Path one = work.resolve("plain-one.db");
    Files.copy(empty, one, StandardCopyOption.REPLACE_EXISTING);
    try (Connection connection = open(one);
        Statement statement = connection.createStatement()) {
      statement.execute(
          "INSERT INTO t SELECT * FROM read_csv('"
              + work.resolve("one-row.csv")
              + "', all_varchar = true)");
    }
  }

  private static Connection open(Path db) throws SQLException {
    Properties config = new Properties();
    config.setProperty("autoinstall_known_extensions", "false");
    config.setProperty("autoload_known_extensions", "false");
    return DriverManager.getConnection("jdbc:duckdb:" + db, config);
  }

  /** User plus system CPU of this process, DuckDB's threads included (Linux /proc). */
  private static double cpuSeconds() throws Exception {
    String stat = Files.readString(Path.of("/proc/self/stat"));
    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
  }

  private static double[] medians(List<double[]> runs) {
    double[] wall = runs.stream().mapToDouble(r -> r[0]).sorted().toArray();
    double[] cpu = runs.stream().mapToDouble(r -> r[1]).sorted().toArray();
    return new double[] {wall[wall.length / 2], cpu[cpu.length / 2]};
  }
}
