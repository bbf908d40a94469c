package io.tokenledger.app.dialog;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.controlsfx.dialog.ExceptionDialog;

/**
 * Dialogs as JavaFX alerts and native file choosers, owned by the main window. With {@code
 * --debug}, errors that carry an exception open ControlsFX's exception dialog with the stack trace;
 * otherwise the user reads one clear sentence.
 */
public final class JavaFxDialogService implements DialogService {

  private final Supplier<Window> owner;
  private final boolean debug;
  private Path lastFolder;

  public JavaFxDialogService(Supplier<Window> owner, boolean debug) {
    this.owner = owner;
    this.debug = debug;
  }

  @Override
  public void showError(String title, String message) {
    alert(Alert.AlertType.ERROR, title, message).showAndWait();
  }

  @Override
  public void showError(String title, Throwable error) {
    if (debug) {
      ExceptionDialog dialog = new ExceptionDialog(error);
      dialog.initOwner(owner.get());
      dialog.setTitle(title);
      dialog.setHeaderText(ErrorMessages.userMessage(error));
      dialog.showAndWait();
      return;
    }
    showError(title, ErrorMessages.userMessage(error));
  }

  @Override
  public void showInfo(String title, String message) {
    alert(Alert.AlertType.INFORMATION, title, message).showAndWait();
  }

  @Override
  public boolean confirm(String title, String message, String confirmLabel) {
    ButtonType confirm = new ButtonType(confirmLabel, ButtonBar.ButtonData.OK_DONE);
    Alert alert = alert(Alert.AlertType.CONFIRMATION, title, message);
    alert.getButtonTypes().setAll(confirm, ButtonType.CANCEL);
    return alert.showAndWait().filter(confirm::equals).isPresent();
  }

  @Override
  public int choose(String title, String message, List<String> answers) {
    List<ButtonType> buttons = new java.util.ArrayList<>();
    for (int i = 0; i < answers.size(); i++) {
      ButtonBar.ButtonData role;
      if (i == answers.size() - 1) {
        role = ButtonBar.ButtonData.CANCEL_CLOSE;
      } else if (i == 0) {
        role = ButtonBar.ButtonData.YES;
      } else {
        role = ButtonBar.ButtonData.NO;
      }
      buttons.add(new ButtonType(answers.get(i), role));
    }
    Alert alert = alert(Alert.AlertType.CONFIRMATION, title, message);
    alert.getButtonTypes().setAll(buttons);
    return alert.showAndWait().map(buttons::indexOf).filter(i -> i >= 0).orElse(answers.size() - 1);
  }

  @Override
  public List<Path> chooseFilesToOpen(String title, List<FileType> types) {
    List<File> files = chooser(title, types).showOpenMultipleDialog(owner.get());
    if (files == null || files.isEmpty()) {
      return List.of();
    }
    remember(files.get(0));
    return files.stream().map(File::toPath).toList();
  }

  @Override
  public Optional<Path> chooseFileToOpen(String title, List<FileType> types) {
    File file = chooser(title, types).showOpenDialog(owner.get());
    remember(file);
    return Optional.ofNullable(file).map(File::toPath);
  }

  @Override
  public Optional<Path> chooseFileToSave(String title, String suggestedName, List<FileType> types) {
    FileChooser chooser = chooser(title, types);
    chooser.setInitialFileName(suggestedName);
    File file = chooser.showSaveDialog(owner.get());
    remember(file);
    return Optional.ofNullable(file).map(File::toPath);
  }

  private Alert alert(Alert.AlertType type, String title, String message) {
    Alert alert = new Alert(type);
    alert.initOwner(owner.get());
    alert.setTitle(title);
    alert.setHeaderText(title);
    // A label that wraps: file paths and row reasons are long.
    Label content = new Label(message);
    content.setWrapText(true);
    content.setMaxWidth(520);
    alert.getDialogPane().setContent(content);
    return alert;
  }

  private FileChooser chooser(String title, List<FileType> types) {
    FileChooser chooser = new FileChooser();
    chooser.setTitle(title);
    for (FileType type : types) {
      chooser
          .getExtensionFilters()
          .add(new FileChooser.ExtensionFilter(type.description(), type.patterns()));
    }
    if (lastFolder != null && lastFolder.toFile().isDirectory()) {
      chooser.setInitialDirectory(lastFolder.toFile());
    }
    return chooser;
  }

  private void remember(File chosen) {
    if (chosen != null && chosen.getParentFile() != null) {
      lastFolder = chosen.getParentFile().toPath();
    }
  }
}
