package io.tokenledger.importers;

import io.tokenledger.engine.task.Cancellation;
import io.tokenledger.engine.task.CancelledException;
import io.tokenledger.engine.task.ProgressListener;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.duckdb.DuckDBPreparedStatement;
import org.duckdb.QueryProgress;

/**
 * Everything an importer needs while it imports one file: the connection whose transaction the
 * framework commits or rolls back, the import id every row carries as lineage, and the places to
 * report rejects, warnings and progress.
 */
public final class ImportContext {

  /** Reports keep the first rejects only: a file with a million bad rows needs the pattern. */
  public static final int MAX_REPORTED_REJECTS = 1000;

  private static final long PROGRESS_INTERVAL_MS = 100;

  private final Connection connection;
  private final int importId;
  private final FileSample sample;
  private final ImportOptions options;
  private final ProgressListener progress;
  private final Cancellation cancellation;
  private final List<RejectedRow> rejects = new ArrayList<>();
  private final List<String> warnings = new ArrayList<>();
  private long rejectCount;

  ImportContext(
      Connection connection,
      int importId,
      FileSample sample,
      ImportOptions options,
      ProgressListener progress,
      Cancellation cancellation) {
    this.connection = connection;
    this.importId = importId;
    this.sample = sample;
    this.options = options;
    this.progress = progress;
    this.cancellation = cancellation;
  }

  /** The connection to write through; the framework owns its transaction. */
  public Connection connection() {
    return connection;
  }

  public int importId() {
    return importId;
  }

  public FileSample sample() {
    return sample;
  }

  public ImportOptions options() {
    return options;
  }

  public ProgressListener progress() {
    return progress;
  }

  public Cancellation cancellation() {
    return cancellation;
  }

  /** Records a rejected row. {@code line} is 1-based with the header as line 1. */
  public void reject(long line, String column, String reason) {
    rejectCount++;
    if (rejects.size() < MAX_REPORTED_REJECTS) {
      rejects.add(new RejectedRow(sample.fileName(), line, column, reason));
    }
  }

  /** Records something the user should know that does not stop the import. */
  public void warn(String warning) {
    warnings.add(warning);
  }

  public List<RejectedRow> rejects() {
    return List.copyOf(rejects);
  }

  public long rejectCount() {
    return rejectCount;
  }

  public List<String> warnings() {
    return List.copyOf(warnings);
  }

  /**
   * Runs one long DuckDB statement (a {@code read_csv} into a table, say), reporting DuckDB's own
   * progress about every 100 ms and cancelling the statement when the user cancels.
   *
   * @return the update count
   */
  public long executeWithProgress(DuckDBPreparedStatement statement, String message)
      throws SQLException {
    cancellation.throwIfCancelled();
    ScheduledExecutorService poller =
        Executors.newSingleThreadScheduledExecutor(
            runnable -> {
              Thread thread = new Thread(runnable, "import-progress");
              thread.setDaemon(true);
              return thread;
            });
    try (Cancellation.Registration ignored = cancellation.onCancel(() -> cancel(statement))) {
      poller.scheduleAtFixedRate(
          () -> report(statement, message),
          PROGRESS_INTERVAL_MS,
          PROGRESS_INTERVAL_MS,
          TimeUnit.MILLISECONDS);
      statement.execute();
      return Math.max(0, statement.getUpdateCount());
    } catch (SQLException e) {
      if (cancellation.isCancelled()) {
        throw new CancelledException();
      }
      throw e;
    } finally {
      poller.shutdownNow();
    }
  }

  private void report(DuckDBPreparedStatement statement, String message) {
    try {
      QueryProgress queryProgress = statement.getQueryProgress();
      double percentage = queryProgress.getPercentage();
      if (percentage >= 0) {
        progress.fraction(percentage / 100.0, message);
      }
    } catch (SQLException | RuntimeException e) {
      // progress is a courtesy: the statement may just have finished
    }
  }

  private static void cancel(DuckDBPreparedStatement statement) {
    try {
      statement.cancel();
    } catch (SQLException e) {
      // the statement ended before the cancel reached it; the caller sees the cancel flag
    }
  }
}
