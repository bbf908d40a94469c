package io.tokenledger.app.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import io.tokenledger.app.AppServices;
import io.tokenledger.app.shell.Page;
import io.tokenledger.app.shell.ShellViewModels;
import io.tokenledger.app.task.SynchronousTaskExecutor;
import io.tokenledger.app.testing.StubDialogService;
import io.tokenledger.app.testing.TestServices;
import io.tokenledger.app.testing.UsageCsv;
import io.tokenledger.engine.sources.ImportLogQueries;
import io.tokenledger.engine.sources.ImportRecord;
import io.tokenledger.engine.state.AnalysisState;
import io.tokenledger.engine.state.AnalysisStateStore;
import io.tokenledger.engine.state.ExploreViewState;
import io.tokenledger.engine.state.SavedView;
import io.tokenledger.engine.workspace.Workspace;
import io.tokenledger.engine.workspace.WorkspaceOptions;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The File menu's commands with the synchronous executor: titles and the unsaved mark, the "save
 * changes?" question, save and save as, recent files, analysis export and import, and recovering
 * after a crash.
 */
class WorkspaceFileViewModelTest {

  private static final ExploreViewState BY_MODEL =
      new ExploreViewState(
          List.of("model"),
          "month",
          List.of("tokens"),
          Map.of("provider", List.of("openai")),
          5,
          "line");

  @TempDir Path dir;

  private Path home;
  private AppServices services;
  private StubDialogService dialogs;
  private ShellViewModels window;
  private WorkspaceFileViewModel files;
  private CurrentWorkspace current;
  private Path file;

  @BeforeEach
  void start() throws Exception {
    home = dir.resolve("home");
    services = TestServices.create(home);
    dialogs = new StubDialogService();
    window = ShellViewModels.create(services, new SynchronousTaskExecutor(), dialogs);
    files = window.main().files();
    current = window.workspace();
    file = dir.resolve("acme.tlw");
  }

  @AfterEach
  void stop() {
    window.main().closeOnExit();
  }

  @Test
  void theTitleNamesTheFileAndMarksUnsavedChanges() throws Exception {
    files.openOrCreate(file);
    assertThat(files.titleProperty().get()).isEqualTo("TokenLedger — acme.tlw");

    importUsage("october.csv", 12);

    assertThat(files.titleProperty().get()).isEqualTo("TokenLedger — acme.tlw *");
    files.save();
    assertThat(files.titleProperty().get()).isEqualTo("TokenLedger — acme.tlw");
    assertThat(dialogs.errors()).isEmpty();
  }

  @Test
  void aViewChangeMarksTheWorkspaceButMovingBetweenPagesDoesNot() {
    files.openOrCreate(file);

    window.main().selectPage(Page.EXPLORE);
    assertThat(current.isModified()).isFalse();
    assertThat(current.state().pages().selectedPage()).isEqualTo("explore");

    current.updateState(state -> state.withExplore(BY_MODEL));
    assertThat(current.isModified()).isTrue();
  }

  @Test
  void theFileOnDiskChangesOnlyOnSaveAndThenHoldsTheDataAndTheViews() throws Exception {
    files.openOrCreate(file);
    importUsage("october.csv", 12);
    window.main().selectPage(Page.EXPLORE);
    current.updateState(state -> state.withExplore(BY_MODEL));
    assertThat(fileImports(file)).isEmpty();

    files.save();
    window.main().closeOnExit();

    assertThat(fileImports(file)).extracting(ImportRecord::fileName).containsExactly("october.csv");
    try (Workspace saved = services.workspaceStore().open(file, WorkspaceOptions.defaults())) {
      AnalysisState state = new AnalysisStateStore().load(saved);
      assertThat(state.pages().explore()).isEqualTo(BY_MODEL);
      assertThat(state.pages().selectedPage()).isEqualTo("explore");
    }
  }

  @Test
  void closingWithUnsavedChangesAsksAndCancelKeepsEverything() throws Exception {
    files.openOrCreate(file);
    importUsage("october.csv", 5);
    dialogs.willAnswer("Cancel");

    files.close();

    assertThat(dialogs.questions())
        .singleElement()
        .asString()
        .startsWith("Save changes?: Save the changes to acme.tlw first?");
    assertThat(current.get()).isPresent();
    assertThat(current.isModified()).isTrue();
  }

