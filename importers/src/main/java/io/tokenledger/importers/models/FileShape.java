package io.tokenledger.importers.models;

import io.tokenledger.importers.CsvHeader;
import io.tokenledger.importers.FileSample;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * Reads the shape of large cloud exports cheaply enough for format sniffing: the header line of a
 * CSV, gzipped or not, and whether a Parquet file's footer names a column (Parquet writes column
 * names as plain strings in its footer, so no decoder is needed to recognise a schema).
 */
public final class FileShape {

  private static final int FOOTER_BYTES = 256 * 1024;

  private FileShape() {}

  /** The header of a CSV or CSV.gz sample; empty for other content. */
  public static Optional<CsvHeader> csvHeader(FileSample sample) {
    if (!sample.isGzip()) {
      return sample.csvHeader();
    }
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(sample.head()))) {
      byte[] text = readSome(in, 64 * 1024);
      String line = new String(text, StandardCharsets.UTF_8);
      if (line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      int end = line.indexOf('\n');
      line = end < 0 ? line : line.substring(0, end);
      line = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
      return line.indexOf('\0') >= 0 ? Optional.empty() : Optional.of(CsvHeader.parse(line));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** True when the sample is a Parquet file whose footer names every one of the columns. */
  public static boolean parquetHasColumns(FileSample sample, String... columns) {
    if (!sample.isParquet() || sample.isDirectory()) {
      return false;
    }
    try (RandomAccessFile file = new RandomAccessFile(sample.path().toFile(), "r")) {
      long length = file.length();
      int size = (int) Math.min(length, FOOTER_BYTES);
      byte[] tail = new byte[size];
      file.seek(length - size);
      file.readFully(tail);
      String footer = new String(tail, StandardCharsets.ISO_8859_1);
      for (String column : columns) {
        if (!footer.contains(column)) {
          return false;
        }
      }
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /** The top-level column names of a Parquet file, as DuckDB reads them. */
  public static CsvHeader parquetColumns(Connection connection, String path) throws SQLException {
    List<String> names = new ArrayList<>();
    try (PreparedStatement describe =
        connection.prepareStatement("SELECT * FROM read_parquet(?) LIMIT 0")) {
      describe.setString(1, path);
      try (ResultSet rows = describe.executeQuery()) {
        for (int i = 1; i <= rows.getMetaData().getColumnCount(); i++) {
          names.add(rows.getMetaData().getColumnName(i));
        }
      }
    }
    return new CsvHeader(names);
  }

  private static byte[] readSome(InputStream in, int max) throws IOException {
    byte[] buffer = new byte[max];
    int total = 0;
    try {
      int read;
      while (total < max && (read = in.read(buffer, total, max - total)) > 0) {
        total += read;
      }
    } catch (java.io.EOFException truncated) {
      // the sample is the head of the file: the stream ends early, the first line is there
    }
    return java.util.Arrays.copyOf(buffer, total);
  }
}
