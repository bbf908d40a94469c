package io.tokenledger.engine.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tokenledger.engine.task.Cancellation;
import io.tokenledger.engine.task.ProgressListener;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Working copies, atomic save, locks and recovery of the desktop app's workspace sessions. */
class WorkspaceSessionTest {

  private static final String RATE_BEFORE =
      "INSERT INTO fx_rates VALUES (DATE '2026-10-01', 'EUR', 'USD', 1.08)";
  private static final String RATE_AFTER =
      "INSERT INTO fx_rates VALUES (DATE '2026-11-01', 'EUR', 'USD', 1.11)";
  private static final String RATES =
      "SELECT string_agg(rate::VARCHAR, ',' ORDER BY period) FROM fx_rates";

  @TempDir Path dir;

  private final DuckDbWorkspaceStore store = new DuckDbWorkspaceStore("test");
  private Path home;
  private Path target;
  private WorkspaceFiles files;

  @BeforeEach
  void createWorkspace() throws Exception {
    home = dir.resolve("home");
    files = new WorkspaceFiles(home, store);
    target = dir.resolve("acme.tlw");
    try (Workspace workspace = store.create(target, WorkspaceOptions.defaults())) {
      execute(workspace, RATE_BEFORE);
    }
  }

  @AfterEach
  void nothingIsLeftLocked() {
    assertThat(WorkspaceLock.owner(target)).isEmpty();
  }

  @Test
  void theFileChangesOnlyWhenSaved() throws Exception {
    try (WorkspaceSession session = open()) {
      execute(session.workspace(), RATE_AFTER);
      assertThat(rawScalar(target, RATES)).isEqualTo("1.080000000000");

      session.save(ProgressListener.NONE, Cancellation.none());

      assertThat(rawScalar(target, RATES)).isEqualTo("1.080000000000,1.110000000000");
      assertThat(dir.resolve("acme.tlw.wal")).doesNotExist();
    }
    assertThat(scalar(target, RATES)).isEqualTo("1.080000000000,1.110000000000");
  }

  @Test
  void closingWithoutSavingDropsTheChangesAndTheWorkingCopy() throws Exception {
    Path working;
    try (WorkspaceSession session = open()) {
      working = session.workingFile();
      assertThat(working).exists().hasFileName("acme.tlw").isNotEqualTo(target);
      execute(session.workspace(), RATE_AFTER);
    }
    assertThat(scalar(target, RATES)).isEqualTo("1.080000000000");
    assertThat(working.getParent()).doesNotExist();
    try (Stream<Path> left = Files.list(files.workFolder())) {
      assertThat(left).isEmpty();
    }
  }

  @Test
  void saveReportsTheBytesCopied() throws Exception {
    List<long[]> reports = new CopyOnWriteArrayList<>();
    try (WorkspaceSession session = open()) {
      session.save((done, total, message) -> reports.add(new long[] {done, total}), none());
    }
    long size = Files.size(target);
    assertThat(reports).isNotEmpty();
    assertThat(reports.get(reports.size() - 1)).containsExactly(size, size);
  }

  @Test
  void saveAsWritesTheNewFileAndReleasesTheOldOneUnchanged() throws Exception {
    Path copy = dir.resolve("acme-copy.tlw");
    try (WorkspaceSession session = open()) {
      execute(session.workspace(), RATE_AFTER);

      session.saveAs(copy, ProgressListener.NONE, none());

      assertThat(session.displayName()).isEqualTo("acme-copy.tlw");
      assertThat(session.target()).contains(copy.toAbsolutePath());
      assertThat(scalar(target, RATES)).isEqualTo("1.080000000000");
      assertThatThrownBy(() -> store.open(copy, WorkspaceOptions.defaults()))
          .isInstanceOf(WorkspaceInUseException.class);
    }
    assertThat(scalar(copy, RATES)).isEqualTo("1.080000000000,1.110000000000");
  }

