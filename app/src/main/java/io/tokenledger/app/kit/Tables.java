package io.tokenledger.app.kit;

import atlantafx.base.theme.Styles;
import javafx.scene.Node;
import javafx.scene.control.TableView;

/** The look every data table of the app shares: dense rows, columns that fill the width. */
public final class Tables {

  private Tables() {}

  /**
   * Sets up {@code table} with its node id (for tests and CSS), the name a screen reader says, and
   * what it shows while empty.
   */
  public static <T extends TableView<?>> T dataTable(
      T table, String id, String accessibleName, Node placeholder) {
    table.setId(id);
    table.getStyleClass().add(Styles.DENSE);
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    table.setAccessibleText(accessibleName);
    table.setPlaceholder(placeholder);
    return table;
  }
}
