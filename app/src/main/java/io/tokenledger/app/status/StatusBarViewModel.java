package io.tokenledger.app.status;

import io.tokenledger.app.dialog.ErrorMessages;
import io.tokenledger.app.format.Formats;
import io.tokenledger.app.task.BackgroundTask;
import io.tokenledger.app.task.LatestTaskScheduler;
import io.tokenledger.app.task.TaskExecutor;
import io.tokenledger.app.workspace.CurrentWorkspace;
import io.tokenledger.app.workspace.WorkspaceQuery;
import io.tokenledger.engine.sources.ImportLogQueries;
import io.tokenledger.engine.sources.SourceSummary;
import io.tokenledger.engine.workspace.Workspace;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;

/**
 * The status bar's state: the health of the open workspace (sources, usage events, cost lines,
 * events whose model is not known) read on a background task after every change, and the running
 * tasks with their progress.
 */
public final class StatusBarViewModel {

  private final CurrentWorkspace current;
  private final TaskExecutor executor;
  private final LatestTaskScheduler reads;

  // Properties
  private final ReadOnlyObjectWrapper<SourceSummary> summary =
      new ReadOnlyObjectWrapper<>(this, "summary");
  private final ReadOnlyStringWrapper health = new ReadOnlyStringWrapper(this, "health", "");

  public StatusBarViewModel(CurrentWorkspace current, TaskExecutor executor) {
    this.current = current;
    this.executor = executor;
    this.reads = new LatestTaskScheduler(executor);
    current.revisionProperty().addListener((obs, was, now) -> refresh());
    refresh();
  }

  /** "3 sources · 1,204 usage events · 0 cost lines", or why there is nothing to count. */
  public ReadOnlyStringProperty healthProperty() {
    return health.getReadOnlyProperty();
  }

  /** The last summary read, or null while none is. */
  public ReadOnlyObjectProperty<SourceSummary> summaryProperty() {
    return summary.getReadOnlyProperty();
  }

  public ObservableList<BackgroundTask<?>> runningTasks() {
    return executor.runningTasks();
  }

  // Commands

  /** Reads the summary again; only the latest request's answer is shown. */
  public void refresh() {
    Workspace workspace = current.get().orElse(null);
    if (workspace == null) {
      reads.cancel();
      summary.set(null);
      health.set("No workspace open");
      return;
    }
    reads.schedule(
        "Reading workspace summary",
        (progress, cancellation) ->
            WorkspaceQuery.run(workspace, connection -> new ImportLogQueries(connection).summary()),
        result -> {
          summary.set(result);
          health.set(describe(result));
        },
        error -> health.set("Cannot read the workspace: " + ErrorMessages.userMessage(error)));
  }

  static String describe(SourceSummary summary) {
    StringBuilder text =
        new StringBuilder()
            .append(Formats.count(summary.sources(), "source", "sources"))
            .append(" · ")
            .append(Formats.count(summary.usageEvents(), "usage event", "usage events"))
            .append(" · ")
            .append(Formats.count(summary.costLines(), "cost line", "cost lines"));
    if (summary.unresolvedModelEvents() > 0) {
      text.append(" · ")
          .append(Formats.count(summary.unresolvedModelEvents(), "event", "events"))
          .append(" with an unknown model");
    }
    return text.toString();
  }
}
