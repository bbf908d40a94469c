package io.tokenledger.app.shell;

import io.tokenledger.app.AppVersion;
import io.tokenledger.app.theme.AppTheme;
import io.tokenledger.app.workspace.WorkspaceFileViewModel;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.ListChangeListener;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * The menu bar: File (workspaces: new, open, recent, save, close; imports; analysis export and
 * import; quit), View (every page by Ctrl+digit, the theme) and Help. The accelerators live here,
 * so the menus also document the keyboard.
 */
final class AppMenuBar extends MenuBar {

  AppMenuBar(ShellViewModels viewModels, AppTheme theme) {
    setId("menu-bar");
    getMenus().addAll(fileMenu(viewModels), viewMenu(viewModels, theme), helpMenu(viewModels));
  }

  private static Menu fileMenu(ShellViewModels viewModels) {
    WorkspaceFileViewModel files = viewModels.main().files();
    BooleanBinding noWorkspace = viewModels.workspace().openProperty().not();
    MenuItem create = item("_New workspace", shortcut(KeyCode.N), files::newWorkspace, "menu-new");
    MenuItem open =
        item("_Open workspace…", shortcut(KeyCode.O), files::chooseAndOpen, "menu-open");
    Menu recent = recentMenu(files);
    MenuItem demo = item("Open _demo workspace", null, files::openDemo, "menu-open-demo");
    MenuItem save = item("_Save", shortcut(KeyCode.S), files::save, "menu-save");
    MenuItem saveAs =
        item(
            "Save _As…",
            new KeyCodeCombination(
                KeyCode.S, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
            files::saveAs,
            "menu-save-as");
    MenuItem close = item("_Close workspace", shortcut(KeyCode.W), files::close, "menu-close");
    MenuItem importFiles =
        item(
            "_Import files…",
            shortcut(KeyCode.I),
            () -> {
              viewModels.main().selectPage(Page.SOURCES);
              viewModels.sources().addFiles();
            },
            "menu-import-files");
    MenuItem exportAnalysis =
        item("_Export analysis…", null, files::exportAnalysis, "menu-export-analysis");
    MenuItem importAnalysis =
        item("Import ana_lysis…", null, files::importAnalysis, "menu-import-analysis");
    for (MenuItem needsWorkspace :
        List.of(save, saveAs, close, importFiles, exportAnalysis, importAnalysis)) {
      needsWorkspace.disableProperty().bind(noWorkspace);
    }
    MenuItem quit =
        item("_Quit", shortcut(KeyCode.Q), () -> files.requestQuit(Platform::exit), "menu-quit");
    Menu file = new Menu("_File");
    file.getItems()
        .addAll(
            create,
            open,
            recent,
            demo,
            new SeparatorMenuItem(),
            save,
            saveAs,
            close,
            new SeparatorMenuItem(),
            importFiles,
            exportAnalysis,
            importAnalysis,
            new SeparatorMenuItem(),
            quit);
    return file;
  }

  /** File › Open Recent, rebuilt whenever the list changes. */
  private static Menu recentMenu(WorkspaceFileViewModel files) {
    Menu recent = new Menu("Open _Recent");
    recent.setId("menu-open-recent");
    Runnable rebuild =
        () -> {
          recent.getItems().clear();
          for (Path path : files.recentFiles()) {
            MenuItem entry = new MenuItem(path.getFileName() + "  —  " + path.getParent());
            entry.setMnemonicParsing(false);
            entry.setOnAction(event -> files.openRecent(path));
            recent.getItems().add(entry);
          }
          if (recent.getItems().isEmpty()) {
            MenuItem none = new MenuItem("No recent workspaces");
            none.setDisable(true);
            recent.getItems().add(none);
          }
        };
    files.recentFiles().addListener((ListChangeListener<Path>) change -> rebuild.run());
    rebuild.run();
    return recent;
  }

  private static KeyCombination shortcut(KeyCode key) {
    return new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN);
  }

  private static MenuItem item(
      String text, KeyCombination accelerator, Runnable action, String id) {
    MenuItem item = item(text, accelerator, action);
    item.setId(id);
    return item;
  }

  private static Menu viewMenu(ShellViewModels viewModels, AppTheme theme) {
    Menu view = new Menu("_View");
    for (Page page : Page.values()) {
      if (page.startsSection()) {
        view.getItems().add(new SeparatorMenuItem());
      }
      MenuItem item =
          item(
              page.title(),
              new KeyCodeCombination(digitKey(page.shortcutDigit()), KeyCombination.SHORTCUT_DOWN),
              () -> viewModels.main().selectPage(page));
      item.setMnemonicParsing(false);
      view.getItems().add(item);
    }
    CheckMenuItem dark = new CheckMenuItem("_Dark theme");
    dark.setId("menu-dark-theme");
    dark.selectedProperty().bindBidirectional(theme.darkProperty());
    dark.setAccelerator(
        new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
    view.getItems().addAll(new SeparatorMenuItem(), dark);
    return view;
  }

  private static Menu helpMenu(ShellViewModels viewModels) {
    MenuItem about =
        item(
            "_About TokenLedger",
            null,
            () ->
                viewModels
                    .dialogs()
                    .showInfo(
                        "About TokenLedger",
                        "TokenLedger "
                            + AppVersion.get()
                            + "\nA desktop workbench for AI FinOps: import, reconcile, allocate,"
                            + " slice, model, export.\n\nJava "
                            + System.getProperty("java.version")
                            + ", JavaFX "
                            + System.getProperty("javafx.runtime.version", "?")));
    MenuItem keys =
        item(
            "_Keyboard shortcuts",
            new KeyCodeCombination(KeyCode.F1),
            () ->
                viewModels
                    .dialogs()
                    .showInfo(
                        "Keyboard shortcuts",
                        "Ctrl+1 … Ctrl+9, Ctrl+0: go to a page (or arrow keys in the sidebar)\n"
                            + "Ctrl+N: new workspace; Ctrl+O: open a workspace\n"
                            + "Ctrl+S: save; Ctrl+Shift+S: save as; Ctrl+W: close\n"
                            + "Ctrl+I: import files\n"
                            + "Ctrl+Shift+D: light or dark theme\n"
                            + "Tab, Shift+Tab: move between controls; Alt: the menus\n"
                            + "Ctrl+Q: quit"));
    Menu help = new Menu("_Help");
    help.getItems().addAll(keys, about);
    return help;
  }

  private static MenuItem item(String text, KeyCombination accelerator, Runnable action) {
    MenuItem item = new MenuItem(text);
    item.setAccelerator(accelerator);
    item.setOnAction(event -> action.run());
    return item;
  }

  private static KeyCode digitKey(int digit) {
    return KeyCode.valueOf("DIGIT" + digit);
  }
}
