package io.tokenledger.engine.allocation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tokenledger.engine.explore.PivotSummary;
import io.tokenledger.engine.sql.MonthRanges;
import io.tokenledger.engine.sql.SqlFile;
import io.tokenledger.engine.task.Cancellation;
import io.tokenledger.engine.task.CancelledException;
import io.tokenledger.engine.task.ProgressListener;
import io.tokenledger.engine.workspace.Workspace;
import io.tokenledger.engine.workspace.WorkspaceException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Allocation as a handful of set-based DuckDB statements (AllocationQueries/*.sql) in one
 * transaction: pools from cost lines, weights from usage events, an exact largest-remainder
 * distribution, then the same for shared pools, then a conservation check that rolls everything
 * back if the parts do not add up. A run rebuilds only the months that changed when it can (see
 * {@link RunScope}): the statements read the run's months through the macros it defines.
 */
public final class DuckDbAllocationService implements AllocationService {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public AllocationRun run(
      Workspace workspace, ProgressListener progress, Cancellation cancellation) {
    return run(workspace, null, progress, cancellation);
  }

  @Override
  public AllocationRun run(
      Workspace workspace,
      AllocationScope requested,
      ProgressListener progress,
      Cancellation cancellation) {
    Instant started = Instant.now();
    try (Connection connection = workspace.newConnection()) {
      connection.setAutoCommit(false);
      Steps steps = new Steps(connection, progress, cancellation);
      try (Cancellation.Registration ignored = cancellation.onCancel(steps::cancelCurrent)) {
        execute(connection, "SET TimeZone = 'UTC'");
        AllocationScope scope = requested == null ? RunScope.changedSince(connection) : requested;
        if (!scope.isAll()) {
          scope = RunScope.withSpanningPools(connection, scope);
        }
        MonthRanges reach = null;
        if (scope.isAll()) {
          RunScope.define(connection, "in_scope", null);
          RunScope.define(connection, "in_reach", null);
          steps.script("clear", "Clearing the previous allocation");
        } else {
          RunScope.define(connection, "in_scope", scope.months().orElseThrow());
          Set<YearMonth> reached = RunScope.reach(connection);
          steps.script("clear_scope", "Clearing the allocation of " + scope);
          reached.addAll(scope.months().orElseThrow().months());
          reach = MonthRanges.of(reached);
        }
        steps.update("usage_basis", "Choosing the usage to count");
        steps.update("line_pools", "Forming cost pools");
        steps.update("insert_pools", "Forming cost pools");
        if (reach != null) {
          Set<YearMonth> reached = RunScope.reach(connection);
          reached.addAll(reach.months());
          reach = MonthRanges.of(reached);
          RunScope.define(connection, "in_reach", reach);
        }
        steps.update("insert_pool_lines", "Recording pool lineage");
        steps.update("usage_weights", "Weighing usage events");
        steps.distribute("usage", "Spreading invoiced cost over usage");
        steps.script("drop_weights", null);
        steps.update("shared_weights", "Splitting shared costs");
        steps.distribute("shared", "Splitting shared costs");
        steps.announce("Checking that every amount adds up");
        checkConservation(connection);
        steps.summarise("Summarising for the pivot", reach);
        AllocationRun run = record(connection, scope, Duration.between(started, Instant.now()));
        steps.announce("Saving the allocation");
        connection.commit();
        progress.progress(1, 1, "Allocation done");
        return run;
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        if (cancellation.isCancelled()) {
          throw new CancelledException();
        }
        throw e;
      }
    } catch (SQLException e) {
      throw new WorkspaceException("Allocation failed: " + e.getMessage(), e);
    }
  }

  @Override
  public boolean isStale(Workspace workspace) {
    try (Connection connection = workspace.newConnection();
        Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(SqlFile.load(AllocationQueries.class, "staleness"))) {
      rows.next();
      return rows.getBoolean(1);
    } catch (SQLException e) {
      throw new WorkspaceException("Cannot read the allocation state: " + e.getMessage(), e);
    }
  }

  @Override
  public List<SharedPool> sharedPools(Workspace workspace) {
    try (Connection connection = workspace.newConnection();
        Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(SqlFile.load(AllocationQueries.class, "shared_pools"))) {
      List<SharedPool> pools = new ArrayList<>();
      while (rows.next()) {
        pools.add(
            new SharedPool(
                rows.getString(1),
                rows.getString(2),
                rows.getLong(3),
                rows.getBigDecimal(4),
                rows.getString(5)));
      }
      return pools;
    } catch (SQLException e) {
      throw new WorkspaceException("Cannot list shared cost pools: " + e.getMessage(), e);
    }
  }

  @Override
  public void setSplit(Workspace workspace, SharedCostSplit split) {
    try (Connection connection = workspace.newConnection();
        PreparedStatement statement =
            connection.prepareStatement(SqlFile.load(AllocationQueries.class, "set_split"))) {
      statement.setString(1, split.poolKey());
      statement.setString(2, split.method().sqlName());
      statement.setString(3, split.basis() == null ? null : split.basis().sqlName());
      statement.setString(4, split.fixedShares().isEmpty() ? null : toJson(split.fixedShares()));
      statement.executeUpdate();
      // Every month's shared pools may split differently now: the next run rebuilds them all.
      PivotSummary.invalidate(connection);
    } catch (SQLException e) {
      throw new WorkspaceException(
          "Cannot save the split of " + split.poolKey() + ": " + e.getMessage(), e);
    }
  }

  private static void checkConservation(Connection connection) throws SQLException {
    List<String> broken = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(SqlFile.load(AllocationQueries.class, "conservation"))) {
      while (rows.next()) {
        broken.add(
            rows.getString(1)
                + " "
                + rows.getString(2)
                + " "
                + rows.getString(3)
                + ": billed "
                + rows.getString(4)
                + " but allocated + unallocated "
                + rows.getString(5));
      }
    }
    if (!broken.isEmpty()) {
      throw new ConservationException("Allocation does not add up: " + String.join("; ", broken));
    }
  }

  private static AllocationRun record(
      Connection connection, AllocationScope scope, Duration duration) throws SQLException {
    long pools;
    BigDecimal billed;
    BigDecimal allocated;
    BigDecimal unallocated;
    Integer lastImport;
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(SqlFile.load(AllocationQueries.class, "totals"))) {
      rows.next();
      pools = rows.getLong(1);
      billed = rows.getBigDecimal(2);
      allocated = rows.getBigDecimal(3);
      unallocated = rows.getBigDecimal(4);
      lastImport = (Integer) rows.getObject(5);
    }
    try (PreparedStatement insert =
        connection.prepareStatement(SqlFile.load(AllocationQueries.class, "record_run"))) {
      insert.setObject(1, OffsetDateTime.now());
      insert.setObject(2, lastImport);
      insert.setLong(3, pools);
      insert.setBigDecimal(4, billed);
      insert.setBigDecimal(5, allocated);
      insert.setBigDecimal(6, unallocated);
      insert.setLong(7, duration.toMillis());
      insert.setString(8, scope.toString());
      insert.executeUpdate();
    }
    return new AllocationRun(pools, billed, allocated, unallocated, duration, scope);
  }

  private static void execute(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  private static int lastRunId(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(SqlFile.load(AllocationQueries.class, "last_run"))) {
      rows.next();
      return rows.getInt(1);
    }
  }

  private static String toJson(Map<String, BigDecimal> shares) {
    try {
      return JSON.writeValueAsString(shares);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }

  /** Runs the numbered steps of a run, reporting progress and honouring cancel between them. */
  private static final class Steps {
    private static final int STEP_COUNT = 13;
    private final Connection connection;
    private final ProgressListener progress;
    private final Cancellation cancellation;
    private int done;
    private volatile Statement current;

    Steps(Connection connection, ProgressListener progress, Cancellation cancellation) {
      this.connection = connection;
      this.progress = progress;
      this.cancellation = cancellation;
    }

    void update(String file, String message) throws SQLException {
      begin(message);
      execute(SqlFile.load(AllocationQueries.class, file));
    }

    void script(String file, String message) throws SQLException {
      begin(message);
      for (String sql : SqlFile.load(AllocationQueries.class, file).split(";")) {
        if (!sql.isBlank()) {
          execute(sql);
        }
      }
    }

    void distribute(String kind, String message) throws SQLException {
      begin(message);
      execute(SqlFile.load(AllocationQueries.class, "distribute"));
      try (PreparedStatement unallocated =
          connection.prepareStatement(SqlFile.load(AllocationQueries.class, "unallocated"))) {
        current = unallocated;
        unallocated.setString(1, kind);
        unallocated.executeUpdate();
      } finally {
        current = null;
      }
    }

    /** Starts a step the run performs itself. */
    void announce(String message) {
      begin(message);
    }

    void summarise(String message, MonthRanges reach) throws SQLException {
      begin(message);
      // The summary names the run recorded right after it, in the same transaction.
      PivotSummary.rebuild(connection, lastRunId(connection) + 1, reach);
    }

    /** Cancels the statement running now, if any; the cancel flag stops the steps after it. */
    void cancelCurrent() {
      Statement running = current;
      if (running != null) {
        try {
          running.cancel();
        } catch (SQLException e) {
          // it finished before the cancel reached it
        }
      }
    }

    private void execute(String sql) throws SQLException {
      try (Statement statement = connection.createStatement()) {
        current = statement;
        statement.execute(sql);
      } finally {
        current = null;
      }
    }

    private void begin(String message) {
      cancellation.throwIfCancelled();
      if (message != null) {
        progress.progress(done, STEP_COUNT, message);
      }
      done++;
    }
  }
}
