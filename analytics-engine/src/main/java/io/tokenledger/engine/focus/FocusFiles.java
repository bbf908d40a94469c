package io.tokenledger.engine.focus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The files behind one FOCUS source: a single CSV, CSV.gz or Parquet file, or a folder of
 * partitioned files of one kind (a FOCUS export is often written as many parts). Importer and
 * validator read them the same way through DuckDB's {@code read_csv} or {@code read_parquet}.
 *
 * @param source the file or folder the user gave
 * @param kind how the files are read
 * @param files the data files, in name order; one for a single file
 */
public record FocusFiles(Path source, Kind kind, List<Path> files) {

  /** How the data files are read. CSV covers compressed CSV too: DuckDB decompresses by name. */
  public enum Kind {
    CSV,
    PARQUET
  }

  public FocusFiles {
    files = List.copyOf(files);
  }

  /**
   * Resolves a file or a folder. A folder is read as its Parquet files when it has any, else as its
   * CSV files ({@code .csv}, {@code .csv.gz}), searched in subfolders too.
   *
   * @throws IllegalArgumentException when a folder holds no data file of a known kind
   */
  public static FocusFiles resolve(Path path) {
    if (!Files.isDirectory(path)) {
      return new FocusFiles(path, kindOf(path), List.of(path));
    }
    List<Path> all;
    try (Stream<Path> walk = Files.walk(path)) {
      all = walk.filter(Files::isRegularFile).filter(p -> !isHidden(p)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list " + path, e);
    }
    List<Path> parquet = all.stream().filter(FocusFiles::isParquetName).toList();
    if (!parquet.isEmpty()) {
      return new FocusFiles(path, Kind.PARQUET, parquet);
    }
    List<Path> csv = all.stream().filter(FocusFiles::isCsvName).toList();
    if (csv.isEmpty()) {
      throw new IllegalArgumentException(
          path.getFileName() + ": the folder holds no .csv, .csv.gz or .parquet file");
    }
    return new FocusFiles(path, Kind.CSV, csv);
  }

  public boolean isFolder() {
    return Files.isDirectory(source);
  }

  /** The DuckDB table function that reads this kind of file. */
  public String readerFunction() {
    return kind == Kind.PARQUET ? "read_parquet" : "read_csv";
  }

  /** The kind of a single file: Parquet by name or magic bytes, else CSV. */
  public static Kind kindOf(Path file) {
    if (isParquetName(file)) {
      return Kind.PARQUET;
    }
    if (isCsvName(file)) {
      return Kind.CSV;
    }
    try (var in = Files.newInputStream(file)) {
      byte[] magic = in.readNBytes(4);
      return magic.length == 4
              && magic[0] == 'P'
              && magic[1] == 'A'
              && magic[2] == 'R'
              && magic[3] == '1'
          ? Kind.PARQUET
          : Kind.CSV;
    } catch (IOException e) {
      return Kind.CSV;
    }
  }

  private static boolean isParquetName(Path file) {
    return lowerName(file).endsWith(".parquet");
  }

  private static boolean isCsvName(Path file) {
    String name = lowerName(file);
    return name.endsWith(".csv") || name.endsWith(".csv.gz") || name.endsWith(".csv.zst");
  }

  private static boolean isHidden(Path file) {
    return file.getFileName().toString().startsWith(".");
  }

  private static String lowerName(Path file) {
    return file.getFileName().toString().toLowerCase(Locale.ROOT);
  }
}
