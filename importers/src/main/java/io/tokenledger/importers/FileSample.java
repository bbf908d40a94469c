package io.tokenledger.importers;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The name and first bytes of a file, which is all an importer looks at to say whether it reads the
 * file. Reading the sample once spares every importer its own I/O.
 */
public final class FileSample {

  /** Enough for any header line and the first rows of a JSON document. */
  public static final int SAMPLE_BYTES = 64 * 1024;

  private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private final Path path;
  private final long size;
  private final byte[] head;

  private FileSample(Path path, long size, byte[] head) {
    this.path = path;
    this.size = size;
    this.head = head;
  }

  public static FileSample read(Path path) throws IOException {
    long size = Files.size(path);
    byte[] head;
    try (InputStream in = Files.newInputStream(path)) {
      head = in.readNBytes(SAMPLE_BYTES);
    }
    return new FileSample(path, size, head);
  }

  /** A sample of a folder (a partitioned export): no bytes. */
  public static FileSample ofDirectory(Path path) {
    return new FileSample(path, 0, new byte[0]);
  }

  /** A sample made from bytes in memory, for tests. */
  public static FileSample of(Path path, byte[] head) {
    return new FileSample(path, head.length, head);
  }

  public Path path() {
    return path;
  }

  public String fileName() {
    return path.getFileName().toString();
  }

  /** The lower-case file name, for extension checks. */
  public String lowerName() {
    return fileName().toLowerCase(Locale.ROOT);
  }

  public boolean isDirectory() {
    return Files.isDirectory(path);
  }

  public long size() {
    return size;
  }

  public byte[] head() {
    return head.clone();
  }

  public boolean startsWith(byte[] magic) {
    return head.length >= magic.length && Arrays.equals(Arrays.copyOf(head, magic.length), magic);
  }

  public boolean isGzip() {
    return startsWith(new byte[] {0x1f, (byte) 0x8b});
  }

  public boolean isParquet() {
    return startsWith("PAR1".getBytes(StandardCharsets.US_ASCII));
  }

  /** XLSX and other OOXML files are ZIP archives. */
  public boolean isZip() {
    return startsWith(new byte[] {'P', 'K', 3, 4});
  }

  public boolean hasBom() {
    return startsWith(UTF8_BOM);
  }

  /** True when the sample holds NUL bytes or invalid UTF-8 text: not a text file. */
  public boolean looksBinary() {
    for (byte b : head) {
      if (b == 0) {
        return true;
      }
    }
    return false;
  }

  /** The sample as text, without a UTF-8 byte-order mark. */
  public String text() {
    int offset = hasBom() ? UTF8_BOM.length : 0;
    return new String(head, offset, head.length - offset, StandardCharsets.UTF_8);
  }

  /** The first line of the text, without its line end; empty when there is none. */
  public String firstLine() {
    String text = text();
    int end = text.indexOf('\n');
    String line = end < 0 ? text : text.substring(0, end);
    return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
  }

  /** The first line read as a CSV header, when the sample is text and has one. */
  public Optional<CsvHeader> csvHeader() {
    if (looksBinary() || isGzip() || isParquet() || isZip() || size == 0) {
      return Optional.empty();
    }
    return Optional.of(CsvHeader.parse(firstLine()));
  }
}
