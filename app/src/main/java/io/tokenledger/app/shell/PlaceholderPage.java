package io.tokenledger.app.shell;

import io.tokenledger.app.theme.AppStyles;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** A page that is not built yet: its name, what it will do, and that it is coming soon. */
final class PlaceholderPage extends VBox {

  PlaceholderPage(Page page) {
    getStyleClass().addAll(AppStyles.PAGE, AppStyles.PLACEHOLDER);
    setId(page.name().toLowerCase(java.util.Locale.ROOT) + "-page");
    setAlignment(Pos.CENTER);
    setSpacing(10);

    FontIcon icon = new FontIcon(page.icon());
    icon.getStyleClass().add(AppStyles.PLACEHOLDER_ICON);
    Label title = new Label(page.title());
    title.getStyleClass().add(AppStyles.PAGE_TITLE);
    Label purpose = new Label(page.purpose() + ".");
    purpose.getStyleClass().add(AppStyles.PAGE_SUBTITLE);
    purpose.setWrapText(true);
    purpose.setMaxWidth(520);
    Label soon = new Label("Coming soon: this page is not built yet.");
    soon.setId("coming-soon");
    soon.getStyleClass().add(atlantafx.base.theme.Styles.TEXT_MUTED);

    getChildren().addAll(icon, title, purpose, soon);
  }
}
