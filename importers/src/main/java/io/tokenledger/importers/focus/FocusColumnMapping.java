package io.tokenledger.importers.focus;

import io.tokenledger.engine.focus.FocusColumn;
import io.tokenledger.engine.focus.FocusColumns;
import io.tokenledger.engine.focus.FocusDataType;
import io.tokenledger.engine.focus.FocusDataset;
import io.tokenledger.engine.focus.FocusFeatureLevel;
import io.tokenledger.engine.focus.FocusVersion;
import io.tokenledger.importers.ImportException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How the columns of one file map onto FOCUS: which FOCUS column each header is (matched without
 * regard to case, so {@code SkuPriceid} is SkuPriceId), the version the columns say the file is,
 * which columns of that version are missing, and the extra columns kept as they are.
 */
final class FocusColumnMapping {

  /** Names written before FOCUS 1.0 (DOMAIN.md 3.1), read as their successors. */
  private static final Map<String, String> LEGACY_NAMES =
      Map.of(
          "usagequantity", "ConsumedQuantity",
          "usageunit", "ConsumedUnit",
          "region", "RegionId");

  private final FocusDataset dataset;
  private final FocusVersion version;
  private final Map<String, SourceColumn> focus;
  private final List<SourceColumn> extras;
  private final List<String> warnings;
  private final List<String> missingMandatory;

  private FocusColumnMapping(
      FocusDataset dataset,
      FocusVersion version,
      Map<String, SourceColumn> focus,
      List<SourceColumn> extras,
      List<String> warnings,
      List<String> missingMandatory) {
    this.dataset = dataset;
    this.version = version;
    this.focus = Collections.unmodifiableMap(focus);
    this.extras = List.copyOf(extras);
    this.warnings = List.copyOf(warnings);
    this.missingMandatory = List.copyOf(missingMandatory);
  }

  /**
   * Maps a file's columns.
   *
   * @param stated the version the user stated, or null to detect it from the columns
   * @param typed whether the file stores types (Parquet); a CSV's columns are all text
   */
  static FocusColumnMapping of(
      List<SourceColumn> columns, FocusVersion stated, FocusColumns catalog, boolean typed) {
    List<String> names = columns.stream().map(SourceColumn::name).toList();
    FocusDataset dataset = FocusColumns.detectDataset(names);
    List<String> warnings = new ArrayList<>();
    Map<String, SourceColumn> focus = new LinkedHashMap<>();
    List<SourceColumn> extras = new ArrayList<>();
    for (SourceColumn column : columns) {
      Optional<String> id = focusId(column.name(), dataset, catalog);
      if (id.isEmpty()) {
        extras.add(column);
        continue;
      }
      if (focus.containsKey(id.get())) {
        warnings.add(
            "column '"
                + column.name()
                + "' repeats "
                + id.get()
                + "; the first one is imported, this one is kept as an extra column");
        extras.add(column);
        continue;
      }
      if (!id.get().equals(column.name())) {
        warnings.add("header '" + column.name() + "' read as " + id.get());
      }
      focus.put(id.get(), column);
    }
    FocusVersion detected = catalog.detectVersion(dataset, focus.keySet());
    FocusVersion version = stated == null ? detected : stated;
    if (stated != null && detected.compareTo(stated) > 0) {
      warnings.add(
          "stated as FOCUS "
              + stated
              + " but has columns of FOCUS "
              + detected
              + " ("
              + String.join(", ", newerColumns(focus.keySet(), dataset, stated, catalog))
              + "); they are imported too");
    }
    List<String> missingMandatory = new ArrayList<>();
    List<String> missingConditional = new ArrayList<>();
    List<String> missingRecommended = new ArrayList<>();
    for (FocusColumn column : catalog.of(version, dataset)) {
      if (focus.containsKey(column.id())) {
        continue;
      }
      if (column.level() == FocusFeatureLevel.MANDATORY) {
        if (column.deprecated() && focus.containsKey("ServiceProviderName")) {
          warnings.add(
              column.id()
                  + " is missing: deprecated in FOCUS "
                  + version
                  + " (ServiceProviderName and HostProviderName replace it), imported as empty");
        } else {
          missingMandatory.add(column.id());
        }
      } else if (column.level() == FocusFeatureLevel.CONDITIONAL) {
        missingConditional.add(column.id());
      } else {
        missingRecommended.add(column.id());
      }
    }
    if (!missingConditional.isEmpty()) {
      warnings.add(
          "conditional columns missing, imported as empty: "
              + String.join(", ", missingConditional));
    }
    if (!missingRecommended.isEmpty()) {
      warnings.add(
          "recommended columns missing, imported as empty: "
              + String.join(", ", missingRecommended));
    }
    if (typed) {
      for (Map.Entry<String, SourceColumn> entry : focus.entrySet()) {
        catalog
            .findAnyVersion(dataset, entry.getKey())
            .filter(column -> !holds(entry.getValue(), column.type()))
            .ifPresent(
                column ->
                    warnings.add(
                        "wrong type: "
                            + column.id()
                            + " is "
                            + entry.getValue().type()
                            + " in the file where FOCUS has "
                            + column
                                .type()
                                .name()
                                .toLowerCase(java.util.Locale.ROOT)
                                .replace('_', ' ')
                            + "; its values are converted"));
      }
    }
    List<String> custom =
        extras.stream().filter(SourceColumn::isCustom).map(SourceColumn::name).toList();
    List<String> nonStandard =
        extras.stream().filter(c -> !c.isCustom()).map(SourceColumn::name).toList();
    if (!custom.isEmpty()) {
      warnings.add("provider columns kept as extra data: " + String.join(", ", custom));
    }
    if (!nonStandard.isEmpty()) {
      warnings.add(
          "columns that are not FOCUS and lack the x_ prefix, kept as extra data: "
              + String.join(", ", nonStandard));
    }
    return new FocusColumnMapping(dataset, version, focus, extras, warnings, missingMandatory);
  }

