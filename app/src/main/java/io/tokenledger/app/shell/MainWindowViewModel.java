package io.tokenledger.app.shell;

import io.tokenledger.app.AppServices;
import io.tokenledger.app.demo.DemoWorkspace;
import io.tokenledger.app.dialog.DialogService;
import io.tokenledger.app.dialog.ErrorMessages;
import io.tokenledger.app.dialog.FileType;
import io.tokenledger.app.task.BackgroundTask;
import io.tokenledger.app.task.TaskExecutor;
import io.tokenledger.app.workspace.CurrentWorkspace;
import io.tokenledger.engine.workspace.Workspace;
import io.tokenledger.engine.workspace.WorkspaceOptions;
import io.tokenledger.engine.workspace.WorkspaceStore;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * State and commands of the main window: which page is shown, which workspace is open, and opening
 * one (the demo workspace on first start). Opening runs on a background task; a failure becomes a
 * dialog with the store's message ("in use by another TokenLedger window"), never a stack trace.
 */
public final class MainWindowViewModel {

  static final String APP_NAME = "TokenLedger";
  private static final List<FileType> WORKSPACE_FILES =
      List.of(new FileType("TokenLedger workspaces", List.of("*" + WorkspaceStore.EXTENSION)));

  private final AppServices services;
  private final CurrentWorkspace current;
  private final TaskExecutor executor;
  private final DialogService dialogs;

  // Properties
  private final ObjectProperty<Page> selectedPage =
      new SimpleObjectProperty<>(this, "selectedPage", Page.SOURCES);
  private final ReadOnlyBooleanWrapper opening = new ReadOnlyBooleanWrapper(this, "opening");
  private final ReadOnlyStringWrapper openingMessage =
      new ReadOnlyStringWrapper(this, "openingMessage", "");
  private final ReadOnlyObjectWrapper<String> openFailure =
      new ReadOnlyObjectWrapper<>(this, "openFailure");
  private final StringBinding title;

  public MainWindowViewModel(
      AppServices services,
      CurrentWorkspace current,
      TaskExecutor executor,
      DialogService dialogs) {
    this.services = services;
    this.current = current;
    this.executor = executor;
    this.dialogs = dialogs;
    this.title =
        Bindings.createStringBinding(
            () -> current.get().map(ws -> APP_NAME + " — " + ws.displayName()).orElse(APP_NAME),
            current.workspaceProperty());
  }

  public ObjectProperty<Page> selectedPageProperty() {
    return selectedPage;
  }

  /** "TokenLedger — acme.tlw", or "TokenLedger" while no workspace is open. */
  public StringBinding titleProperty() {
    return title;
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

  public CurrentWorkspace currentWorkspace() {
    return current;
  }

  // Commands

  public void selectPage(Page page) {
    selectedPage.set(page);
  }

  /** Opens the workspace given on the command line, or else the demo workspace. */
  public void openAtStartup(Optional<Path> workspace) {
    workspace.ifPresentOrElse(this::openOrCreate, this::openDemo);
  }

  /** Opens {@code file}, creating an empty workspace there when it does not exist. */
  public void openOrCreate(Path file) {
    open(
        file,
        "Opening " + file.getFileName(),
        () -> services.workspaceStore().openOrCreate(file, WorkspaceOptions.defaults()));
  }

  /** Opens the demo workspace, building it on first start. */
  public void openDemo() {
    Path file = DemoWorkspace.defaultFile();
    open(file, "Opening the demo workspace", () -> new DemoWorkspace(services).openOrBuild(file));
  }

  /** Asks for an existing workspace file and opens it. */
  public void chooseAndOpen() {
    dialogs.chooseFileToOpen("Open workspace", WORKSPACE_FILES).ifPresent(this::openExisting);
  }

  /** Asks for a new workspace file name and creates it. */
  public void chooseAndCreate() {
    dialogs
        .chooseFileToSave("New workspace", "workspace" + WorkspaceStore.EXTENSION, WORKSPACE_FILES)
        .map(MainWindowViewModel::withExtension)
        .ifPresent(
            file ->
                open(
                    file,
                    "Creating " + file.getFileName(),
                    () -> services.workspaceStore().create(file, WorkspaceOptions.defaults())));
  }

  private void openExisting(Path file) {
    open(
        file,
        "Opening " + file.getFileName(),
        () -> services.workspaceStore().open(file, WorkspaceOptions.defaults()));
  }

  /**
   * Closes the open workspace on the calling thread. Only for the app's exit, when the window is
   * gone and every task has been stopped: it writes the file out (a checkpoint).
   */
  public void closeOnExit() {
    current.replace(null).ifPresent(MainWindowViewModel::closeQuietly);
  }

  private interface Opener {
    Workspace open() throws Exception;
  }

  private void open(Path file, String message, Opener opener) {
    if (isOpen(file)) {
      // Opening it again would fail as "in use by another window": it is already shown.
      return;
    }
    opening.set(true);
    openingMessage.set(message + "…");
    openFailure.set(null);
    executor.execute(
        BackgroundTask.of(message, (progress, cancellation) -> opener.open())
            .onSuccess(this::show)
            .onFailure(
                error -> {
                  openFailure.set(ErrorMessages.userMessage(error));
                  dialogs.showError("Cannot open the workspace", error);
                })
            .onFinished(() -> opening.set(false)));
  }

  private boolean isOpen(Path file) {
    Path wanted = file.toAbsolutePath().normalize();
    return current.get().flatMap(Workspace::file).map(wanted::equals).orElse(false);
  }

  private void show(Workspace workspace) {
    current
        .replace(workspace)
        .ifPresent(
            previous ->
                executor.execute(
                    BackgroundTask.of(
                            "Closing " + previous.displayName(),
                            (progress, cancellation) -> {
                              previous.close();
                              return null;
                            })
                        .quiet()
                        .onFailure(
                            error -> dialogs.showError("Cannot close the workspace", error))));
  }

  private static Path withExtension(Path file) {
    String name = file.getFileName().toString();
    return name.endsWith(WorkspaceStore.EXTENSION)
        ? file
        : file.resolveSibling(name + WorkspaceStore.EXTENSION);
  }

  private static void closeQuietly(Workspace workspace) {
    try {
      workspace.close();
    } catch (RuntimeException e) {
      System.err.println("error: " + ErrorMessages.userMessage(e));
    }
  }
}
