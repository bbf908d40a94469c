package io.tokenledger.app.shell;

import io.tokenledger.app.AppServices;
import io.tokenledger.app.dialog.DialogService;
import io.tokenledger.app.task.TaskExecutor;
import io.tokenledger.app.workspace.CurrentWorkspace;
import io.tokenledger.app.workspace.WorkspaceFileViewModel;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * State and commands of the main window: which page is shown, and the workspace file it has open
 * ({@link WorkspaceFileViewModel}: open, save, recovery, the title). The page shown is part of the
 * workspace's saved view, so a reopened workspace shows the page it was left on.
 */
public final class MainWindowViewModel {

  static final String APP_NAME = WorkspaceFileViewModel.APP_NAME;

  private final CurrentWorkspace current;
  private final WorkspaceFileViewModel files;

  // Properties
  private final ObjectProperty<Page> selectedPage =
      new SimpleObjectProperty<>(this, "selectedPage", Page.SOURCES);

  public MainWindowViewModel(
      AppServices services,
      CurrentWorkspace current,
      TaskExecutor executor,
      DialogService dialogs) {
    this.current = current;
    this.files = new WorkspaceFileViewModel(services, current, executor, dialogs);
    selectedPage.addListener(
        (obs, was, now) -> current.recordViewState(state -> state.withSelectedPage(id(now))));
    current.stateGenerationProperty().addListener((obs, was, now) -> restorePage());
  }

  public ObjectProperty<Page> selectedPageProperty() {
    return selectedPage;
  }

  /** The File menu's model: the open workspace file and its commands. */
  public WorkspaceFileViewModel files() {
    return files;
  }

  /** "TokenLedger — acme.tlw *", or "TokenLedger" while no workspace is open. */
  public StringBinding titleProperty() {
    return files.titleProperty();
  }

  /** True while a workspace is being opened (or the demo built). */
  public ReadOnlyBooleanProperty openingProperty() {
    return files.openingProperty();
  }

  public ReadOnlyStringProperty openingMessageProperty() {
    return files.openingMessageProperty();
  }

  /** The message of the last failed open, or null; unattended runs exit on it. */
  public ReadOnlyObjectProperty<String> openFailureProperty() {
    return files.openFailureProperty();
  }

  public CurrentWorkspace currentWorkspace() {
    return current;
  }

  // Commands

  public void selectPage(Page page) {
    selectedPage.set(page);
  }

  /** Offers to recover unsaved work, then opens the workspace given, or else the demo one. */
  public void openAtStartup(Optional<Path> workspace) {
    files.openAtStartup(workspace);
  }

  /** Opens {@code file}, creating an empty workspace there when it does not exist. */
  public void openOrCreate(Path file) {
    files.openOrCreate(file);
  }

  /** Opens the demo workspace, building it on first start. */
  public void openDemo() {
    files.openDemo();
  }

  /** Asks for an existing workspace file and opens it. */
  public void chooseAndOpen() {
    files.chooseAndOpen();
  }

  /**
   * Closes the open workspace on the calling thread, dropping unsaved changes. Only for the app's
   * exit, when the window is gone and every task has been stopped.
   */
  public void closeOnExit() {
    files.closeOnExit();
  }

  private void restorePage() {
    String wanted = current.state().pages().selectedPage();
    Arrays.stream(Page.values())
        .filter(page -> id(page).equals(wanted))
        .findFirst()
        .ifPresent(selectedPage::set);
  }

  /** The page's id in the saved state: {@code sources}, {@code explore}, ... */
  static String id(Page page) {
    return page.name().toLowerCase(Locale.ROOT);
  }
}
