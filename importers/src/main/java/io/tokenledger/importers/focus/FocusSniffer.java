package io.tokenledger.importers.focus;

import io.tokenledger.engine.focus.FocusColumns;
import io.tokenledger.engine.focus.FocusDataset;
import io.tokenledger.engine.focus.FocusFiles;
import io.tokenledger.engine.focus.ScratchDatabase;
import io.tokenledger.importers.CsvHeader;
import io.tokenledger.importers.FileSample;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Says how sure it is that a file (or a folder of parts) is FOCUS, from its column names: CSV
 * headers read from the sample (decompressed for CSV.gz), Parquet schemas read by DuckDB.
 */
final class FocusSniffer {

  /** A file with these many FOCUS columns, one of them a cost, is surely FOCUS. */
  private static final int SURE = 6;

  private FocusSniffer() {}

  static int score(FileSample sample, FocusColumns catalog) {
    List<String> names;
    try {
      names = columnNames(sample);
    } catch (IOException | SQLException | RuntimeException e) {
      return 0;
    }
    if (names.isEmpty()) {
      return 0;
    }
    if (FocusColumns.detectDataset(names) == FocusDataset.CONTRACT_COMMITMENT) {
      return 90;
    }
    long focus =
        names.stream()
            .filter(n -> catalog.findAnyVersion(FocusDataset.COST_AND_USAGE, n).isPresent())
            .count();
    boolean cost =
        names.stream()
            .anyMatch(n -> n.equalsIgnoreCase("BilledCost") || n.equalsIgnoreCase("EffectiveCost"));
    if (!cost) {
      return 0;
    }
    if (focus >= SURE) {
      return 90;
    }
    return focus >= 4 ? 60 : 0;
  }

  static List<String> columnNames(FileSample sample) throws IOException, SQLException {
    if (sample.isDirectory()) {
      FocusFiles files = FocusFiles.resolve(sample.path());
      return columnNames(FileSample.read(files.files().get(0)));
    }
    if (sample.isParquet() || sample.lowerName().endsWith(".parquet")) {
      return parquetColumns(sample.path());
    }
    if (sample.isGzip()) {
      return headerOf(gunzipHead(sample.head()));
    }
    return sample.csvHeader().map(CsvHeader::names).orElse(List.of());
  }

  private static List<String> parquetColumns(Path file) throws SQLException {
    List<String> names = new ArrayList<>();
    try (Connection connection = ScratchDatabase.open();
        PreparedStatement describe =
            connection.prepareStatement("DESCRIBE SELECT * FROM read_parquet(?)")) {
      describe.setString(1, file.toString());
      try (ResultSet rs = describe.executeQuery()) {
        while (rs.next()) {
          names.add(rs.getString(1));
        }
      }
    }
    return names;
  }

  /** The column names of a CSV or CSV.gz file's header line. */
  static List<String> csvHeader(Path file) throws IOException {
    FileSample sample = FileSample.read(file);
    return sample.isGzip() ? headerOf(gunzipHead(sample.head())) : headerOf(sample.text());
  }

  /** As much of a gzip stream's text as the sample's bytes hold. */
  private static String gunzipHead(byte[] head) throws IOException {
    byte[] buffer = new byte[FileSample.SAMPLE_BYTES];
    int total = 0;
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(head))) {
      int read;
      while (total < buffer.length && (read = in.read(buffer, total, buffer.length - total)) > 0) {
        total += read;
      }
    } catch (EOFException cut) {
      // the sample ends inside the stream: what was read is enough for a header
    }
    return new String(buffer, 0, total, StandardCharsets.UTF_8);
  }

  private static List<String> headerOf(String text) {
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    int end = body.indexOf('\n');
    String line = end < 0 ? body : body.substring(0, end);
    if (line.endsWith("\r")) {
      line = line.substring(0, line.length() - 1);
    }
    return line.isBlank() ? List.of() : CsvHeader.parse(line).names();
  }
}
