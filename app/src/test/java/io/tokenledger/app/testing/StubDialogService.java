package io.tokenledger.app.testing;

import io.tokenledger.app.dialog.DialogService;
import io.tokenledger.app.dialog.ErrorMessages;
import io.tokenledger.app.dialog.FileType;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** Answers dialogs from a script and records what was shown, for tests without windows. */
public final class StubDialogService implements DialogService {

  private final Deque<List<Path>> filesToChoose = new ArrayDeque<>();
  private final List<String> errors = new ArrayList<>();
  private final List<String> infos = new ArrayList<>();
  private final Deque<String> answers = new ArrayDeque<>();
  private final List<String> questions = new ArrayList<>();

  /** The next "choose files" dialog answers {@code files}. */
  public StubDialogService willChoose(Path... files) {
    filesToChoose.add(List.of(files));
    return this;
  }

  /**
   * The next question ({@link #choose}) is answered with {@code answer}; unscripted questions get
   * the last answer, the way out.
   */
  public synchronized StubDialogService willAnswer(String answer) {
    answers.add(answer);
    return this;
  }

  /** Every question asked, as "title: message". */
  public synchronized List<String> questions() {
    return List.copyOf(questions);
  }

  /** Every error shown, as "title: message". */
  public synchronized List<String> errors() {
    return List.copyOf(errors);
  }

  public synchronized List<String> infos() {
    return List.copyOf(infos);
  }

  @Override
  public synchronized void showError(String title, String message) {
    errors.add(title + ": " + message);
  }

  @Override
  public void showError(String title, Throwable error) {
    showError(title, ErrorMessages.userMessage(error));
  }

  @Override
  public synchronized void showInfo(String title, String message) {
    infos.add(title + ": " + message);
  }

  @Override
  public boolean confirm(String title, String message, String confirmLabel) {
    return true;
  }

  @Override
  public synchronized int choose(String title, String message, List<String> options) {
    questions.add(title + ": " + message);
    String answer = answers.isEmpty() ? options.get(options.size() - 1) : answers.poll();
    int index = options.indexOf(answer);
    if (index < 0) {
      throw new IllegalStateException("'" + answer + "' is not among " + options);
    }
    return index;
  }

  @Override
  public synchronized List<Path> chooseFilesToOpen(String title, List<FileType> types) {
    return filesToChoose.isEmpty() ? List.of() : filesToChoose.poll();
  }

  @Override
  public synchronized Optional<Path> chooseFileToOpen(String title, List<FileType> types) {
    return filesToChoose.isEmpty() ? Optional.empty() : filesToChoose.poll().stream().findFirst();
  }

  @Override
  public synchronized Optional<Path> chooseFileToSave(
      String title, String suggestedName, List<FileType> types) {
    return chooseFileToOpen(title, types);
  }
}
