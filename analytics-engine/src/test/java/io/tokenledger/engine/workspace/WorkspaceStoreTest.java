package io.tokenledger.engine.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceStoreTest {

  private static final List<String> CANONICAL_TABLES =
      List.of(
          "analysis_state",
          "cost_lines",
          "fx_rates",
          "import_log",
          "import_rejects",
          "mapping_rules",
          "model_aliases",
          "price_book",
          "price_catalogs",
          "price_discounts",
          "revenue",
          "tl_meta",
          "tl_migrations",
          "trace_spans",
          "usage_events");

  @TempDir Path dir;

  private final DuckDbWorkspaceStore store = new DuckDbWorkspaceStore("test");

  @Test
  void newWorkspaceHasEveryCanonicalTableAndTheLatestSchema() throws Exception {
    Path file = dir.resolve("new.tlw");
    try (Workspace workspace = store.create(file, WorkspaceOptions.defaults())) {
      assertThat(tables(workspace)).containsAll(CANONICAL_TABLES);
      assertThat(workspace.schemaVersion()).isEqualTo(Migrations.all().latestVersion());
    }
    assertThat(file).exists();
    assertThat(dir.resolve("new.tlw.wal")).doesNotExist();
  }

  @Test
  void moneyColumnsAreDecimal() throws Exception {
    try (Workspace workspace = store.inMemory();
        Connection c = workspace.newConnection();
        Statement s = c.createStatement();
        ResultSet types =
            s.executeQuery(
                "SELECT table_name || '.' || column_name, data_type FROM information_schema.columns"
                    + " WHERE column_name IN ('BilledCost', 'EffectiveCost', 'source_cost',"
                    + " 'amount', 'unit_price') ORDER BY 1")) {
      List<String> found = new ArrayList<>();
      while (types.next()) {
        found.add(types.getString(1) + " " + types.getString(2));
      }
      assertThat(found)
          .containsExactly(
              "cost_lines.BilledCost DECIMAL(38,10)",
              "cost_lines.EffectiveCost DECIMAL(38,10)",
              "price_book.unit_price DECIMAL(38,18)",
              "revenue.amount DECIMAL(38,10)",
              "usage_events.source_cost DECIMAL(38,10)");
    }
  }

  @Test
  void olderWorkspaceIsUpgradedOnOpenAndKeepsItsData() throws Exception {
    Path file = dir.resolve("old.tlw");
    DuckDbWorkspaceStore versionOne =
        new DuckDbWorkspaceStore("0.0.1", new Migrations(Migrations.ALL.subList(0, 1)));
    try (Workspace old = versionOne.create(file, WorkspaceOptions.defaults())) {
      assertThat(old.schemaVersion()).isEqualTo(1);
      execute(old, "INSERT INTO fx_rates VALUES (DATE '2026-10-01', 'EUR', 'USD', 1.08)");
      assertThat(tables(old)).doesNotContain("analysis_state");
    }
    try (Workspace upgraded = store.open(file, WorkspaceOptions.defaults())) {
      assertThat(upgraded.schemaVersion()).isEqualTo(Migrations.all().latestVersion());
      assertThat(tables(upgraded)).containsAll(CANONICAL_TABLES);
      assertThat(scalar(upgraded, "SELECT rate::VARCHAR FROM fx_rates"))
          .isEqualTo("1.080000000000");
      assertThat(
              scalar(
                  upgraded,
                  "SELECT string_agg(version::VARCHAR, ',' ORDER BY version) FROM tl_migrations"))
          .isEqualTo(
              Migrations.ALL.stream()
                  .map(m -> Integer.toString(m.version()))
                  .collect(java.util.stream.Collectors.joining(",")));
    }
  }

  @Test
  void olderWorkspaceOpenedReadOnlyIsNotUpgraded() throws Exception {
    Path file = dir.resolve("old.tlw");
    new DuckDbWorkspaceStore("0.0.1", new Migrations(Migrations.ALL.subList(0, 1)))
        .create(file, WorkspaceOptions.defaults())
        .close();
    String before = sha256(file);

    assertThatThrownBy(() -> store.open(file, WorkspaceOptions.defaults().asReadOnly()))
        .isInstanceOf(WorkspaceException.class)
        .hasMessageContaining("older workspace format (1)");
    assertThat(sha256(file)).isEqualTo(before);
  }

  @Test
  void workspaceFromANewerVersionIsRefusedAndLeftUntouched() throws Exception {
    Path file = dir.resolve("newer.tlw");
    try (Workspace workspace = store.create(file, WorkspaceOptions.defaults())) {
      execute(workspace, "INSERT INTO tl_migrations VALUES (99, 'future', now(), '9.0')");
    }
    String before = sha256(file);

    assertThatThrownBy(() -> store.open(file, WorkspaceOptions.defaults()))
        .isInstanceOf(WorkspaceException.class)
        .hasMessageContaining("newer TokenLedger (workspace format 99");
    assertThat(sha256(file)).isEqualTo(before);
  }

  @Test
  void aDuckDbDatabaseThatIsNotAWorkspaceIsRefusedAndLeftUntouched() throws Exception {
    Path file = dir.resolve("foreign.duckdb");
    try (Connection c = java.sql.DriverManager.getConnection("jdbc:duckdb:" + file);
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE sales (id INTEGER)");
    }
    String before = sha256(file);

    assertThatThrownBy(() -> store.open(file, WorkspaceOptions.defaults()))
        .isInstanceOf(WorkspaceException.class)
        .hasMessageContaining("is a DuckDB database but not a TokenLedger workspace");
    assertThat(sha256(file)).isEqualTo(before);
  }

  @Test
  void aFileThatIsNotADatabaseIsRefusedAndLeftUntouched() throws Exception {
    Path file = dir.resolve("notes.tlw");
    Files.writeString(file, "timestamp,provider,model\n".repeat(10));
    String before = sha256(file);

    assertThatThrownBy(() -> store.open(file, WorkspaceOptions.defaults()))
        .isInstanceOf(WorkspaceException.class)
        .hasMessageContaining("notes.tlw is not a TokenLedger workspace (not a DuckDB database)");
    assertThat(sha256(file)).isEqualTo(before);
  }

  @Test
  void missingFilesAndFoldersGetClearMessages() {
    assertThatThrownBy(() -> store.open(dir.resolve("nope.tlw"), WorkspaceOptions.defaults()))
        .hasMessageEndingWith("nope.tlw does not exist");
    assertThatThrownBy(() -> store.open(dir, WorkspaceOptions.defaults()))
        .hasMessageContaining("is a folder, not a workspace file");
  }

  @Test
  void createRefusesToOverwriteAnExistingFile() throws Exception {
    Path file = dir.resolve("taken.tlw");
    Files.writeString(file, "keep me");

    assertThatThrownBy(() -> store.create(file, WorkspaceOptions.defaults()))
        .hasMessageContaining("already exists");
    assertThat(Files.readString(file)).isEqualTo("keep me");
  }

  @Test
  void aSecondWindowInTheSameProcessIsToldTheWorkspaceIsInUse() {
    Path file = dir.resolve("shared.tlw");
    try (Workspace first = store.create(file, WorkspaceOptions.defaults())) {
      assertThatThrownBy(() -> store.open(file, WorkspaceOptions.defaults()))
          .isInstanceOf(WorkspaceInUseException.class)
          .hasMessage("shared.tlw is in use by another TokenLedger window");
    }
    store.open(file, WorkspaceOptions.defaults()).close();
  }

  @Test
  void anotherProcessHoldingTheWorkspaceGivesAnInUseMessage() throws Exception {
    Path file = dir.resolve("held.tlw");
    store.create(file, WorkspaceOptions.defaults()).close();
    Process holder =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                HoldWorkspace.class.getName(),
                file.toString())
            .redirectErrorStream(true)
            .start();
    try (BufferedReader output =
        new BufferedReader(
            new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8))) {
      assertThat(output.readLine()).isEqualTo("holding");

      assertThatThrownBy(() -> store.open(file, WorkspaceOptions.defaults()))
          .isInstanceOf(WorkspaceInUseException.class)
          .hasMessageContaining("in use by another TokenLedger window or process");
      assertThatThrownBy(() -> store.open(file, WorkspaceOptions.defaults().asReadOnly()))
          .isInstanceOf(WorkspaceInUseException.class);
    } finally {
      holder.destroy();
      holder.waitFor(10, TimeUnit.SECONDS);
    }
    store.open(file, WorkspaceOptions.defaults()).close();
  }

  @Test
  void readOnlyWorkspacesRefuseWrites() throws Exception {
    Path file = dir.resolve("ro.tlw");
    store.create(file, WorkspaceOptions.defaults()).close();
    try (Workspace workspace = store.open(file, WorkspaceOptions.defaults().asReadOnly())) {
      assertThat(workspace.isReadOnly()).isTrue();
      assertThatThrownBy(() -> execute(workspace, "DELETE FROM import_log"))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("read-only");
    }
  }

  /** Child-process main: opens a workspace, says so, and holds it until killed. */
  public static final class HoldWorkspace {
    public static void main(String[] args) throws Exception {
      try (Workspace workspace =
          new DuckDbWorkspaceStore("holder").open(Path.of(args[0]), WorkspaceOptions.defaults())) {
        System.out.println("holding");
        System.out.flush();
        Thread.sleep(60_000);
      }
    }
  }

  private static List<String> tables(Workspace workspace) throws SQLException {
    try (Connection c = workspace.newConnection();
        Statement s = c.createStatement();
        ResultSet rows =
            s.executeQuery(
                "SELECT table_name FROM duckdb_tables() WHERE schema_name = 'main' ORDER BY 1")) {
      List<String> names = new ArrayList<>();
      while (rows.next()) {
        names.add(rows.getString(1));
      }
      return names;
    }
  }

  private static void execute(Workspace workspace, String sql) throws SQLException {
    try (Connection c = workspace.newConnection();
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  private static String scalar(Workspace workspace, String sql) throws SQLException {
    try (Connection c = workspace.newConnection();
        Statement s = c.createStatement();
        ResultSet rows = s.executeQuery(sql)) {
      rows.next();
      return rows.getString(1);
    }
  }

  private static String sha256(Path file) throws Exception {
    return HexFormat.of()
        .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
  }
}
