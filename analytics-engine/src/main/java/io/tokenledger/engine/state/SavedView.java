package io.tokenledger.engine.state;

import java.util.Objects;

/**
 * An Explore view the user saved under a name, to come back to it or hand it to a colleague.
 *
 * @param name the name, unique in a workspace
 * @param view the pivot and chart
 */
public record SavedView(String name, ExploreViewState view) {

  public SavedView {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("A saved view needs a name");
    }
    name = name.strip();
    view = Objects.requireNonNullElse(view, ExploreViewState.DEFAULT);
  }
}
