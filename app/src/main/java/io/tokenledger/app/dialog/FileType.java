package io.tokenledger.app.dialog;

import java.util.List;

/**
 * A file filter for a file chooser, without JavaFX types so that view-models can name one.
 *
 * @param description what the user reads, such as "CSV files"
 * @param patterns glob patterns, such as {@code *.csv}
 */
public record FileType(String description, List<String> patterns) {

  public static final FileType ALL_FILES = new FileType("All files", List.of("*.*"));

  public FileType {
    patterns = List.copyOf(patterns);
  }
}
