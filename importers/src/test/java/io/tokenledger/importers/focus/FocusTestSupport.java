package io.tokenledger.importers.focus;

import io.tokenledger.engine.task.Cancellation;
import io.tokenledger.engine.task.ProgressListener;
import io.tokenledger.engine.workspace.Workspace;
import io.tokenledger.importers.DefaultImportService;
import io.tokenledger.importers.ImportOptions;
import io.tokenledger.importers.ImportReport;
import io.tokenledger.importers.ImporterRegistry;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Imports and queries shared by the FOCUS import tests. */
final class FocusTestSupport {

  private FocusTestSupport() {}

  static ImportReport importFile(Workspace workspace, Path file) {
    return importFile(workspace, file, ImportOptions.defaults());
  }

  static ImportReport importFile(Workspace workspace, Path file, ImportOptions options) {
    return new DefaultImportService(ImporterRegistry.builtIn())
        .importFile(workspace, file, options, ProgressListener.NONE, Cancellation.none());
  }

  /** Rows of a query with parameters, each a column name to value map. */
  static List<Map<String, Object>> query(Workspace workspace, String sql, Object... parameters)
      throws SQLException {
    try (Connection connection = workspace.newConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      try (ResultSet rs = statement.executeQuery()) {
        List<Map<String, Object>> rows = new ArrayList<>();
        while (rs.next()) {
          Map<String, Object> row = new HashMap<>();
          for (int c = 1; c <= rs.getMetaData().getColumnCount(); c++) {
            row.put(rs.getMetaData().getColumnLabel(c), rs.getObject(c));
          }
          rows.add(row);
        }
        return rows;
      }
    }
  }

  static Object single(Workspace workspace, String sql, Object... parameters) throws SQLException {
    List<Map<String, Object>> rows = query(workspace, sql, parameters);
    return rows.get(0).values().iterator().next();
  }

  /** BilledCost and EffectiveCost summed per "provider/currency" in the workspace. */
  static Map<String, BigDecimal[]> totals(Workspace workspace) throws SQLException {
    Map<String, BigDecimal[]> totals = new HashMap<>();
    for (Map<String, Object> row :
        query(
            workspace,
            "SELECT provider, BillingCurrency AS currency, sum(BilledCost) AS billed,"
                + " sum(EffectiveCost) AS effective FROM cost_lines GROUP BY ALL")) {
      totals.put(
          row.get("provider") + "/" + row.get("currency"),
          new BigDecimal[] {(BigDecimal) row.get("billed"), (BigDecimal) row.get("effective")});
    }
    return totals;
  }
}
