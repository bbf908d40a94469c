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
        MonthRanges reach;
        if (scope.isAll()) {
          // Month by month: each month's statements touch a month of rows, so memory stays
          // bounded by the largest month however many months the workspace holds.
          steps.script("clear", "Clearing the previous allocation");
          List<YearMonth> months = RunScope.dataMonths(connection);
          steps.expectMonths(months.size());
          // The basis first, for every month: a pool of one month may reach the next one's usage.
          RunScope.define(connection, "in_scope", null);
          steps.update("usage_basis", "Choosing the usage to count");
          for (YearMonth month : months) {
            spread(connection, steps, MonthRanges.of(List.of(month)), Set.of(), month + ": ");
          }
          RunScope.define(connection, "in_scope", null);
          RunScope.define(connection, "in_reach", null);
          reach = null;
        } else {
          scope = RunScope.withSpanningPools(connection, scope);
          MonthRanges months = scope.months().orElseThrow();
          RunScope.define(connection, "in_scope", months);
          // The days the pools about to be replaced reached need their summary rebuilt too.
          Set<YearMonth> reachedBefore = RunScope.reach(connection);
          reachedBefore.addAll(months.months());
          RunScope.define(connection, "in_reach", MonthRanges.of(reachedBefore));
          steps.script("clear_scope", "Clearing the allocation of " + scope);
          steps.expectMonths(1);
          steps.update("usage_basis", "Choosing the usage to count");
          reach = spread(connection, steps, months, reachedBefore, "");
        }
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

  /**
   * Pools, weighs and spreads the cost lines of {@code months} (their pools and shared costs; the
   * usage basis is chosen before); returns the months the pools' periods reach, with {@code
   * reachedBefore}.
   */
  private static MonthRanges spread(
      Connection connection,
      Steps steps,
      MonthRanges months,
      Set<YearMonth> reachedBefore,
      String label)
      throws SQLException {
    RunScope.define(connection, "in_scope", months);
    steps.update("line_pools", label + "Forming cost pools");
    steps.update("insert_pools", label + "Forming cost pools");
    Set<YearMonth> reached = RunScope.reach(connection);
    reached.addAll(reachedBefore);
    reached.addAll(months.months());
    MonthRanges reach = MonthRanges.of(reached);
    RunScope.define(connection, "in_reach", reach);
    steps.update("insert_pool_lines", label + "Recording pool lineage");
    steps.update("usage_weights", label + "Weighing usage events");
    steps.distribute("usage", label + "Spreading invoiced cost over usage");
    steps.script("drop_weights", null);
    steps.update("shared_weights", label + "Splitting shared costs");
    steps.distribute("shared", label + "Splitting shared costs");
    steps.script("drop_weights", null);
    return reach;
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
    /** Clearing, the usage basis, the conservation check, the summary and saving. */
    private static final int FIXED_STEPS = 5;

    private static final int STEPS_PER_MONTH = 9;
    private final Connection connection;
    private final ProgressListener progress;
    private final Cancellation cancellation;
    private int done;
    private int total = FIXED_STEPS + STEPS_PER_MONTH;
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

    void expectMonths(int months) {
      total = FIXED_STEPS + STEPS_PER_MONTH * Math.max(1, months);
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
        progress.progress(done, total, message);
      }
      done++;
    }
  }
}
