package io.tokenledger.sampledata.files;

import io.tokenledger.sampledata.GeneratedFile;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * One file per month, as exports are cut: hands out the writer of a day's month, closing the
 * previous month's file when the month changes, and counts the rows of each file.
 *
 * @param <W> the writer type (a {@link CsvFile}, a JSON generator)
 */
public final class MonthlyFiles<W extends Closeable> {

  /** Opens a writer on a path. */
  @FunctionalInterface
  public interface Opener<W> {
    W open(Path path) throws IOException;
  }

  private final String format;
  private final Function<YearMonth, Path> paths;
  private final Opener<W> opener;
  private final List<GeneratedFile> files = new ArrayList<>();
  private YearMonth month;
  private W writer;
  private Path path;
  private long rows;

  /**
   * @param format the files' format id
   * @param paths where the file of a month goes
   * @param opener how to open it
   */
  public MonthlyFiles(String format, Function<YearMonth, Path> paths, Opener<W> opener) {
    this.format = format;
    this.paths = paths;
    this.opener = opener;
  }

  /** The writer of {@code day}'s month; days must come in calendar order. */
  public W of(LocalDate day) throws IOException {
    YearMonth current = YearMonth.from(day);
    if (!current.equals(month)) {
      close();
      month = current;
      path = paths.apply(current);
      writer = opener.open(path);
      rows = 0;
    }
    return writer;
  }

  /** Counts rows written to the current file. */
  public void counted(long count) {
    rows += count;
  }

  private void close() throws IOException {
    if (writer != null) {
      writer.close();
      files.add(new GeneratedFile(path, format, rows));
      writer = null;
    }
  }

  /** Closes the last file and lists them all. */
  public List<GeneratedFile> finish() throws IOException {
    close();
    return List.copyOf(files);
  }
}
