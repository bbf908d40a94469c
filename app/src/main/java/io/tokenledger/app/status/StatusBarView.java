package io.tokenledger.app.status;

import atlantafx.base.theme.Styles;
import io.tokenledger.app.task.BackgroundTask;
import io.tokenledger.app.theme.AppStyles;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.PopOver;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/**
 * The bar along the bottom of the window: workspace health on the left; on the right the newest
 * running task with progress and cancel, and, when more run at once, a button that lists them all
 * in a pop-over, each with its own cancel.
 */
public final class StatusBarView extends HBox {

  private final StatusBarViewModel viewModel;
  private final HBox latestTask = new HBox();
  private final Button allTasks = new Button();
  private final VBox taskList = new VBox(6);
  private final PopOver taskPopOver = new PopOver(taskList);

  public StatusBarView(StatusBarViewModel viewModel) {
    this.viewModel = viewModel;
    getStyleClass().add(AppStyles.STATUS_BAR);
    setAlignment(Pos.CENTER_LEFT);
    setSpacing(12);

    Label health = new Label();
    health.textProperty().bind(viewModel.healthProperty());
    health.setGraphic(new FontIcon(Material2OutlinedMZ.STORAGE));
    health.getStyleClass().add(AppStyles.STATUS_HEALTH);
    health.setId("status-health");

    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);

    latestTask.setAlignment(Pos.CENTER_RIGHT);
    allTasks.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
    allTasks.setOnAction(event -> toggleTaskList());
    allTasks
        .textProperty()
        .bind(Bindings.size(viewModel.runningTasks()).asString("%d tasks running"));
    allTasks.visibleProperty().bind(Bindings.size(viewModel.runningTasks()).greaterThan(1));
    allTasks.managedProperty().bind(allTasks.visibleProperty());

    taskList.getStyleClass().add(AppStyles.TASK_LIST);
    taskPopOver.setArrowLocation(PopOver.ArrowLocation.BOTTOM_RIGHT);
    taskPopOver.setTitle("Running tasks");
    taskPopOver.setHeaderAlwaysVisible(true);
    taskPopOver.setDetachable(false);

    getChildren().addAll(health, spacer, latestTask, allTasks);
    viewModel.runningTasks().addListener((ListChangeListener<BackgroundTask<?>>) c -> showTasks());
    showTasks();
  }

  private void showTasks() {
    var tasks = viewModel.runningTasks();
    latestTask.getChildren().clear();
    if (!tasks.isEmpty()) {
      latestTask.getChildren().add(new TaskRowView(tasks.get(tasks.size() - 1)));
    }
    taskList.getChildren().setAll(tasks.stream().map(TaskRowView::new).toList());
    if (tasks.size() < 2) {
      taskPopOver.hide();
    }
  }

  private void toggleTaskList() {
    if (taskPopOver.isShowing()) {
      taskPopOver.hide();
    } else {
      taskPopOver.show(allTasks);
    }
  }
}
