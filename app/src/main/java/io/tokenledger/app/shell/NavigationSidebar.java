package io.tokenledger.app.shell;

import io.tokenledger.app.theme.AppStyles;
import javafx.beans.property.ObjectProperty;
import javafx.css.PseudoClass;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The page list on the left. A list view, so arrow keys move between pages once it has focus;
 * selecting a page shows it. The setup pages (Prices, Rules) sit below a separator line.
 */
final class NavigationSidebar extends ListView<Page> {

  private static final PseudoClass SECTION_START =
      PseudoClass.getPseudoClass(AppStyles.SIDEBAR_SECTION_START);

  NavigationSidebar(ObjectProperty<Page> selectedPage) {
    super(javafx.collections.FXCollections.observableArrayList(Page.values()));
    setId("sidebar");
    getStyleClass().add(AppStyles.SIDEBAR);
    setAccessibleText("Pages");
    setCellFactory(list -> new PageCell());
    setPrefWidth(190);
    setMinWidth(160);

    getSelectionModel().select(selectedPage.get());
    getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (obs, was, now) -> {
              if (now == null) {
                // A page is always shown; an empty selection would leave the sidebar lying.
                getSelectionModel().select(selectedPage.get());
              } else {
                selectedPage.set(now);
              }
            });
    selectedPage.addListener(
        (obs, was, now) -> {
          if (now != null && getSelectionModel().getSelectedItem() != now) {
            getSelectionModel().select(now);
          }
        });
  }

  private static final class PageCell extends ListCell<Page> {
    @Override
    protected void updateItem(Page page, boolean empty) {
      super.updateItem(page, empty);
      if (empty || page == null) {
        setText(null);
        setGraphic(null);
        setTooltip(null);
        pseudoClassStateChanged(SECTION_START, false);
        return;
      }
      setText(page.title());
      setGraphic(new FontIcon(page.icon()));
      setTooltip(
          new javafx.scene.control.Tooltip(
              page.purpose() + "  (Ctrl+" + page.shortcutDigit() + ")"));
      pseudoClassStateChanged(SECTION_START, page.startsSection());
    }
  }
}