  @Test
  void anUntitledWorkspaceIsSavedThroughSaveAs() throws Exception {
    Path file = dir.resolve("fresh.tlw");
    try (WorkspaceSession session = files.createUntitled()) {
      assertThat(session.displayName()).isEqualTo("Untitled");
      assertThat(session.target()).isEmpty();
      execute(session.workspace(), RATE_AFTER);
      assertThatThrownBy(() -> session.save(ProgressListener.NONE, none()))
          .hasMessageContaining("choose where to save it");

      session.saveAs(file, ProgressListener.NONE, none());

      assertThat(session.displayName()).isEqualTo("fresh.tlw");
    }
    assertThat(scalar(file, RATES)).isEqualTo("1.110000000000");
  }

  @Test
  void aSecondWindowOpeningTheSameFileIsToldItIsInUse() {
    try (WorkspaceSession first = open()) {
      assertThatThrownBy(this::open)
          .isInstanceOf(WorkspaceInUseException.class)
          .hasMessage(
              "acme.tlw is in use by another TokenLedger window: close it there first, then try"
                  + " again");
    }
    open().close();
  }

  @Test
  void theCommandLineRefusesAFileThatAWindowHasOpen() {
    try (WorkspaceSession session = open()) {
      assertThatThrownBy(() -> store.open(target, WorkspaceOptions.defaults()))
          .isInstanceOf(WorkspaceInUseException.class)
          .hasMessageContaining("acme.tlw is in use by another TokenLedger window");
      assertThatThrownBy(() -> store.open(target, WorkspaceOptions.defaults().asReadOnly()))
          .isInstanceOf(WorkspaceInUseException.class);
    }
    store.open(target, WorkspaceOptions.defaults().asReadOnly()).close();
  }

  @Test
  void aWindowCannotOpenAFileACommandIsWriting() {
    try (Workspace command = store.open(target, WorkspaceOptions.defaults())) {
      assertThatThrownBy(this::open).isInstanceOf(WorkspaceInUseException.class);
    }
    assertThat(files.workFolder()).doesNotExist();
  }

  @Test
  void anotherProcessHoldingTheFileIsNamedInTheMessage() throws Exception {
    try (ChildJvm child = ChildJvm.start(HoldSession.class, home.toString(), target.toString())) {
      child.await("holding");

      assertThatThrownBy(this::open)
          .isInstanceOf(WorkspaceInUseException.class)
          .hasMessageContaining("acme.tlw is in use by another TokenLedger window or process")
          .hasMessageContaining("(pid " + child.pid());
      assertThatThrownBy(() -> store.open(target, WorkspaceOptions.defaults()))
          .isInstanceOf(WorkspaceInUseException.class)
          .hasMessageContaining("pid " + child.pid());
      assertThat(files.recoveryCandidates()).isEmpty();

      child.kill();
    }
    // The lock died with its process; the lock file it left is harmless.
    try (WorkspaceSession session = open()) {
      assertThat(scalar(session.workspace(), RATES)).isEqualTo("1.080000000000");
    }
  }

  @Test
  void aSaveKilledHalfWayLeavesThePreviousFileWholeAndOpenable() throws Exception {
    String before = scalar(target, "SELECT count(*) FROM fx_rates");
    try (ChildJvm child = ChildJvm.start(SaveSlowly.class, home.toString(), target.toString())) {
      child.await("half-way through the save");
      try (Stream<Path> temp = Files.list(dir)) {
        assertThat(temp.map(p -> p.getFileName().toString()))
            .anyMatch(name -> name.startsWith(".acme.tlw.saving-"));
      }

      child.kill();
    }
    assertThat(scalar(target, "SELECT count(*) FROM fx_rates")).isEqualTo(before);
    assertThat(scalar(target, RATES)).isEqualTo("1.080000000000");
    try (WorkspaceSession session = open()) {
      // Opening cleans the half-written temporary file up.
      try (Stream<Path> temp = Files.list(dir)) {
        assertThat(temp.map(p -> p.getFileName().toString()))
            .noneMatch(name -> name.contains(".saving-"));
      }
      execute(session.workspace(), RATE_AFTER);
      session.save(ProgressListener.NONE, none());
    }
    assertThat(scalar(target, RATES)).isEqualTo("1.080000000000,1.110000000000");
  }

