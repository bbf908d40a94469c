package io.tokenledger.app.reconcile;

import io.tokenledger.app.context.AnalysisContext;
import io.tokenledger.app.context.Period;
import io.tokenledger.app.dialog.ErrorMessages;
import io.tokenledger.app.task.LatestTaskScheduler;
import io.tokenledger.app.task.TaskExecutor;
import io.tokenledger.app.workspace.CurrentWorkspace;
import io.tokenledger.engine.reconcile.Grain;
import io.tokenledger.engine.reconcile.ReconcileService;
import io.tokenledger.engine.reconcile.ReconciliationLine;
import io.tokenledger.engine.workspace.Workspace;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Reconcile page's state: invoice vs usage export vs traces per provider, model and day or
 * month, over the period chosen in the top bar, re-read whenever the workspace, the period or the
 * grain changes (latest request wins), with a summary of the gap the analyst should look at before
 * trusting per-client numbers.
 */
public final class ReconcileViewModel {

  private final ReconcileService reconcile;
  private final CurrentWorkspace current;
  private final AnalysisContext context;
  private final LatestTaskScheduler reads;

  // Properties
  private final ObjectProperty<Grain> grain =
      new SimpleObjectProperty<>(this, "grain", Grain.MONTH);
  private final ObservableList<ReconciliationLine> lines = FXCollections.observableArrayList();
  private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
  private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");

  public ReconcileViewModel(
      ReconcileService reconcile,
      CurrentWorkspace current,
      AnalysisContext context,
      TaskExecutor executor) {
    this.reconcile = reconcile;
    this.current = current;
    this.context = context;
    this.reads = new LatestTaskScheduler(executor);
    current.revisionProperty().addListener((obs, was, now) -> refresh());
    current.workspaceProperty().addListener((obs, was, now) -> refresh());
    context.periodProperty().addListener((obs, was, now) -> refresh());
    grain.addListener((obs, was, now) -> refresh());
    refresh();
  }

  /** Compare by day (time-zone effects show) or by month (monthly bills tie). */
  public ObjectProperty<Grain> grainProperty() {
    return grain;
  }

  public ObservableList<ReconciliationLine> lines() {
    return lines;
  }

  /** "Invoice $37,695.37 · traces $20,303.59 · 12 lines with a gap", or why there is none. */
  public ReadOnlyStringProperty summaryProperty() {
    return summary.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty loadingProperty() {
    return loading.getReadOnlyProperty();
  }

  // Commands

  /** Reads the reconciliation again. */
  public void refresh() {
    Workspace workspace = current.get().orElse(null);
    if (workspace == null) {
      reads.cancel();
      lines.clear();
      summary.set("No workspace open");
      return;
    }
    Grain chosen = Objects.requireNonNull(grain.get());
    Period period = Objects.requireNonNull(context.periodProperty().get());
    loading.set(true);
    reads.schedule(
        "Reconciling invoice, usage and traces",
        (progress, cancellation) ->
            reconcile.reconcile(workspace, chosen, period.from(), period.until()),
        result -> {
          lines.setAll(result);
          summary.set(describe(result, period));
          loading.set(false);
        },
        error -> {
          lines.clear();
          summary.set("Cannot reconcile: " + ErrorMessages.userMessage(error));
          loading.set(false);
        });
  }

  static String describe(List<ReconciliationLine> lines, Period period) {
    if (lines.isEmpty()) {
      return period.kind() == Period.Kind.ALL_TIME
          ? "Nothing to reconcile yet: import bills, usage exports or traces."
          : "Nothing to reconcile in " + period.label() + ": choose another period.";
    }
    BigDecimal invoice = sum(lines.stream().map(ReconciliationLine::invoiceCost).toList());
    BigDecimal traced = sum(lines.stream().map(ReconciliationLine::traceCost).toList());
    long withCauses = lines.stream().filter(l -> !l.causes().isEmpty()).count();
    return (period.kind() == Period.Kind.ALL_TIME ? "" : period.label() + " · ")
        + "Invoice "
        + money(invoice)
        + " · trace-reported "
        + money(traced)
        + " · "
        + withCauses
        + " of "
        + lines.size()
        + " lines have a gap to explain";
  }

  private static BigDecimal sum(List<BigDecimal> values) {
    return values.stream().filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  static String money(BigDecimal value) {
    return value == null ? "" : String.format("%,.2f", value.setScale(2, RoundingMode.HALF_UP));
  }
}
