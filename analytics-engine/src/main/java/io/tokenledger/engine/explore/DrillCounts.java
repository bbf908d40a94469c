package io.tokenledger.engine.explore;

import io.tokenledger.engine.sql.SqlFile;
import io.tokenledger.engine.workspace.Workspace;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * The number of allocated rows behind each drill path, counted once per allocation run: paging
 * through a cell (or coming back to it) then costs one page query, not a count over every matching
 * row each time. The allocation only changes when a run replaces it, so the latest run id is the
 * whole cache key besides the path.
 */
final class DrillCounts {

  private static final int PATHS_KEPT = 64;

  private final Map<Workspace, Map<Path, Long>> counts = new WeakHashMap<>();

  /** The drill path without its page; filters and period are what the count depends on. */
  private record Path(int runId, PivotRequest narrowed) {}

  long count(Workspace workspace, Connection connection, DrillRequest drill) throws SQLException {
    Path path = new Path(latestRun(connection), drill.narrowed());
    synchronized (counts) {
      Long known = counts.getOrDefault(workspace, Map.of()).get(path);
      if (known != null) {
        return known;
      }
    }
    PivotSql sql = new PivotSql(path.narrowed());
    long total;
    try (PreparedStatement statement = connection.prepareStatement(sql.countAllocations())) {
      sql.bind(statement);
      try (ResultSet rows = statement.executeQuery()) {
        rows.next();
        total = rows.getLong(1);
      }
    }
    synchronized (counts) {
      counts.computeIfAbsent(workspace, w -> lru()).put(path, total);
    }
    return total;
  }

  private static int latestRun(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(SqlFile.load(DrillCounts.class, "run"))) {
      rows.next();
      return rows.getInt(1);
    }
  }

  private static Map<Path, Long> lru() {
    return new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<Path, Long> eldest) {
        return size() > PATHS_KEPT;
      }
    };
  }
}