  /** Whether a stored column has the kind of values FOCUS gives the column. */
  private static boolean holds(SourceColumn source, FocusDataType type) {
    return switch (type) {
      case DECIMAL -> source.isNumeric();
      case DATE_TIME -> source.isTemporal();
      case STRING -> source.isText();
      case JSON -> !source.isNumeric() && !source.isTemporal();
    };
  }

  private static Optional<String> focusId(String name, FocusDataset dataset, FocusColumns catalog) {
    Optional<FocusColumn> column = catalog.findAnyVersion(dataset, name);
    if (column.isPresent()) {
      return Optional.of(column.get().id());
    }
    if (dataset == FocusDataset.COST_AND_USAGE) {
      return Optional.ofNullable(LEGACY_NAMES.get(name.strip().toLowerCase(java.util.Locale.ROOT)));
    }
    return Optional.empty();
  }

  private static List<String> newerColumns(
      java.util.Collection<String> present,
      FocusDataset dataset,
      FocusVersion stated,
      FocusColumns catalog) {
    return present.stream()
        .filter(
            id -> catalog.introducedIn(dataset, id).map(v -> v.compareTo(stated) > 0).orElse(false))
        .toList();
  }

  /** Rejects the file when a mandatory column is missing, naming the file and the columns. */
  void requireMandatory(String fileName) {
    if (!missingMandatory.isEmpty()) {
      throw new ImportException(
          fileName
              + ": not a complete FOCUS "
              + version
              + " "
              + (dataset == FocusDataset.COST_AND_USAGE ? "Cost and Usage" : "Contract Commitment")
              + " file: mandatory column"
              + (missingMandatory.size() == 1 ? " " : "s ")
              + String.join(", ", missingMandatory)
              + (missingMandatory.size() == 1 ? " is" : " are")
              + " missing");
    }
  }

  FocusDataset dataset() {
    return dataset;
  }

  FocusVersion version() {
    return version;
  }

  /** The file's column for a FOCUS column id, if it has one. */
  Optional<SourceColumn> column(String focusId) {
    return Optional.ofNullable(focus.get(focusId));
  }

  Map<String, SourceColumn> focusColumns() {
    return focus;
  }

  List<SourceColumn> extras() {
    return extras;
  }

  List<String> warnings() {
    return warnings;
  }

  List<String> missingMandatory() {
    return missingMandatory;
  }
}
