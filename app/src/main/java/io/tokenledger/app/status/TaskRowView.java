package io.tokenledger.app.status;

import atlantafx.base.theme.Styles;
import io.tokenledger.app.task.BackgroundTask;
import io.tokenledger.app.theme.AppStyles;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/** One running task: its title and current step, a progress bar, and a button that cancels it. */
public final class TaskRowView extends HBox {

  public TaskRowView(BackgroundTask<?> task) {
    getStyleClass().add(AppStyles.TASK_ROW);
    setAlignment(Pos.CENTER_LEFT);
    setSpacing(8);

    Label title = new Label();
    title
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () ->
                    task.messageProperty().get().isBlank()
                        ? task.title()
                        : task.title() + " — " + task.messageProperty().get(),
                task.messageProperty()));
    title.setMaxWidth(360);
    title.getStyleClass().add(Styles.TEXT_SMALL);

    ProgressBar bar = new ProgressBar();
    bar.progressProperty().bind(task.progressProperty());
    bar.setPrefWidth(120);
    bar.getStyleClass().add(Styles.SMALL);
    bar.setAccessibleText("Progress of " + task.title());

    Button cancel = new Button(null, new FontIcon(Material2AL.CLOSE));
    cancel.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
    cancel.setTooltip(new Tooltip("Cancel " + task.title()));
    cancel.setAccessibleText("Cancel " + task.title());
    cancel.setDisable(task.isCancelRequested());
    cancel.setOnAction(
        event -> {
          task.cancel();
          cancel.setDisable(true);
        });

    getChildren().addAll(title, bar, cancel);
  }
}
