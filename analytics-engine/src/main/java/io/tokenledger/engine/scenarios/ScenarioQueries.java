package io.tokenledger.engine.scenarios;

import io.tokenledger.engine.costmodel.CostModelException;
import io.tokenledger.engine.sql.SqlFile;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The SQL of saved scenarios, the price book they price with, and the revenue margins use. */
final class ScenarioQueries {

  private final Connection connection;

  ScenarioQueries(Connection connection) {
    this.connection = connection;
  }

  List<SavedScenario> scenarios() throws SQLException {
    Map<String, SavedScenario> scenarios = new LinkedHashMap<>();
    try (PreparedStatement statement = prepare("scenarios");
        ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        String name = rows.getString(1);
        SavedScenario scenario = scenarios.get(name);
        if (scenario == null) {
          scenario =
              new SavedScenario(
                  name,
                  YearMonth.from(rows.getObject(2, LocalDate.class)),
                  rows.getString(3),
                  List.of());
        }
        String spec = rows.getString(5);
        if (spec != null) {
          List<Lever> levers = new ArrayList<>(scenario.levers());
          levers.add(LeverSpec.parse(spec));
          scenario = scenario.withLevers(levers);
        }
        scenarios.put(name, scenario);
      }
    }
    return List.copyOf(scenarios.values());
  }

  int delete(String name) throws SQLException {
    try (PreparedStatement levers = prepare("delete_levers");
        PreparedStatement scenario = prepare("delete_scenario")) {
      levers.setString(1, name);
      levers.executeUpdate();
      scenario.setString(1, name);
      return scenario.executeUpdate();
    }
  }

  void insert(SavedScenario scenario) throws SQLException {
    try (PreparedStatement insert = prepare("insert_scenario")) {
      insert.setString(1, scenario.name());
      insert.setObject(2, scenario.baseline().atDay(1));
      insert.setString(3, scenario.description());
      insert.executeUpdate();
    }
    try (PreparedStatement insert = prepare("insert_lever")) {
      int position = 0;
      for (Lever lever : scenario.levers()) {
        insert.setString(1, scenario.name());
        insert.setInt(2, ++position);
        insert.setString(3, lever.kind().id());
        insert.setString(4, LeverSpec.format(lever));
        insert.executeUpdate();
      }
    }
  }

  PriceBookLookup prices(YearMonth month, String currency) throws SQLException {
    LocalDate start = month.atDay(1);
    LocalDate stop = month.plusMonths(1).atDay(1);
    List<PriceBookLookup.Entry> entries = new ArrayList<>();
    try (PreparedStatement statement = prepare("prices")) {
      statement.setObject(1, stop);
      statement.setObject(2, start);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          entries.add(
              new PriceBookLookup.Entry(
                  rows.getString(1),
                  rows.getString(2),
                  rows.getString(3),
                  rows.getString(4),
                  rows.getBigDecimal(5),
                  rows.getString(6),
                  rows.getObject(7, LocalDate.class),
                  rows.getObject(8, LocalDate.class),
                  rows.getInt(9)));
        }
      }
    }
    List<PriceBookLookup.DiscountEntry> discounts = new ArrayList<>();
    try (PreparedStatement statement = prepare("discounts")) {
      statement.setObject(1, stop);
      statement.setObject(2, start);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          discounts.add(
              new PriceBookLookup.DiscountEntry(
                  rows.getString(1),
                  rows.getString(2),
                  rows.getBigDecimal(3),
                  rows.getObject(4, LocalDate.class),
                  rows.getObject(5, LocalDate.class)));
        }
      }
    }
    return new PriceBookLookup(entries, discounts, currency);
  }

  /** Revenue per client in {@code month}, in {@code currency}. */
  Map<String, BigDecimal> revenue(YearMonth month, String currency) throws SQLException {
    Map<String, BigDecimal> revenue = new LinkedHashMap<>();
    List<String> missing = new ArrayList<>();
    try (PreparedStatement statement = prepare("revenue")) {
      statement.setString(1, currency);
      statement.setObject(2, month.atDay(1));
      statement.setObject(3, month.plusMonths(1).atDay(1));
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          if (rows.getString(3) != null) {
            missing.add(rows.getString(3));
          } else {
            revenue.put(rows.getString(1), rows.getBigDecimal(2));
          }
        }
      }
    }
    if (!missing.isEmpty()) {
      throw new CostModelException(
          "No FX rate to "
              + currency
              + " for the revenue in "
              + String.join(", ", missing.stream().distinct().sorted().toList())
              + ": add the rate to the FX table");
    }
    return revenue;
  }

  private PreparedStatement prepare(String name) throws SQLException {
    return connection.prepareStatement(SqlFile.load(ScenarioQueries.class, name));
  }
}
