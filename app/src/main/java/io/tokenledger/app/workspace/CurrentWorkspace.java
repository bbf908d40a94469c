package io.tokenledger.app.workspace;

import io.tokenledger.engine.workspace.Workspace;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The workspace the window shows, shared by every page and the status bar. Pages listen to {@link
 * #revisionProperty()} to reload after a change to the data (an import) made anywhere in the app.
 * Used on the UI thread only.
 */
public final class CurrentWorkspace {

  private final ReadOnlyObjectWrapper<Workspace> workspace =
      new ReadOnlyObjectWrapper<>(this, "workspace");
  private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(this, "revision");
  private final BooleanBinding open = Bindings.isNotNull(workspace);

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

  /** Shows {@code next} and returns the workspace it replaces, which the caller closes. */
  public Optional<Workspace> replace(Workspace next) {
    Workspace previous = workspace.get();
    workspace.set(next);
    revision.set(revision.get() + 1);
    return Optional.ofNullable(previous);
  }

  /** Says that the data changed, so that every page reloads what it shows. */
  public void dataChanged() {
    revision.set(revision.get() + 1);
  }
}
