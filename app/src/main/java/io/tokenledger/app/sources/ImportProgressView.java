package io.tokenledger.app.sources;

import atlantafx.base.theme.Styles;
import io.tokenledger.app.task.BackgroundTask;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/** The running import on the page itself: which file, how far, how many wait, and Cancel. */
final class ImportProgressView extends HBox {

  private final Label status = new Label();
  private final ProgressBar bar = new ProgressBar();

  ImportProgressView(SourcesViewModel viewModel) {
    setSpacing(8);
    setAlignment(Pos.CENTER_RIGHT);
    setId("import-progress");
    bar.setPrefWidth(180);
    status.getStyleClass().add(Styles.TEXT_SMALL);
    status.setMaxWidth(420);

    Button cancel = new Button("Cancel", new FontIcon(Material2AL.CLOSE));
    cancel.setId("cancel-import");
    cancel.getStyleClass().add(Styles.SMALL);
    cancel.setOnAction(event -> viewModel.cancelImports());

    getChildren().addAll(status, bar, cancel);
    visibleProperty().bind(viewModel.currentImportProperty().isNotNull());
    managedProperty().bind(visibleProperty());
    viewModel.currentImportProperty().addListener((obs, was, now) -> show(now, viewModel));
  }

  private void show(BackgroundTask<?> task, SourcesViewModel viewModel) {
    status.textProperty().unbind();
    bar.progressProperty().unbind();
    if (task == null) {
      return;
    }
    bar.progressProperty().bind(task.progressProperty());
    status
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () -> {
                  int queued = viewModel.queuedFilesProperty().get();
                  String step = task.messageProperty().get();
                  return task.title()
                      + (step.isBlank() ? "" : " — " + step)
                      + (queued > 0 ? " (" + queued + " more queued)" : "");
                },
                task.messageProperty(),
                viewModel.queuedFilesProperty()));
  }
}
