package io.tokenledger.app.explore;

import atlantafx.base.theme.Styles;
import io.tokenledger.app.theme.AppStyles;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TreeItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.BreadCrumbBar;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The Explore page: the field list on the left; the pivot table, with the chart below it bound to
 * the same pivot; drilling into a cell swaps the chart for the rows behind the cell, with
 * breadcrumbs for the drill path (All › acme › 2026-10) that lead back. A spinner shows while a
 * query runs; an empty workspace, an empty selection or a missing FX rate is said in the table's
 * place.
 */
public final class ExploreView extends BorderPane {

  private static final PseudoClass PROBLEM =
      PseudoClass.getPseudoClass(AppStyles.PROBLEM_PSEUDO_CLASS);

  private final ExploreViewModel viewModel;

  public ExploreView(ExploreViewModel viewModel) {
    this.viewModel = viewModel;
    getStyleClass().add(AppStyles.PAGE);
    setId("explore-page");
    setTop(header());
    ScrollPane fields = new ScrollPane(new FieldsPanel(viewModel));
    fields.setFitToWidth(true);
    fields.setPrefWidth(270);
    fields.setMinWidth(220);
    fields.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
    fields.getStyleClass().add(atlantafx.base.theme.Tweaks.EDGE_TO_EDGE);
    setLeft(fields);
    setCenter(body());
    // F5 queries again at once.
    sceneProperty()
        .addListener(
            (obs, was, now) -> {
              if (now != null) {
                now.getAccelerators()
                    .putIfAbsent(new KeyCodeCombination(KeyCode.F5), viewModel::refresh);
              }
            });
  }

  private Node header() {
    Label title = new Label("Explore");
    title.getStyleClass().add(AppStyles.PAGE_TITLE);
    Label subtitle =
        new Label(
            "Slice allocated cost and usage by any dimension. Double-click a number for the rows"
                + " behind it; export what you see.");
    subtitle.getStyleClass().add(AppStyles.PAGE_SUBTITLE);
    subtitle.setWrapText(true);

    ProgressIndicator spinner = new ProgressIndicator();
    spinner.setId("pivot-running");
    spinner.setPrefSize(18, 18);
    spinner.setMaxSize(18, 18);
    spinner.visibleProperty().bind(viewModel.runningProperty());
    Label status = new Label();
    status.setId("explore-status");
    status.getStyleClass().add(Styles.TEXT_MUTED);
    status
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () -> {
                  if (!viewModel.drillProblemProperty().get().isEmpty()
                      && !viewModel.drillingProperty().get()) {
                    return viewModel.drillProblemProperty().get();
                  }
                  return viewModel.runningProperty().get()
                      ? "Updating…"
                      : viewModel.exportStatusProperty().get();
                },
                viewModel.runningProperty(),
                viewModel.exportStatusProperty(),
                viewModel.drillProblemProperty(),
                viewModel.drillingProperty()));

    Button refresh = new Button("Refresh", new FontIcon(Material2MZ.REFRESH));
    refresh.setId("refresh-pivot");
    refresh.setOnAction(event -> viewModel.refresh());
    Button export = new Button("_Export…", new FontIcon(Material2AL.GET_APP));
    export.setId("export-view");
    export.getStyleClass().add(Styles.ACCENT);
    export.setOnAction(event -> viewModel.export());
    export.disableProperty().bind(viewModel.tableProperty().isNull());

    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    HBox toolbar = new HBox(8, export, refresh, spacer, status, spinner);
    toolbar.setAlignment(Pos.CENTER_LEFT);
    VBox header = new VBox(4, title, subtitle, toolbar);
    header.getStyleClass().add(AppStyles.PAGE_HEADER);
    VBox.setMargin(toolbar, new Insets(8, 0, 0, 0));
    return header;
  }

  private Node body() {
    PivotTableView table = new PivotTableView(viewModel, noticeView());
    PivotChartView chart = new PivotChartView(viewModel);
    DrillView drill = new DrillView(viewModel);
    chart.visibleProperty().bind(viewModel.drillingProperty().not());
    drill.visibleProperty().bind(viewModel.drillingProperty());
    StackPane lower = new StackPane(chart, drill);

    SplitPane split = new SplitPane(table, lower);
    split.setOrientation(Orientation.VERTICAL);
    split.setDividerPositions(0.55);
    VBox.setVgrow(split, Priority.ALWAYS);

    VBox center = new VBox(6, breadcrumbs(), split);
    center.setPadding(new Insets(0, 12, 8, 8));
    return center;
  }

  private Node breadcrumbs() {
    BreadCrumbBar<String> crumbs = new BreadCrumbBar<>();
    crumbs.setId("drill-path");
    crumbs.setAutoNavigationEnabled(false);
    crumbs.setOnCrumbAction(event -> viewModel.drillTo(depth(event.getSelectedCrumb())));
    Runnable update =
        () -> {
          List<String> path = new ArrayList<>();
          path.add("All");
          viewModel.drillPath().forEach(step -> path.add(step.value()));
          crumbs.setSelectedCrumb(BreadCrumbBar.buildTreeModel(path.toArray(String[]::new)));
        };
    viewModel.drillPath().addListener((ListChangeListener<DrillStep>) change -> update.run());
    update.run();

    Label steps = new Label();
    steps.getStyleClass().add(Styles.TEXT_MUTED);
    steps
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () ->
                    String.join(
                        " · ", viewModel.drillPath().stream().map(DrillStep::label).toList()),
                viewModel.drillPath()));
    Button back = new Button("Back to the chart", new FontIcon(Material2AL.ARROW_BACK));
    back.setId("close-drill");
    back.getStyleClass().add(Styles.FLAT);
    back.setOnAction(event -> viewModel.closeDrill());
    ProgressIndicator loading = new ProgressIndicator();
    loading.setPrefSize(16, 16);
    loading.setMaxSize(16, 16);
    loading.visibleProperty().bind(viewModel.drillRunningProperty());
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    HBox bar = new HBox(10, crumbs, steps, loading, spacer, back);
    bar.setAlignment(Pos.CENTER_LEFT);
    bar.visibleProperty().bind(viewModel.drillingProperty());
    bar.managedProperty().bind(bar.visibleProperty());
    return bar;
  }

  private static int depth(TreeItem<String> crumb) {
    int depth = 0;
    for (TreeItem<String> item = crumb.getParent(); item != null; item = item.getParent()) {
      depth++;
    }
    return depth;
  }

  private Node noticeView() {
    FontIcon icon = new FontIcon(Material2AL.INFO);
    Label text = new Label();
    text.setId("explore-notice");
    text.setWrapText(true);
    text.setMaxWidth(560);
    text.textProperty()
        .bind(
            Bindings.createStringBinding(
                () -> {
                  Notice notice = viewModel.noticeProperty().get();
                  if (notice != null) {
                    return notice.text();
                  }
                  return viewModel.runningProperty().get() ? "Loading…" : "";
                },
                viewModel.noticeProperty(),
                viewModel.runningProperty()));
    VBox box = new VBox(8, icon, text);
    box.setAlignment(Pos.CENTER);
    box.getStyleClass().add(AppStyles.NOTICE);
    viewModel
        .noticeProperty()
        .addListener(
            (obs, was, now) ->
                box.pseudoClassStateChanged(PROBLEM, now != null && now.kind().isProblem()));
    return box;
  }
}