  @Test
  void afterACrashTheNextStartOffersTheAutosavedWork() throws Exception {
    try (ChildJvm child =
        ChildJvm.start(AutosaveAndCrash.class, home.toString(), target.toString())) {
      child.await("autosaved");
      assertThat(child.exitCode()).isEqualTo(9);
    }

    List<RecoveryCandidate> candidates = files.recoveryCandidates();

    assertThat(candidates)
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.target()).isEqualTo(target.toAbsolutePath());
              assertThat(c.name()).isEqualTo("acme.tlw");
              assertThat(c.savedAt()).isAfter(Files.getLastModifiedTime(target).toInstant());
            });
    try (WorkspaceSession recovered = files.recover(candidates.get(0))) {
      assertThat(recovered.isRecovered()).isTrue();
      assertThat(recovered.target()).contains(target.toAbsolutePath());
      assertThat(scalar(recovered.workspace(), RATES)).isEqualTo("1.080000000000,1.110000000000");
      assertThat(rawScalar(target, "SELECT count(*) FROM fx_rates")).isEqualTo("1");
      assertThat(files.recoveryCandidates()).isEmpty();

      recovered.save(ProgressListener.NONE, none());
    }
    assertThat(scalar(target, RATES)).isEqualTo("1.080000000000,1.110000000000");
    assertThat(files.recoveryCandidates()).isEmpty();
  }

  @Test
  void aRunningSessionIsNeverOfferedForRecovery() {
    try (WorkspaceSession session = open()) {
      assertThat(session.autosave(ProgressListener.NONE, none())).isTrue();

      assertThat(files.recoveryCandidates()).isEmpty();
      files.deleteAbandonedFolders();
      assertThat(session.workingFile()).exists();
    }
  }

  @Test
  void workKeptAtASignalIsOfferedAndCanBeDiscarded() throws Exception {
    WorkspaceSession session = open();
    execute(session.workspace(), RATE_AFTER);
    session.closeKeepingRecovery();

    List<RecoveryCandidate> candidates = files.recoveryCandidates();
    assertThat(candidates).hasSize(1);

    files.discard(candidates.get(0));

    assertThat(files.recoveryCandidates()).isEmpty();
    assertThat(candidates.get(0).folder()).doesNotExist();
    assertThat(scalar(target, RATES)).isEqualTo("1.080000000000");
  }

  @Test
  void aRecoveryCopyOlderThanItsFileIsNotOfferedAndIsCleanedUp() throws Exception {
    WorkspaceSession session = open();
    session.autosave(ProgressListener.NONE, none());
    session.closeKeepingRecovery();
    Files.setLastModifiedTime(target, FileTime.from(Instant.now().plusSeconds(60)));

    assertThat(files.recoveryCandidates()).isEmpty();
    files.deleteAbandonedFolders();
    try (Stream<Path> left = Files.list(files.workFolder())) {
      assertThat(left).isEmpty();
    }
  }

  @Test
  void anUntitledWorkspaceIsRecoveredWithoutAFile() throws Exception {
    WorkspaceSession session = files.createUntitled();
    execute(session.workspace(), RATE_AFTER);
    session.closeKeepingRecovery();

    RecoveryCandidate candidate = files.recoveryCandidates().get(0);
    assertThat(candidate.targetFile()).isEmpty();
    assertThat(candidate.name()).isEqualTo("Untitled");
    try (WorkspaceSession recovered = files.recover(candidate)) {
      assertThat(recovered.displayName()).isEqualTo("Untitled");
      assertThat(scalar(recovered.workspace(), RATES)).isEqualTo("1.110000000000");
    }
  }

  @Test
  void saveWaitsForARunningImportToCommitAndAutosaveDoesNot() throws Exception {
    ExecutorService background = Executors.newSingleThreadExecutor();
    try (WorkspaceSession session = open();
        Connection importing = session.workspace().newConnection()) {
      importing.setAutoCommit(false);
      try (Statement statement = importing.createStatement()) {
        statement.execute(RATE_AFTER);
      }
      assertThat(session.autosave(ProgressListener.NONE, none())).isFalse();

      List<String> messages = new CopyOnWriteArrayList<>();
      Future<?> save =
          background.submit(
              () -> session.save((done, total, message) -> messages.add(message), none()));
      while (!messages.contains("Waiting for the running import to finish")) {
        Thread.sleep(20);
      }
      assertThat(save.isDone()).isFalse();
      importing.commit();
      save.get(30, TimeUnit.SECONDS);
    } finally {
      background.shutdownNow();
    }
    assertThat(scalar(target, RATES)).isEqualTo("1.080000000000,1.110000000000");
  }

  @Test
  void cancellingASaveLeavesTheFileAsItWas() throws Exception {
    WorkspaceFiles smallChunks = new WorkspaceFiles(home, store, 4096);
    try (WorkspaceSession session =
        smallChunks.open(target, ProgressListener.NONE, Cancellation.none())) {
      execute(session.workspace(), RATE_AFTER);
      Cancellation cancellation = new Cancellation();

      assertThatThrownBy(
              () ->
                  session.save(
                      (done, total, message) -> {
                        if (done > 0) {
                          cancellation.cancel();
                        }
                      },
                      cancellation))
          .isInstanceOf(io.tokenledger.engine.task.CancelledException.class);
    }
    assertThat(scalar(target, RATES)).isEqualTo("1.080000000000");
    try (Stream<Path> left = Files.list(dir)) {
      assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("saving"));
    }
  }

  @Test
  void anOlderWorkspaceIsUpgradedInTheCopyAndOnDiskOnlyWhenSaved() throws Exception {
    Path old = dir.resolve("old.tlw");
    new DuckDbWorkspaceStore("0.0.1", new Migrations(Migrations.ALL.subList(0, 1)))
        .create(old, WorkspaceOptions.defaults())
        .close();
    try (WorkspaceSession session = files.open(old, ProgressListener.NONE, none())) {
      assertThat(session.workspace().schemaVersion()).isEqualTo(Migrations.all().latestVersion());
      assertThat(rawScalar(old, "SELECT max(version) FROM tl_migrations")).isEqualTo("1");

      session.save(ProgressListener.NONE, none());
    }
    assertThat(rawScalar(old, "SELECT max(version) FROM tl_migrations"))
        .isEqualTo(Integer.toString(Migrations.all().latestVersion()));
  }

  @Test
  void aNewerWorkspaceIsRefusedNamingTheChosenFileNotItsCopy() throws Exception {
    try (Workspace workspace = store.open(target, WorkspaceOptions.defaults())) {
      execute(workspace, "INSERT INTO tl_migrations VALUES (99, 'future', now(), '9.0')");
    }

    assertThatThrownBy(this::open)
        .isInstanceOf(WorkspaceException.class)
        .hasMessageContaining(target.toAbsolutePath() + " was written by a newer TokenLedger")
        .hasMessageNotContaining(files.workFolder().toString());
  }

  @Test
  void aFileThatIsNotAWorkspaceIsRefusedBeforeAnyCopy() throws Exception {
    Path notes = Files.writeString(dir.resolve("notes.tlw"), "a,b,c\n".repeat(20));

    assertThatThrownBy(() -> files.open(notes, ProgressListener.NONE, none()))
        .hasMessageContaining("notes.tlw is not a TokenLedger workspace");
    assertThat(WorkspaceLock.owner(notes)).isEmpty();
  }

  @Test
  void aWriteAheadLogLeftByAKilledCommandIsKeptWhenOpening() throws Exception {
    try (ChildJvm child = ChildJvm.start(WriteAndCrash.class, target.toString())) {
      child.await("written");
      assertThat(child.exitCode()).isEqualTo(9);
    }
    assertThat(dir.resolve("acme.tlw.wal")).exists();

    try (WorkspaceSession session = open()) {
      assertThat(scalar(session.workspace(), RATES)).isEqualTo("1.080000000000,1.110000000000");
      assertThat(dir.resolve("acme.tlw.wal")).doesNotExist();
    }
  }

  private WorkspaceSession open() {
    return files.open(target, ProgressListener.NONE, none());
  }

  private static Cancellation none() {
    return Cancellation.none();
  }

  /** Child-process main: opens a session on a file and holds it until killed. */
  public static final class HoldSession {
    public static void main(String[] args) throws Exception {
      WorkspaceFiles files =
          new WorkspaceFiles(Path.of(args[0]), new DuckDbWorkspaceStore("child"));
      try (WorkspaceSession session =
          files.open(Path.of(args[1]), ProgressListener.NONE, Cancellation.none())) {
        session.autosave(ProgressListener.NONE, Cancellation.none());
        System.out.println("holding");
        System.out.flush();
        Thread.sleep(120_000);
      }
    }
  }

  /** Child-process main: changes a workspace and saves it in small chunks, stopping half-way. */
  public static final class SaveSlowly {
    public static void main(String[] args) throws Exception {
      WorkspaceFiles files =
          new WorkspaceFiles(Path.of(args[0]), new DuckDbWorkspaceStore("child"), 4096);
      try (WorkspaceSession session =
          files.open(Path.of(args[1]), ProgressListener.NONE, Cancellation.none())) {
        execute(session.workspace(), RATE_AFTER);
        session.save(
            (done, total, message) -> {
              if (done > 0 && done < total) {
                System.out.println("half-way through the save");
                System.out.flush();
                try {
                  Thread.sleep(120_000);
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
              }
            },
            Cancellation.none());
      }
    }
  }

  /** Child-process main: changes a workspace, autosaves, and dies without closing anything. */
  public static final class AutosaveAndCrash {
    public static void main(String[] args) throws Exception {
      WorkspaceFiles files =
          new WorkspaceFiles(Path.of(args[0]), new DuckDbWorkspaceStore("child"));
      WorkspaceSession session =
          files.open(Path.of(args[1]), ProgressListener.NONE, Cancellation.none());
      execute(session.workspace(), RATE_AFTER);
      session.autosave(ProgressListener.NONE, Cancellation.none());
      System.out.println("autosaved");
      System.out.flush();
      Runtime.getRuntime().halt(9);
    }
  }

  /** Child-process main: a command that commits a change and dies before its checkpoint. */
  public static final class WriteAndCrash {
    public static void main(String[] args) throws Exception {
      Workspace workspace =
          new DuckDbWorkspaceStore("child").open(Path.of(args[0]), WorkspaceOptions.defaults());
      execute(workspace, RATE_AFTER);
      System.out.println("written");
      System.out.flush();
      Runtime.getRuntime().halt(9);
    }
  }

  static void execute(Workspace workspace, String sql) throws SQLException {
    try (Connection c = workspace.newConnection();
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  static String scalar(Workspace workspace, String sql) throws SQLException {
    try (Connection c = workspace.newConnection()) {
      return scalar(c, sql);
    }
  }

  /** Opens the file as the command line would, reads one value, and closes it. */
  private String scalar(Path file, String sql) throws SQLException {
    try (Workspace workspace = store.open(file, WorkspaceOptions.defaults().asReadOnly())) {
      return scalar(workspace, sql);
    }
  }

  /** Reads a file with plain DuckDB, past our lock: only to look at a file a session holds. */
  private static String rawScalar(Path file, String sql) throws SQLException {
    Properties readOnly = new Properties();
    readOnly.setProperty("access_mode", "READ_ONLY");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file, readOnly)) {
      return scalar(c, sql);
    }
  }

  private static String scalar(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rows = s.executeQuery(sql)) {
      rows.next();
      return rows.getString(1);
    }
  }
}