  @Test
  void dontSaveClosesAndLeavesTheFileAsItWas() throws Exception {
    files.openOrCreate(file);
    importUsage("october.csv", 5);
    dialogs.willAnswer("Don't Save");

    files.close();

    assertThat(current.get()).isEmpty();
    assertThat(files.titleProperty().get()).isEqualTo("TokenLedger");
    assertThat(fileImports(file)).isEmpty();
    assertThat(sessionFolders()).isEmpty();
  }

  @Test
  void saveWhenAskedWritesTheFileThenCloses() throws Exception {
    files.openOrCreate(file);
    importUsage("october.csv", 5);
    dialogs.willAnswer("Save");

    files.close();

    assertThat(current.get()).isEmpty();
    assertThat(fileImports(file)).hasSize(1);
  }

  @Test
  void quittingAsksOnlyWhenThereAreUnsavedChanges() throws Exception {
    AtomicInteger quits = new AtomicInteger();
    files.openOrCreate(file);

    files.requestQuit(quits::incrementAndGet);
    assertThat(quits).hasValue(1);
    assertThat(dialogs.questions()).isEmpty();

    importUsage("october.csv", 5);
    dialogs.willAnswer("Cancel");
    files.requestQuit(quits::incrementAndGet);
    assertThat(quits).hasValue(1);

    dialogs.willAnswer("Save");
    files.requestQuit(quits::incrementAndGet);
    assertThat(quits).hasValue(2);
    assertThat(fileImports(file)).hasSize(1);
  }

  @Test
  void openingAnotherWorkspaceWithUnsavedChangesAsksFirst() throws Exception {
    Path other = dir.resolve("other.tlw");
    services.workspaceStore().create(other, WorkspaceOptions.defaults()).close();
    files.openOrCreate(file);
    importUsage("october.csv", 5);
    Workspace first = current.get().orElseThrow();
    dialogs.willAnswer("Don't Save").willChoose(other);

    files.chooseAndOpen();

    assertThat(dialogs.questions()).hasSize(1);
    assertThat(files.titleProperty().get()).isEqualTo("TokenLedger — other.tlw");
    assertThat(first.isClosed()).isTrue();
    assertThat(fileImports(file)).isEmpty();
  }

  @Test
  void aNewWorkspaceIsUntitledAndItsFirstSaveAsksWhereToSave() throws Exception {
    Path chosen = dir.resolve("fresh");
    files.newWorkspace();
    assertThat(files.titleProperty().get()).isEqualTo("TokenLedger — Untitled");
    importUsage("october.csv", 3);
    dialogs.willChoose(chosen);

    files.save();

    assertThat(files.titleProperty().get()).isEqualTo("TokenLedger — fresh.tlw");
    assertThat(files.file()).contains(dir.resolve("fresh.tlw").toAbsolutePath());
    assertThat(files.recentFiles()).containsExactly(dir.resolve("fresh.tlw").toAbsolutePath());
    window.main().closeOnExit();
    assertThat(fileImports(dir.resolve("fresh.tlw"))).hasSize(1);
  }

  @Test
  void saveAsWorksOnTheNewFileFromThenOn() throws Exception {
    Path copy = dir.resolve("acme-v2.tlw");
    files.openOrCreate(file);
    importUsage("october.csv", 3);
    dialogs.willChoose(copy);

    files.saveAs();
    importUsage("november.csv", 4);
    files.save();
    window.main().closeOnExit();

    assertThat(fileImports(copy)).hasSize(2);
    assertThat(fileImports(file)).isEmpty();
  }

  @Test
  void recentFilesAreRememberedForTheNextStart() throws Exception {
    Path other = dir.resolve("other.tlw");
    files.openOrCreate(file);
    files.openOrCreate(other);
    window.main().closeOnExit();

    ShellViewModels next =
        ShellViewModels.create(
            TestServices.create(home), new SynchronousTaskExecutor(), new StubDialogService());
    next.main().openAtStartup(Optional.of(file));

    assertThat(next.main().files().recentFiles())
        .containsExactly(file.toAbsolutePath(), other.toAbsolutePath());
    next.main().closeOnExit();
  }

