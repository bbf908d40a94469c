package io.tokenledger.engine.focus;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The catalog of FOCUS columns per version and dataset, read from the bundled {@code
 * columns_by_version.csv} (a compilation of the specification's column definitions, CC BY 4.0; see
 * the NOTICE beside it). Importer, exporter and validator all take column names, types and levels
 * from here, so they agree on what each version holds.
 */
public final class FocusColumns {

  private static final String RESOURCE = "/io/tokenledger/engine/focus/columns_by_version.csv";

  private static final FocusColumns BUNDLED = load();

  private final List<FocusColumn> columns;
  private final Map<String, FocusVersion> introducedIn = new HashMap<>();

  FocusColumns(List<FocusColumn> columns) {
    this.columns = List.copyOf(columns);
    for (FocusColumn column : columns) {
      introducedIn.merge(
          key(column.dataset(), column.id()),
          column.version(),
          (a, b) -> a.compareTo(b) <= 0 ? a : b);
    }
  }

  /** The catalog that ships with TokenLedger. */
  public static FocusColumns bundled() {
    return BUNDLED;
  }

  /** The columns of a dataset in a version, in the catalog's order. */
  public List<FocusColumn> of(FocusVersion version, FocusDataset dataset) {
    return columns.stream().filter(c -> c.version() == version && c.dataset() == dataset).toList();
  }

  /** A column of a dataset in a version, found by its id without regard to case. */
  public Optional<FocusColumn> find(FocusVersion version, FocusDataset dataset, String name) {
    String wanted = name.strip().toLowerCase(Locale.ROOT);
    return columns.stream()
        .filter(
            c ->
                c.version() == version
                    && c.dataset() == dataset
                    && c.id().toLowerCase(Locale.ROOT).equals(wanted))
        .findFirst();
  }

  /** A column of a dataset in any version, the latest definition first; matched without case. */
  public Optional<FocusColumn> findAnyVersion(FocusDataset dataset, String name) {
    for (int i = FocusVersion.values().length - 1; i >= 0; i--) {
      Optional<FocusColumn> column = find(FocusVersion.values()[i], dataset, name);
      if (column.isPresent()) {
        return column;
      }
    }
    return Optional.empty();
  }

  /** The first version whose dataset has the column (exact id), if any. */
  public Optional<FocusVersion> introducedIn(FocusDataset dataset, String columnId) {
    return Optional.ofNullable(introducedIn.get(key(dataset, columnId)));
  }

  /**
   * The version a file is written in, judged from the columns it has (DOMAIN.md 3.1): the latest
   * version that introduced one of them. A 1.0 file has only 1.0 columns; one 1.3 column such as
   * {@code ServiceProviderName} makes it 1.3.
   */
  public FocusVersion detectVersion(FocusDataset dataset, Collection<String> columnIds) {
    if (dataset == FocusDataset.CONTRACT_COMMITMENT) {
      return FocusVersion.V1_3;
    }
    FocusVersion version = FocusVersion.V1_0;
    for (String id : columnIds) {
      Optional<FocusVersion> introduced = introducedIn(dataset, id);
      if (introduced.isPresent() && introduced.get().compareTo(version) > 0) {
        version = introduced.get();
      }
    }
    return version;
  }

  /** The dataset a file holds: Contract Commitment when it has that dataset's own key columns. */
  public static FocusDataset detectDataset(Collection<String> columnIds) {
    boolean commitmentId = false;
    boolean commitmentCategory = false;
    for (String id : columnIds) {
      commitmentId |= id.equalsIgnoreCase("ContractCommitmentId");
      commitmentCategory |= id.equalsIgnoreCase("ContractCommitmentCategory");
    }
    return commitmentId && commitmentCategory
        ? FocusDataset.CONTRACT_COMMITMENT
        : FocusDataset.COST_AND_USAGE;
  }

  private static String key(FocusDataset dataset, String id) {
    return dataset.name() + "/" + id;
  }

  private static FocusColumns load() {
    try (InputStream in = FocusColumns.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("FOCUS column catalog not found: " + RESOURCE);
      }
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the FOCUS column catalog", e);
    }
  }

  static FocusColumns parse(BufferedReader reader) throws IOException {
    List<String> header = splitCsvLine(reader.readLine());
    int version = header.indexOf("focus_version");
    int dataset = header.indexOf("dataset");
    int id = header.indexOf("column_id");
    int level = header.indexOf("feature_level");
    int nulls = header.indexOf("allows_nulls");
    int type = header.indexOf("data_type");
    int status = header.indexOf("status");
    List<FocusColumn> columns = new ArrayList<>();
    String text;
    while ((text = reader.readLine()) != null) {
      if (text.isBlank()) {
        continue;
      }
      String line = text;
      List<String> values = splitCsvLine(line);
      columns.add(
          new FocusColumn(
              FocusVersion.parse(values.get(version))
                  .orElseThrow(() -> new IllegalStateException("Bad catalog line: " + line)),
              datasetOf(values.get(dataset)),
              values.get(id),
              FocusDataType.fromCatalog(values.get(type)),
              FocusFeatureLevel.fromCatalog(values.get(level)),
              Boolean.parseBoolean(values.get(nulls).strip()),
              values.get(status).startsWith("Deprecated")));
    }
    return new FocusColumns(columns);
  }

  private static FocusDataset datasetOf(String text) {
    for (FocusDataset dataset : FocusDataset.values()) {
      if (dataset.id().equals(text)) {
        return dataset;
      }
    }
    throw new IllegalStateException("Unknown FOCUS dataset in catalog: " + text);
  }

  /** Splits one CSV line: commas outside double quotes, doubled quotes inside. */
  static List<String> splitCsvLine(String line) {
    List<String> values = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"' && quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
        current.append('"');
        i++;
      } else if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        values.add(current.toString());
        current.setLength(0);
      } else {
        current.append(c);
      }
    }
    values.add(current.toString());
    return values;
  }
}
