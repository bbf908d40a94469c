package io.tokenledger.app.dialog;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Dialogs for an unattended run ({@code --smoke}, {@code --screenshot}): messages go to stderr and
 * questions get the safe answer, so nothing waits for a click that will never come.
 */
public final class ConsoleDialogService implements DialogService {

  private final PrintStream err;

  public ConsoleDialogService(PrintStream err) {
    this.err = err;
  }

  @Override
  public void showError(String title, String message) {
    err.println("error: " + title + ": " + message);
  }

  @Override
  public void showError(String title, Throwable error) {
    showError(title, ErrorMessages.userMessage(error));
  }

  @Override
  public void showInfo(String title, String message) {
    err.println(title + ": " + message);
  }

  @Override
  public boolean confirm(String title, String message, String confirmLabel) {
    return false;
  }

  /** The way out: nothing is saved, discarded or recovered without a person to ask. */
  @Override
  public int choose(String title, String message, List<String> answers) {
    err.println(title + ": " + message + " -> " + answers.get(answers.size() - 1));
    return answers.size() - 1;
  }

  @Override
  public List<Path> chooseFilesToOpen(String title, List<FileType> types) {
    return List.of();
  }

  @Override
  public Optional<Path> chooseFileToOpen(String title, List<FileType> types) {
    return Optional.empty();
  }

  @Override
  public Optional<Path> chooseFileToSave(String title, String suggestedName, List<FileType> types) {
    return Optional.empty();
  }
}