  @Test
  void aRecentFileThatIsGoneIsReportedAndDropped() throws Exception {
    Path gone = dir.resolve("gone.tlw");
    files.openOrCreate(gone);
    files.openOrCreate(file);
    Files.delete(gone);

    files.openRecent(gone.toAbsolutePath());

    assertThat(dialogs.errors())
        .singleElement()
        .asString()
        .contains("gone.tlw is no longer in " + dir.toAbsolutePath() + ": it was moved or deleted");
    assertThat(files.recentFiles()).containsExactly(file.toAbsolutePath());
    assertThat(files.titleProperty().get()).isEqualTo("TokenLedger — acme.tlw");
  }

  @Test
  void aSecondWindowOnTheSameFileIsToldItIsInUse() {
    files.openOrCreate(file);
    StubDialogService otherDialogs = new StubDialogService();
    ShellViewModels other =
        ShellViewModels.create(services, new SynchronousTaskExecutor(), otherDialogs);

    other.main().openOrCreate(file);

    assertThat(otherDialogs.errors())
        .containsExactly(
            "Cannot open the workspace: acme.tlw is in use by another TokenLedger window: close it"
                + " there first, then try again");
    assertThat(other.workspace().get()).isEmpty();
    assertThat(other.main().files().titleProperty().get()).isEqualTo("TokenLedger");
  }

  @Test
  void anExportedAnalysisImportedIntoAnotherWorkspaceRestoresItsViews() throws Exception {
    Path analysis = dir.resolve("views.json");
    files.openOrCreate(file);
    current.updateState(
        state ->
            state
                .withExplore(BY_MODEL)
                .withSavedView(new SavedView("Models", BY_MODEL))
                .withReportingCurrency("EUR"));
    dialogs.willChoose(analysis);
    files.exportAnalysis();
    AnalysisState exported = current.state();
    dialogs.willAnswer("Don't Save");
    files.openOrCreate(dir.resolve("colleague.tlw"));
    long generation = current.stateGenerationProperty().get();
    dialogs.willChoose(analysis);

    files.importAnalysis();

    assertThat(dialogs.errors()).isEmpty();
    assertThat(dialogs.infos()).singleElement().asString().startsWith("Analysis exported:");
    assertThat(current.state()).isEqualTo(exported);
    assertThat(current.stateGenerationProperty().get()).isEqualTo(generation + 1);
    assertThat(files.titleProperty().get()).isEqualTo("TokenLedger — colleague.tlw *");
  }

  @Test
  void aWorkspaceWhoseAnalysisIsFromANewerVersionIsRefusedAndReleased() throws Exception {
    try (Workspace workspace = services.workspaceStore().create(file, WorkspaceOptions.defaults());
        var c = workspace.newConnection();
        var s = c.createStatement()) {
      s.execute("INSERT INTO analysis_state VALUES ('current', 3, '{}', now())");
    }

    files.openOrCreate(file);

    assertThat(dialogs.errors())
        .singleElement()
        .asString()
        .contains("The analysis in acme.tlw was saved by a newer TokenLedger (analysis format 3");
    assertThat(current.get()).isEmpty();
    assertThat(sessionFolders()).isEmpty();
    services.workspaceStore().open(file, WorkspaceOptions.defaults()).close();
  }

  @Test
  void anImportIsAutosavedAtOnce() throws Exception {
    files.openOrCreate(file);

    importUsage("october.csv", 5);

    assertThat(sessionFolders())
        .singleElement()
        .satisfies(folder -> assertThat(folder.resolve("recovery.tlw")).exists());
  }

  @Test
  void afterACrashTheNextStartRecoversTheWorkWithItsViews() throws Exception {
    Path csv = UsageCsv.good(dir, "october.csv", 7);
    crashAfterAutosave(csv);
    assertThat(fileImports(file)).isEmpty();
    dialogs.willAnswer("Recover");

    window.main().openAtStartup(Optional.empty());

    assertThat(dialogs.questions())
        .singleElement()
        .asString()
        .startsWith(
            "Recover unsaved work: TokenLedger did not close normally. Changes to acme.tlw");
    assertThat(files.titleProperty().get()).isEqualTo("TokenLedger — acme.tlw *");
    assertThat(window.main().selectedPageProperty().get()).isEqualTo(Page.EXPLORE);
    assertThat(current.state().pages().explore()).isEqualTo(BY_MODEL);
    assertThat(currentImports()).extracting(ImportRecord::fileName).containsExactly("october.csv");

    files.save();
    window.main().closeOnExit();
    assertThat(fileImports(file)).hasSize(1);
    assertThat(sessionFolders()).isEmpty();
  }

