package io.tokenledger.app.cli;

import io.tokenledger.engine.explore.Dimension;
import io.tokenledger.engine.explore.Measure;
import io.tokenledger.engine.explore.PivotRequest;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * The options that say which pivot to compute, shared by {@code query} and {@code export view} so
 * that both read them the same way: dimensions and measures from the engine's catalog, filter
 * values as data.
 */
final class PivotOptions {

  // Not required at parse time: 'query' also has subcommands that take no pivot.
  @Option(
      names = "--rows",
      split = ",",
      paramLabel = "DIM",
      description = "Row dimensions, in order.")
  List<String> rows;

  @Option(names = "--columns", paramLabel = "DIM", description = "One column dimension.")
  String column;

  @Option(
      names = "--measures",
      split = ",",
      paramLabel = "MEASURE",
      description = "Measures to show.")
  List<String> measures;

  @Option(
      names = "--filter",
      paramLabel = "DIM=VALUE",
      description = "Keep only rows where DIM is VALUE (repeat to allow several values).")
  List<String> filters = new ArrayList<>();

  @Option(names = "--period", paramLabel = "YYYY-MM", description = "Only this month.")
  YearMonth period;

  @Option(names = "--from", paramLabel = "DATE", description = "First day included (YYYY-MM-DD).")
  LocalDate from;

  @Option(names = "--until", paramLabel = "DATE", description = "First day excluded (YYYY-MM-DD).")
  LocalDate until;

  @Option(
      names = "--top",
      paramLabel = "N",
      defaultValue = "0",
      description = "Keep the N largest values of the first row dimension; the rest become Other.")
  int top;

  @Option(
      names = "--currency",
      defaultValue = "USD",
      description = "Reporting currency (default: ${DEFAULT-VALUE}).")
  String currency;

  /** The request these options describe; a wrong value is a usage error of {@code command}. */
  PivotRequest request(CommandSpec command) {
    if (rows == null || measures == null) {
      throw new CommandLine.ParameterException(command.commandLine(), "Give --rows and --measures");
    }
    List<Dimension> rowDimensions = rows.stream().map(PivotOptions::dimension).toList();
    Dimension columnDimension = column == null ? null : dimension(column);
    List<Measure> chosen = measures.stream().map(PivotOptions::measure).toList();
    Map<Dimension, Set<String>> filterValues = new LinkedHashMap<>();
    for (String filter : filters) {
      int equals = filter.indexOf('=');
      if (equals <= 0) {
        throw new CommandLine.ParameterException(
            command.commandLine(), "--filter takes DIM=VALUE, not '" + filter + "'");
      }
      filterValues
          .computeIfAbsent(dimension(filter.substring(0, equals)), d -> new LinkedHashSet<>())
          .add(filter.substring(equals + 1));
    }
    LocalDate first = from;
    LocalDate firstExcluded = until;
    if (period != null) {
      first = period.atDay(1);
      firstExcluded = period.plusMonths(1).atDay(1);
    }
    try {
      return new PivotRequest(
          rowDimensions,
          columnDimension,
          chosen,
          filterValues,
          first,
          firstExcluded,
          top,
          currency);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(command.commandLine(), e.getMessage());
    }
  }

  private static Dimension dimension(String id) {
    return fromCatalog("dimension", id, Dimension::byId, Dimension.values(), Dimension::id);
  }

  private static Measure measure(String id) {
    return fromCatalog("measure", id, Measure::byId, Measure.values(), Measure::id);
  }

  /** The catalog entry named {@code id}, or an error that lists the known names. */
  private static <T> T fromCatalog(
      String what,
      String id,
      Function<String, Optional<T>> lookup,
      T[] known,
      Function<T, String> name) {
    return lookup
        .apply(id)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "Unknown "
                        + what
                        + " '"
                        + id
                        + "'; known: "
                        + Arrays.stream(known).map(name).collect(Collectors.joining(", "))));
  }
}
