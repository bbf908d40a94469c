package io.tokenledger.app.workspace;

import io.tokenledger.app.AppServices;
import io.tokenledger.app.demo.DemoWorkspace;
import io.tokenledger.app.dialog.DialogService;
import io.tokenledger.app.dialog.ErrorMessages;
import io.tokenledger.app.dialog.FileType;
import io.tokenledger.app.format.Formats;
import io.tokenledger.app.task.BackgroundTask;
import io.tokenledger.app.task.TaskExecutor;
import io.tokenledger.engine.state.AnalysisExport;
import io.tokenledger.engine.state.AnalysisState;
import io.tokenledger.engine.task.Cancellation;
import io.tokenledger.engine.task.ProgressListener;
import io.tokenledger.engine.workspace.RecoveryCandidate;
import io.tokenledger.engine.workspace.WorkspaceException;
import io.tokenledger.engine.workspace.WorkspaceSession;
import io.tokenledger.engine.workspace.WorkspaceStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The workspace file of the window and the File menu's commands: new, open, open recent, save, save
 * as, close, export and import analysis, autosave, the recovery offer at start, and the "save
 * changes?" question before anything would drop unsaved work. The window works on a {@link
 * WorkspaceSession} (a working copy of the file); every disk step runs on a background task with
 * progress, and failures become dialogs with the engine's message, never a stack trace.
 */
public final class WorkspaceFileViewModel {

  public static final String APP_NAME = "TokenLedger";
  public static final List<FileType> WORKSPACE_FILES =
      List.of(new FileType("TokenLedger workspaces", List.of("*" + WorkspaceStore.EXTENSION)));
  public static final List<FileType> ANALYSIS_FILES =
      List.of(
          new FileType("TokenLedger analysis", List.of("*" + AnalysisExport.EXTENSION)),
          FileType.ALL_FILES);

  static final List<String> SAVE_ANSWERS = List.of("Save", "Don't Save", "Cancel");
  static final List<String> RECOVERY_ANSWERS = List.of("Recover", "Discard", "Later");

  private final AppServices services;
  private final CurrentWorkspace current;
  private final TaskExecutor executor;
  private final DialogService dialogs;
  private final RecentWorkspaces recent;
  private volatile WorkspaceSession session;
  private volatile CompletableFuture<Void> closing = CompletableFuture.completedFuture(null);
  private final Set<WorkspaceSession> closingSessions = ConcurrentHashMap.newKeySet();
  private boolean autosaving;

  // Properties
  private final ReadOnlyStringWrapper name = new ReadOnlyStringWrapper(this, "name", "");
  private final ReadOnlyBooleanWrapper opening = new ReadOnlyBooleanWrapper(this, "opening");
  private final ReadOnlyStringWrapper openingMessage =
      new ReadOnlyStringWrapper(this, "openingMessage", "");
  private final ReadOnlyObjectWrapper<String> openFailure =
      new ReadOnlyObjectWrapper<>(this, "openFailure");
  private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(this, "saving");
  private final ObservableList<Path> recentFiles = FXCollections.observableArrayList();
  private final StringBinding title;

  public WorkspaceFileViewModel(
      AppServices services,
      CurrentWorkspace current,
      TaskExecutor executor,
      DialogService dialogs) {
    this.services = services;
    this.current = current;
    this.executor = executor;
    this.dialogs = dialogs;
    this.recent = new RecentWorkspaces(services.home());
    this.title =
        Bindings.createStringBinding(
            () ->
                name.get().isEmpty()
                    ? APP_NAME
                    : APP_NAME + " — " + name.get() + (current.isModified() ? " *" : ""),
            name,
            current.modifiedProperty());
    // An import is work worth keeping at once: autosave after every change to the data.
    current.revisionProperty().addListener((obs, was, now) -> autosave());
  }

  /** "TokenLedger — acme.tlw *" (the mark while changes are unsaved), or "TokenLedger". */
  public StringBinding titleProperty() {
    return title;
  }

  /** The open workspace's file name, {@value WorkspaceSession#UNTITLED}, or empty. */
  public ReadOnlyStringProperty nameProperty() {
    return name.getReadOnlyProperty();
  }

