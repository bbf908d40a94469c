package io.tokenledger.app.shell;

import io.tokenledger.app.AppVersion;
import io.tokenledger.app.theme.AppTheme;
import javafx.application.Platform;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * The menu bar: File (import, workspaces, quit), View (every page by Ctrl+digit, the theme) and
 * Help. The accelerators live here, so the menus also document the keyboard.
 */
final class AppMenuBar extends MenuBar {

  AppMenuBar(ShellViewModels viewModels, AppTheme theme) {
    setId("menu-bar");
    getMenus().addAll(fileMenu(viewModels), viewMenu(viewModels, theme), helpMenu(viewModels));
  }

  private static Menu fileMenu(ShellViewModels viewModels) {
    MenuItem importFiles =
        item(
            "_Import files…",
            new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN),
            () -> {
              viewModels.main().selectPage(Page.SOURCES);
              viewModels.sources().addFiles();
            });
    importFiles.setId("menu-import-files");
    MenuItem open =
        item(
            "_Open workspace…",
            new KeyCodeCombination(
                KeyCode.O, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
            viewModels.main()::chooseAndOpen);
    MenuItem create =
        item(
            "_New workspace…",
            new KeyCodeCombination(
                KeyCode.N, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
            viewModels.main()::chooseAndCreate);
    MenuItem demo = item("Open _demo workspace", null, viewModels.main()::openDemo);
    MenuItem quit =
        item(
            "_Quit",
            new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN),
            Platform::exit);
    Menu file = new Menu("_File");
    file.getItems()
        .addAll(
            importFiles,
            new SeparatorMenuItem(),
            create,
            open,
            demo,
            new SeparatorMenuItem(),
            quit);
    return file;
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
                            + "Ctrl+O: import files\n"
                            + "Ctrl+Shift+O: open a workspace; Ctrl+Shift+N: new workspace\n"
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
