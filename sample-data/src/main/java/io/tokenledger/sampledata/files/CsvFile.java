package io.tokenledger.sampledata.files;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A CSV file written row by row (RFC 4180 quoting, {@code \n} line ends), counting its data rows.
 * Rows are built in a reused buffer and written through a large buffered writer, so millions of
 * rows stream to disk in constant memory.
 */
public final class CsvFile implements Closeable {

  private final Path path;
  private final BufferedWriter writer;
  private final String separator;
  private final StringBuilder line = new StringBuilder(512);
  private boolean firstField = true;
  private long rows;

  private CsvFile(Path path, String separator) throws IOException {
    Files.createDirectories(path.toAbsolutePath().getParent());
    this.path = path;
    this.separator = separator;
    this.writer =
        new BufferedWriter(
            new OutputStreamWriter(Files.newOutputStream(path), StandardCharsets.UTF_8), 1 << 20);
  }

  public static CsvFile create(Path path, List<String> header) throws IOException {
    return create(path, ",", header);
  }

  /** A file with another field separator (nvidia-smi writes {@code ", "}). */
  public static CsvFile create(Path path, String separator, List<String> header)
      throws IOException {
    CsvFile file = new CsvFile(path, separator);
    for (String name : header) {
      file.raw(name);
    }
    file.endHeader();
    return file;
  }

  public Path path() {
    return path;
  }

  /** Data rows written so far. */
  public long rows() {
    return rows;
  }

  /** A text field, quoted when it holds a separator, a quote or a line break. */
  public CsvFile text(String value) {
    startField();
    if (value == null) {
      return this;
    }
    boolean quote = false;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == ',' || c == '"' || c == '\n' || c == '\r') {
        quote = true;
        break;
      }
    }
    if (!quote) {
      line.append(value);
      return this;
    }
    line.append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '"') {
        line.append('"');
      }
      line.append(c);
    }
    line.append('"');
    return this;
  }

  /** A field written as is (numbers, timestamps: never needs quotes). */
  public CsvFile raw(String value) {
    startField();
    if (value != null) {
      line.append(value);
    }
    return this;
  }

  public CsvFile number(long value) {
    startField();
    line.append(value);
    return this;
  }

  public CsvFile empty() {
    startField();
    return this;
  }

  /** The open row's buffer, for callers that format a field in place (timestamps). */
  public StringBuilder field() {
    startField();
    return line;
  }

  private void startField() {
    if (!firstField) {
      line.append(separator);
    }
    firstField = false;
  }

  private void endHeader() throws IOException {
    line.append('\n');
    writer.write(line.toString());
    line.setLength(0);
    firstField = true;
  }

  /** Ends the current row. */
  public void endRow() throws IOException {
    line.append('\n');
    writer.append(line);
    line.setLength(0);
    firstField = true;
    rows++;
  }

  @Override
  public void close() throws IOException {
    writer.close();
  }
}
