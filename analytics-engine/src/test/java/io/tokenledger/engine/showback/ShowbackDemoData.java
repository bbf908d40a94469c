package io.tokenledger.engine.showback;

import io.tokenledger.engine.allocation.DuckDbAllocationService;
import io.tokenledger.engine.allocation.SharedCostSplit;
import io.tokenledger.engine.sql.SqlFile;
import io.tokenledger.engine.task.Cancellation;
import io.tokenledger.engine.task.ProgressListener;
import io.tokenledger.engine.workspace.Workspace;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Fills a workspace with a plausible company's September and October 2026 at any scale, straight in
 * SQL (ShowbackDemoData/generate.sql), and allocates it: the data behind the docs screenshot and
 * the million-row benchmark. About 2.7 allocated rows per usage event.
 */
final class ShowbackDemoData {

  private ShowbackDemoData() {}

  static void fill(Workspace workspace, long events) throws SQLException {
    String[] statements = SqlFile.load(ShowbackDemoData.class, "generate").split(";\\s*\n");
    try (Connection connection = workspace.newConnection()) {
      for (String sql : statements) {
        if (sql.isBlank() || sql.strip().lines().allMatch(l -> l.strip().startsWith("--"))) {
          continue;
        }
        if (sql.contains("range(?)")) {
          try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, events);
            statement.execute();
          }
        } else {
          try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
          }
        }
      }
    }
    DuckDbAllocationService allocation = new DuckDbAllocationService();
    allocation.setSplit(
        workspace,
        SharedCostSplit.proportional("aws/Amazon EC2", SharedCostSplit.Basis.ALLOCATED_COST));
    allocation.run(workspace, ProgressListener.NONE, Cancellation.none());
  }
}
