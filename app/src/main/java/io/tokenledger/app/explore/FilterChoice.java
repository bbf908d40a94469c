package io.tokenledger.app.explore;

import io.tokenledger.engine.explore.Dimension;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One filter of the Explore page: a dimension, the values it can take (read from the workspace when
 * the filter is added, within the other filters and the period), and the values kept. No value kept
 * means no filter.
 */
public final class FilterChoice {

  private final Dimension dimension;

  // Properties
  private final ObservableList<String> values = FXCollections.observableArrayList();
  private final ObservableList<String> selected = FXCollections.observableArrayList();
  // Made once: a read-only view made per call would be collected along with its listeners.
  private final ObservableList<String> valuesView =
      FXCollections.unmodifiableObservableList(values);
  private final ObservableList<String> selectedView =
      FXCollections.unmodifiableObservableList(selected);
  private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
  private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");

  FilterChoice(Dimension dimension) {
    this.dimension = dimension;
  }

  public Dimension dimension() {
    return dimension;
  }

  /** The values there are to pick from; read-only for views (the view-model fills it). */
  public ObservableList<String> values() {
    return valuesView;
  }

  /** The values kept, in the order of {@link #values()}; change through the view-model. */
  public ObservableList<String> selected() {
    return selectedView;
  }

  public ReadOnlyBooleanProperty loadingProperty() {
    return loading.getReadOnlyProperty();
  }

  /** Empty, or why the values could not be read. */
  public ReadOnlyStringProperty problemProperty() {
    return problem.getReadOnlyProperty();
  }

  ObservableList<String> mutableValues() {
    return values;
  }

  ObservableList<String> mutableSelected() {
    return selected;
  }

  void setLoading(boolean value) {
    loading.set(value);
  }

  void setProblem(String text) {
    problem.set(text);
  }
}
