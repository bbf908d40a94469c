package io.tokenledger.app.shell;

import io.tokenledger.app.theme.AppStyles;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The bar above the pages: the open workspace's name, and the choices that apply to every page
 * (period, comparison, reporting currency) from the analysis context.
 */
final class TopBar extends HBox {

  TopBar(MainWindowViewModel viewModel, Node contextBar) {
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

    getChildren().addAll(workspace, spacer, contextBar);
  }
}
