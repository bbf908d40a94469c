package io.tokenledger.app.dialog;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The dialogs a view-model may ask for. View-models depend on this interface, never on {@code
 * javafx.scene}, so their tests answer dialogs with a stub instead of a window.
 */
public interface DialogService {

  /**
   * Tells the user something failed; {@code message} is written for them (names file and cause).
   */
  void showError(String title, String message);

  /** Tells the user an operation failed, with a message taken from {@code error}. */
  void showError(String title, Throwable error);

  void showInfo(String title, String message);

  /** Asks a yes/no question; true when the user chose {@code confirmLabel}. */
  boolean confirm(String title, String message, String confirmLabel);

  /**
   * Asks a question with several answers, such as Save / Don't Save / Cancel. The first answer is
   * the default one; the last one is the way out (Cancel, Later), also chosen by closing the
   * dialog.
   *
   * @return the index of the answer chosen
   */
  int choose(String title, String message, List<String> answers);

  /** Lets the user pick existing files; empty when they cancelled. */
  List<Path> chooseFilesToOpen(String title, List<FileType> types);

  /** Lets the user pick one existing file. */
  Optional<Path> chooseFileToOpen(String title, List<FileType> types);

  /** Lets the user name a file to write. */
  Optional<Path> chooseFileToSave(String title, String suggestedName, List<FileType> types);
}