  @Test
  void recoveryLaterKeepsTheWorkAndDiscardDropsIt() throws Exception {
    crashAfterAutosave(UsageCsv.good(dir, "october.csv", 7));

    window.main().openAtStartup(Optional.of(dir.resolve("other.tlw")));
    assertThat(files.titleProperty().get()).isEqualTo("TokenLedger — other.tlw");
    window.main().closeOnExit();
    assertThat(services.workspaceFiles().recoveryCandidates()).hasSize(1);

    ShellViewModels next =
        ShellViewModels.create(
            TestServices.create(home),
            new SynchronousTaskExecutor(),
            new StubDialogService().willAnswer("Discard"));
    next.main().openAtStartup(Optional.of(dir.resolve("other.tlw")));
    next.main().closeOnExit();

    assertThat(services.workspaceFiles().recoveryCandidates()).isEmpty();
    assertThat(sessionFolders()).isEmpty();
    assertThat(fileImports(file)).isEmpty();
  }

  @Test
  void workUnsavedAtAKillSignalIsOfferedAtTheNextStart() throws Exception {
    files.openOrCreate(file);
    current.updateState(state -> state.withExplore(BY_MODEL));

    files.closeOnSignal();

    assertThat(services.workspaceFiles().recoveryCandidates())
        .singleElement()
        .satisfies(candidate -> assertThat(candidate.name()).isEqualTo("acme.tlw"));
  }

  /** Runs a window in a child JVM that imports, autosaves and dies without closing. */
  private void crashAfterAutosave(Path csv) throws Exception {
    Process child =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                CrashAfterAutosave.class.getName(),
                home.toString(),
                file.toString(),
                csv.toString())
            .redirectErrorStream(true)
            .start();
    try (BufferedReader output =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      assertThat(output.readLine()).isEqualTo("autosaved");
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
      assertThat(child.exitValue()).isEqualTo(9);
    } finally {
      child.destroyForcibly();
    }
  }

  /** Child-process main: a window that opens a file, imports, changes a view, and crashes. */
  public static final class CrashAfterAutosave {
    public static void main(String[] args) throws Exception {
      StubDialogService dialogs = new StubDialogService().willChoose(Path.of(args[2]));
      ShellViewModels window =
          ShellViewModels.create(
              TestServices.create(Path.of(args[0])), new SynchronousTaskExecutor(), dialogs);
      window.main().openOrCreate(Path.of(args[1]));
      window.main().selectPage(Page.EXPLORE);
      window.workspace().updateState(state -> state.withExplore(BY_MODEL));
      window.sources().addFiles();
      window.main().files().autosave();
      if (!dialogs.errors().isEmpty()) {
        System.out.println(dialogs.errors());
      }
      System.out.println("autosaved");
      System.out.flush();
      Runtime.getRuntime().halt(9);
    }
  }

  private void importUsage(String name, int rows) throws Exception {
    window.sources().importFiles(List.of(UsageCsv.good(dir, name, rows)));
    assertThat(dialogs.errors()).isEmpty();
  }

  private List<ImportRecord> currentImports() throws Exception {
    return WorkspaceQuery.run(
        current.get().orElseThrow(), connection -> new ImportLogQueries(connection).list());
  }

  private List<ImportRecord> fileImports(Path workspaceFile) throws Exception {
    try (Workspace saved =
        services.workspaceStore().open(workspaceFile, WorkspaceOptions.defaults().asReadOnly())) {
      return WorkspaceQuery.run(saved, connection -> new ImportLogQueries(connection).list());
    } catch (io.tokenledger.engine.workspace.WorkspaceInUseException e) {
      // Still held by the window: read it as the file on disk is, past the lock.
      try (var c =
          java.sql.DriverManager.getConnection("jdbc:duckdb:" + workspaceFile, readOnly())) {
        return new ImportLogQueries(c).list();
      }
    }
  }

  private static java.util.Properties readOnly() {
    java.util.Properties properties = new java.util.Properties();
    properties.setProperty("access_mode", "READ_ONLY");
    return properties;
  }

  private List<Path> sessionFolders() throws Exception {
    Path work = services.workspaceFiles().workFolder();
    if (!Files.isDirectory(work)) {
      return List.of();
    }
    try (Stream<Path> folders = Files.list(work)) {
      return folders.toList();
    }
  }
}
