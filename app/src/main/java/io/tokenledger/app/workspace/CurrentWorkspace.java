package io.tokenledger.app.workspace;

import io.tokenledger.engine.state.AnalysisState;
import io.tokenledger.engine.workspace.Workspace;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The workspace the window shows, shared by every page and the status bar, with its analysis state
 * (the view of each page, saved views, period, currency, ...) and whether anything changed since it
 * was last saved. Pages listen to {@link #revisionProperty()} to reload after a change to the data
 * (an import) made anywhere in the app, and to {@link #stateGenerationProperty()} to restore their
 * view from {@link #stateProperty()} when a whole state arrives (a workspace opened, an analysis
 * imported). Used on the UI thread only.
 *
 * <p>A page changes the analysis with {@link #updateState} (marks the workspace modified: the title
 * shows {@code *} and closing asks to save) and records where the user is (selected page, selected
 * row) with {@link #recordViewState}, which is saved with the workspace but is no change worth a
 * question.
 */
public final class CurrentWorkspace {

  private final ReadOnlyObjectWrapper<Workspace> workspace =
      new ReadOnlyObjectWrapper<>(this, "workspace");
  private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(this, "revision");
  private final ReadOnlyObjectWrapper<AnalysisState> state =
      new ReadOnlyObjectWrapper<>(this, "state", AnalysisState.DEFAULT);
  private final ReadOnlyLongWrapper stateGeneration =
      new ReadOnlyLongWrapper(this, "stateGeneration");
  private final ReadOnlyBooleanWrapper modified = new ReadOnlyBooleanWrapper(this, "modified");
  private final BooleanBinding open = Bindings.isNotNull(workspace);
  private long changes;

  public ReadOnlyObjectProperty<Workspace> workspaceProperty() {
    return workspace.getReadOnlyProperty();
  }

  public Optional<Workspace> get() {
    return Optional.ofNullable(workspace.get());
  }

  public BooleanBinding openProperty() {
    return open;
  }

  /** Grows by one after each change to the workspace's data. */
  public ReadOnlyLongProperty revisionProperty() {
    return revision.getReadOnlyProperty();
  }

  /** The analysis state of the open workspace (the default state while none is open). */
  public ReadOnlyObjectProperty<AnalysisState> stateProperty() {
    return state.getReadOnlyProperty();
  }

  public AnalysisState state() {
    return state.get();
  }

  /** Grows by one each time a whole state arrives; pages then restore their view from it. */
  public ReadOnlyLongProperty stateGenerationProperty() {
    return stateGeneration.getReadOnlyProperty();
  }

  /** True when something changed since the workspace was opened or last saved. */
  public ReadOnlyBooleanProperty modifiedProperty() {
    return modified.getReadOnlyProperty();
  }

  public boolean isModified() {
    return modified.get();
  }

  /** Shows {@code next} and returns the workspace it replaces, which the caller closes. */
  public Optional<Workspace> replace(Workspace next) {
    return replace(next, AnalysisState.DEFAULT, false);
  }

  /**
   * Shows {@code next} with its analysis state and returns the workspace it replaces, which the
   * caller closes.
   *
   * @param unsaved true when the workspace starts with changes that are not in its file (recovered
   *     work)
   */
  public Optional<Workspace> replace(Workspace next, AnalysisState nextState, boolean unsaved) {
    Workspace previous = workspace.get();
    // The state first: pages that reload on the workspace change already read the new one.
    state.set(Objects.requireNonNull(nextState));
    stateGeneration.set(stateGeneration.get() + 1);
    workspace.set(next);
    revision.set(revision.get() + 1);
    changes++;
    modified.set(unsaved && next != null);
    return Optional.ofNullable(previous);
  }

  /** Says that the data changed, so that every page reloads what it shows. */
  public void dataChanged() {
    // Modified first: listeners of the revision (autosave) see the change as unsaved.
    markModified();
    revision.set(revision.get() + 1);
  }

  /** Changes the analysis state (a view, a setting); the workspace is then modified. */
  public void updateState(UnaryOperator<AnalysisState> change) {
    AnalysisState next = Objects.requireNonNull(change.apply(state.get()));
    if (!next.equals(state.get())) {
      state.set(next);
      markModified();
    }
  }

  /**
   * Records where the user is (the page shown, the row selected): saved with the workspace, but not
   * a change that marks it modified.
   */
  public void recordViewState(UnaryOperator<AnalysisState> change) {
    AnalysisState next = Objects.requireNonNull(change.apply(state.get()));
    if (!next.equals(state.get())) {
      state.set(next);
    }
  }

  /** Replaces the whole state (an imported analysis): pages restore, the workspace is modified. */
  public void restoreState(AnalysisState next) {
    state.set(Objects.requireNonNull(next));
    stateGeneration.set(stateGeneration.get() + 1);
    markModified();
  }

  /** Says that something changed that lives outside the state (a rule or a price was edited). */
  public void markModified() {
    changes++;
    modified.set(workspace.get() != null);
  }

  /**
   * A stamp of the changes so far. Take it before a save starts and hand it to {@link #markSaved}
   * after: a change made while the save ran keeps the workspace modified.
   */
  public long changeStamp() {
    return changes;
  }

  /** The workspace was saved as it was at {@code stamp}. */
  public void markSaved(long stamp) {
    if (stamp == changes) {
      modified.set(false);
    }
  }
}
