package io.tokenledger.app.dialog;

import io.tokenledger.engine.workspace.WorkspaceException;
import io.tokenledger.importers.ImportException;

/**
 * Turns an exception into a sentence for the user. Engine and importer exceptions are written for
 * the user already; anything else is a bug, shown by its type and first line instead of a trace.
 */
public final class ErrorMessages {

  private ErrorMessages() {}

  public static String userMessage(Throwable error) {
    Throwable shown = unwrap(error);
    String message = shown.getMessage();
    if (shown instanceof WorkspaceException || shown instanceof ImportException) {
      return firstLine(message);
    }
    String type = shown.getClass().getSimpleName();
    return message == null || message.isBlank() ? type : type + ": " + firstLine(message);
  }

  private static Throwable unwrap(Throwable error) {
    Throwable current = error;
    while ((current instanceof java.util.concurrent.ExecutionException
            || current instanceof java.lang.reflect.InvocationTargetException)
        && current.getCause() != null) {
      current = current.getCause();
    }
    return current;
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
