package io.tokenledger.app.shell;

import io.tokenledger.app.theme.AppStyles;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The bar above the pages with the choices that apply to every page: period, comparison period and
 * reporting currency. They are placeholders until the Explore page brings the queries that use
 * them, and are shown disabled so the layout does not jump when they arrive.
 */
final class TopBar extends HBox {

  TopBar(MainWindowViewModel viewModel) {
    getStyleClass().add(AppStyles.TOP_BAR);
    setAlignment(Pos.CENTER_LEFT);
    setSpacing(8);

    Label workspace = new Label();
    workspace.setId("workspace-name");
    workspace.getStyleClass().add(AppStyles.TOP_BAR_TITLE);
    workspace.setGraphic(
        new org.kordamp.ikonli.javafx.FontIcon(
            org.kordamp.ikonli.material2.Material2OutlinedAL.FOLDER_OPEN));
    workspace
        .textProperty()
        .bind(
            javafx.beans.binding.Bindings.createStringBinding(
                () ->
                    viewModel
                        .currentWorkspace()
                        .get()
                        .map(ws -> ws.displayName())
                        .orElse(viewModel.openingProperty().get() ? "" : "No workspace open"),
                viewModel.currentWorkspace().workspaceProperty(),
                viewModel.openingProperty()));

    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);

    HBox selectors =
        new HBox(
            8,
            selector("Period", "All time"),
            selector("Compare with", "No comparison"),
            selector("Currency", "USD"));
    selectors.setAlignment(Pos.CENTER_RIGHT);
    // Disabled controls get no mouse events, so the explanation hangs on their container.
    Tooltip.install(
        selectors, new Tooltip("Period, comparison and currency arrive with the Explore page."));

    getChildren().addAll(workspace, spacer, selectors);
  }

  private static HBox selector(String name, String value) {
    Label label = new Label(name);
    ComboBox<String> combo = new ComboBox<>();
    combo.getItems().add(value);
    combo.getSelectionModel().select(value);
    combo.setDisable(true);
    combo.setAccessibleText(name);
    label.setLabelFor(combo);
    HBox box = new HBox(6, label, combo);
    box.setAlignment(Pos.CENTER_LEFT);
    return box;
  }
}