  /** True while a workspace is being opened (or the demo built). */
  public ReadOnlyBooleanProperty openingProperty() {
    return opening.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty openingMessageProperty() {
    return openingMessage.getReadOnlyProperty();
  }

  /** The message of the last failed open, or null; unattended runs exit on it. */
  public ReadOnlyObjectProperty<String> openFailureProperty() {
    return openFailure.getReadOnlyProperty();
  }

  /** True while a save is under way. */
  public ReadOnlyBooleanProperty savingProperty() {
    return saving.getReadOnlyProperty();
  }

  /** File › Open Recent, newest first. */
  public ObservableList<Path> recentFiles() {
    return recentFiles;
  }

  /** The workspace's file, or empty when none is open or it was never saved. */
  public Optional<Path> file() {
    WorkspaceSession open = session;
    return open == null ? Optional.empty() : open.target();
  }

  // Commands

  /**
   * At start: offers the work of sessions that ended without closing, then opens {@code file}
   * (created when missing) or the demo workspace, unless a recovered one was opened instead.
   */
  public void openAtStartup(Optional<Path> file) {
    Runnable openRequested = () -> file.ifPresentOrElse(this::openOrCreate, this::openDemo);
    executor.execute(
        BackgroundTask.of(
                "Looking for unsaved work",
                (progress, cancellation) ->
                    new Startup(recent.load(), services.workspaceFiles().recoveryCandidates()))
            .quiet()
            .onSuccess(
                startup -> {
                  recentFiles.setAll(startup.recent());
                  offerRecovery(startup.candidates(), openRequested);
                })
            .onFailure(error -> openRequested.run()));
  }

  /** Opens {@code file}, creating an empty workspace there when it does not exist. */
  public void openOrCreate(Path file) {
    openAfterAsking(
        file,
        "Opening " + file.getFileName(),
        (progress, cancellation) ->
            Files.exists(file)
                ? services.workspaceFiles().open(file, progress, cancellation)
                : services.workspaceFiles().create(file, progress, cancellation));
  }

  /** Opens the demo workspace, building it on first start. */
  public void openDemo() {
    Path file = services.home().resolve(DemoWorkspace.defaultFile().getFileName());
    openAfterAsking(
        file,
        "Opening the demo workspace",
        (progress, cancellation) -> {
          new DemoWorkspace(services).openOrBuild(file).close();
          return services.workspaceFiles().open(file, progress, cancellation);
        });
  }

  /** File › New: an empty workspace that gets a file when first saved. */
  public void newWorkspace() {
    openAfterAsking(
        null,
        "Creating a new workspace",
        (progress, cancellation) -> services.workspaceFiles().createUntitled());
  }

  /** File › Open: asks for a workspace file and opens it. */
  public void chooseAndOpen() {
    dialogs.chooseFileToOpen("Open workspace", WORKSPACE_FILES).ifPresent(this::openExisting);
  }

  /** File › Open Recent: opens {@code file}, or says it is gone and drops it from the list. */
  public void openRecent(Path file) {
    openExisting(file);
  }

  /** File › Save: writes the changes to the workspace file (Save As for a new workspace). */
  public void save() {
    save(() -> {});
  }

  /** File › Save As: asks for a file and writes the workspace there; it then works on that file. */
  public void saveAs() {
    saveAs(() -> {});
  }

  /** File › Close: closes the workspace, asking first to save unsaved changes. */
  public void close() {
    if (session == null) {
      return;
    }
    confirmDiscardingChanges(this::closeSession);
  }

  /** Quitting: asks to save unsaved changes, then runs {@code quit} (unless the user cancelled). */
  public void requestQuit(Runnable quit) {
    confirmDiscardingChanges(quit);
  }

  /**
   * File › Export analysis: writes the views, rules, prices and settings, without the data, to a
   * {@code .json} file for a colleague.
   */
  public void exportAnalysis() {
    WorkspaceSession open = session;
    if (open == null) {
      dialogs.showError("No workspace open", "Open a workspace to export its analysis.");
      return;
    }
    String suggested = stem(open.displayName()) + "-analysis" + AnalysisExport.EXTENSION;
    Optional<Path> chosen =
        dialogs
            .chooseFileToSave("Export analysis", suggested, ANALYSIS_FILES)
            .map(file -> withExtension(file, AnalysisExport.EXTENSION));
    if (chosen.isEmpty()) {
      return;
    }
    Path file = chosen.get();
    AnalysisState state = current.state();
    executor.execute(
        BackgroundTask.of(
                "Exporting the analysis to " + file.getFileName(),
                (progress, cancellation) -> {
                  services.analysisExport().exportTo(open.workspace(), state, file);
                  return file;
                })
            .onSuccess(
                written ->
                    dialogs.showInfo(
                        "Analysis exported",
                        "The views, rules, prices and settings of "
                            + open.displayName()
                            + " are in "
                            + written
                            + ". The data is not in it."))
            .onFailure(error -> dialogs.showError("Cannot export the analysis", error)));
  }

  /**
   * File › Import analysis: replaces the views, rules, prices and settings with those of an
   * exported analysis; the data stays as it is.
   */
  public void importAnalysis() {
    WorkspaceSession open = session;
    if (open == null) {
      dialogs.showError("No workspace open", "Open a workspace to import an analysis into.");
      return;
    }
    Optional<Path> chosen = dialogs.chooseFileToOpen("Import analysis", ANALYSIS_FILES);
    if (chosen.isEmpty()
        || !dialogs.confirm(
            "Import analysis",
            "The views, mapping rules, price overrides and allocation settings of "
                + open.displayName()
                + " will be replaced by those in "
                + chosen.get().getFileName()
                + ". The imported data stays as it is.",
            "Import")) {
      return;
    }
    Path file = chosen.get();
    executor.execute(
        BackgroundTask.of(
                "Importing the analysis " + file.getFileName(),
                (progress, cancellation) ->
                    services.analysisExport().importFrom(open.workspace(), file))
            .onSuccess(
                state -> {
                  if (session == open) {
                    current.restoreState(state);
                  }
                })
            .onFailure(error -> dialogs.showError("Cannot import the analysis", error)));
  }

  /**
   * Writes a recovery copy if there are unsaved changes and no save is under way; the timer calls
   * it every few minutes, and it runs after every import.
   */
  public void autosave() {
    WorkspaceSession open = session;
    if (open == null || !current.isModified() || saving.get() || autosaving) {
      return;
    }
    autosaving = true;
    AnalysisState state = current.state();
    executor.execute(
        BackgroundTask.of(
                "Autosaving " + open.displayName(),
                (progress, cancellation) -> {
                  if (open.isClosed()) {
                    return false;
                  }
                  services.analysisStates().save(open.workspace(), state);
                  return open.autosave(progress, cancellation);
                })
            .quiet()
            .onFailure(
                error ->
                    System.err.println(
                        "warning: autosave failed: " + ErrorMessages.userMessage(error)))
            .onFinished(() -> autosaving = false));
  }

  /**
   * Closes the workspace on the calling thread, dropping unsaved changes. Only for the app's exit,
   * after the user answered the "save changes?" question and every task has been stopped.
   */
  public void closeOnExit() {
    WorkspaceSession open = session;
    session = null;
    name.set("");
    current.replace(null);
    if (open != null) {
      closeQuietly(open);
    }
    // A close still queued when the executor stopped never ran.
    List.copyOf(closingSessions).forEach(WorkspaceFileViewModel::closeQuietly);
  }

  /**
   * For an exit nobody could be asked about (a logout, a kill signal), on whatever thread sees it:
   * unsaved changes are kept as a recovery copy for the next start; otherwise the workspace simply
   * closes. After a normal exit there is nothing left to do.
   */
  public void closeOnSignal() {
    WorkspaceSession open = session;
    if (open == null || open.isClosed()) {
      return;
    }
    try {
      if (current.isModified()) {
        services.analysisStates().save(open.workspace(), current.state());
        open.closeKeepingRecovery();
      } else {
        open.close();
      }
    } catch (RuntimeException e) {
      System.err.println("error: " + ErrorMessages.userMessage(e));
    }
  }

  // The work behind the commands

  @FunctionalInterface
  private interface Opener {
    WorkspaceSession open(ProgressListener progress, Cancellation cancellation) throws Exception;
  }

  @FunctionalInterface
  private interface SaveStep {
    void save(WorkspaceSession session, ProgressListener progress, Cancellation cancellation);
  }

  private record Opened(WorkspaceSession session, AnalysisState state, List<Path> recent) {}

  private record Startup(List<Path> recent, List<RecoveryCandidate> candidates) {}

  private void openExisting(Path file) {
    openAfterAsking(
        file,
        "Opening " + file.getFileName(),
        (progress, cancellation) -> {
          if (!Files.exists(file)) {
            recent.remove(file);
            throw new WorkspaceException(
                file.getFileName()
                    + " is no longer in "
                    + file.toAbsolutePath().getParent()
                    + ": it was moved or deleted");
          }
          return services.workspaceFiles().open(file, progress, cancellation);
        });
  }

  /**
   * Opens unless {@code file} is the one shown (opening it again would fail as "in use by another
   * window"), after the "save changes?" question.
   */
  private void openAfterAsking(Path file, String message, Opener opener) {
    if (file != null && isOpen(file)) {
      return;
    }
    confirmDiscardingChanges(() -> open(message, opener));
  }

  private void open(String message, Opener opener) {
    opening.set(true);
    openingMessage.set(message + "…");
    openFailure.set(null);
    executor.execute(
        BackgroundTask.of(message, (progress, cancellation) -> load(opener, progress, cancellation))
            .onSuccess(this::show)
            .onFailure(
                error -> {
                  openFailure.set(ErrorMessages.userMessage(error));
                  dialogs.showError("Cannot open the workspace", error);
                  reloadRecent();
                })
            .onFinished(() -> opening.set(false)));
  }

  private Opened load(Opener opener, ProgressListener progress, Cancellation cancellation)
      throws Exception {
    // A file closed a moment ago stays locked until its close has finished.
    closing.join();
    WorkspaceSession opened = opener.open(progress, cancellation);
    try {
      AnalysisState state = services.analysisStates().load(opened.workspace());
      List<Path> recentNow = opened.target().map(recent::add).orElse(null);
      return new Opened(opened, state, recentNow);
    } catch (RuntimeException e) {
      opened.close();
      throw e;
    }
  }

  private void offerRecovery(List<RecoveryCandidate> candidates, Runnable otherwise) {
    List<RecoveryCandidate> discarded = new ArrayList<>();
    RecoveryCandidate chosen = null;
    for (RecoveryCandidate candidate : candidates) {
      int answer =
          dialogs.choose("Recover unsaved work", recoveryQuestion(candidate), RECOVERY_ANSWERS);
      if (answer == 0) {
        chosen = candidate;
        break;
      }
      if (answer == 1) {
        discarded.add(candidate);
      }
    }
    executor.execute(
        BackgroundTask.of(
                "Cleaning up old working copies",
                (progress, cancellation) -> {
                  discarded.forEach(services.workspaceFiles()::discard);
                  services.workspaceFiles().deleteAbandonedFolders();
                  return null;
                })
            .quiet()
            .onFailure(error -> {}));
    if (chosen == null) {
      otherwise.run();
      return;
    }
    RecoveryCandidate recovering = chosen;
    open(
        "Recovering " + recovering.name(),
        (progress, cancellation) -> services.workspaceFiles().recover(recovering));
  }

  private static String recoveryQuestion(RecoveryCandidate candidate) {
    String when =
        Formats.localTime(candidate.savedAt().atZone(ZoneId.systemDefault()).toOffsetDateTime());
    String which =
        candidate
            .targetFile()
            .map(file -> file.getFileName() + " (" + file.toAbsolutePath().getParent() + ")")
            .orElse("a new workspace that was never saved");
    return "TokenLedger did not close normally. Changes to "
        + which
        + " from "
        + when
        + " were not saved. Recover them? (Later keeps them for the next start.)";
  }

  private void show(Opened opened) {
    WorkspaceSession previous = session;
    session = opened.session();
    name.set(opened.session().displayName());
    current.replace(opened.session().workspace(), opened.state(), opened.session().isRecovered());
    if (opened.recent() != null) {
      recentFiles.setAll(opened.recent());
    }
    if (previous != null) {
      closeInBackground(previous);
    }
  }

  private void closeSession() {
    WorkspaceSession previous = session;
    session = null;
    name.set("");
    current.replace(null);
    if (previous != null) {
      closeInBackground(previous);
    }
  }

  private void closeInBackground(WorkspaceSession previous) {
    CompletableFuture<Void> closed = new CompletableFuture<>();
    CompletableFuture<Void> before = closing;
    closing = CompletableFuture.allOf(before, closed);
    closingSessions.add(previous);
    executor.execute(
        BackgroundTask.of(
                "Closing " + previous.displayName(),
                (progress, cancellation) -> {
                  previous.close();
                  return null;
                })
            .quiet()
            .onFailure(error -> dialogs.showError("Cannot close the workspace", error))
            .onFinished(
                () -> {
                  // Also after a cancel at exit, where closeOnExit closes it instead.
                  closingSessions.remove(previous);
                  closed.complete(null);
                }));
  }

  /** Runs {@code then} at once when nothing is unsaved; else asks Save / Don't Save / Cancel. */
  private void confirmDiscardingChanges(Runnable then) {
    if (session == null || !current.isModified()) {
      then.run();
      return;
    }
    int answer =
        dialogs.choose(
            "Save changes?",
            "Save the changes to " + name.get() + " first? Changes you do not save are lost.",
            SAVE_ANSWERS);
    switch (answer) {
      case 0 -> save(then);
      case 1 -> then.run();
      default -> {
        // Cancel: stay where we are.
      }
    }
  }

  private void save(Runnable then) {
    WorkspaceSession open = session;
    if (open == null || saving.get()) {
      return;
    }
    if (open.target().isEmpty()) {
      saveAs(then);
      return;
    }
    runSave(open, "Saving " + open.displayName(), WorkspaceSession::save, then);
  }

  private void saveAs(Runnable then) {
    WorkspaceSession open = session;
    if (open == null || saving.get()) {
      return;
    }
    String suggested =
        open.target().isPresent() ? open.displayName() : "workspace" + WorkspaceStore.EXTENSION;
    Optional<Path> chosen =
        dialogs
            .chooseFileToSave("Save workspace as", suggested, WORKSPACE_FILES)
            .map(file -> withExtension(file, WorkspaceStore.EXTENSION));
    if (chosen.isEmpty()) {
      return;
    }
    Path file = chosen.get();
    runSave(
        open,
        "Saving " + file.getFileName(),
        (s, progress, cancellation) -> s.saveAs(file, progress, cancellation),
        then);
  }

  private void runSave(WorkspaceSession open, String message, SaveStep step, Runnable then) {
    AnalysisState state = current.state();
    long stamp = current.changeStamp();
    saving.set(true);
    executor.execute(
        BackgroundTask.of(
                message,
                (progress, cancellation) -> {
                  services.analysisStates().save(open.workspace(), state);
                  step.save(open, progress, cancellation);
                  return open.target().map(recent::add).orElse(List.of());
                })
            .onSuccess(
                recentNow -> {
                  if (session == open) {
                    name.set(open.displayName());
                    current.markSaved(stamp);
                  }
                  recentFiles.setAll(recentNow);
                  then.run();
                })
            .onFailure(error -> dialogs.showError("Cannot save " + open.displayName(), error))
            .onFinished(() -> saving.set(false)));
  }

  private void reloadRecent() {
    executor.execute(
        BackgroundTask.of("Reading recent workspaces", (progress, cancellation) -> recent.load())
            .quiet()
            .onSuccess(recentFiles::setAll)
            .onFailure(error -> {}));
  }

  private boolean isOpen(Path file) {
    Path wanted = file.toAbsolutePath().normalize();
    return file().map(wanted::equals).orElse(false);
  }

  private static Path withExtension(Path file, String extension) {
    String fileName = file.getFileName().toString();
    return fileName.endsWith(extension) ? file : file.resolveSibling(fileName + extension);
  }

  private static String stem(String fileName) {
    return fileName.endsWith(WorkspaceStore.EXTENSION)
        ? fileName.substring(0, fileName.length() - WorkspaceStore.EXTENSION.length())
        : fileName;
  }

  private static void closeQuietly(WorkspaceSession open) {
    try {
      open.close();
    } catch (RuntimeException e) {
      System.err.println("error: " + ErrorMessages.userMessage(e));
    }
  }
}
