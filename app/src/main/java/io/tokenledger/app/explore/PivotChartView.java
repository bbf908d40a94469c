package io.tokenledger.app.explore;

import atlantafx.base.theme.Styles;
import io.tokenledger.app.theme.AppStyles;
import java.math.BigDecimal;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The chart bound to the pivot: bars, stacked bars or lines over time, switched with the buttons
 * above it. Series colours come from the stylesheet's looked-up chart colours ({@code app.css}), so
 * both themes colour them and each series keeps its colour across kinds.
 */
final class PivotChartView extends VBox {

  private final ToggleGroup kinds = new ToggleGroup();
  private final StackPane host = new StackPane();
  private final Label note = new Label();
  private final Label title = new Label();

  PivotChartView(ExploreViewModel viewModel) {
    super(4);
    setId("pivot-chart");
    getStyleClass().add(AppStyles.PIVOT_CHART);

    HBox switcher = new HBox();
    ChartKind[] all = ChartKind.values();
    for (int i = 0; i < all.length; i++) {
      ChartKind kind = all[i];
      ToggleButton button = new ToggleButton(kind.label());
      button.setId("chart-" + kind.name().toLowerCase(java.util.Locale.ROOT));
      button.setUserData(kind);
      button.setToggleGroup(kinds);
      button
          .getStyleClass()
          .add(
              i == 0
                  ? Styles.LEFT_PILL
                  : i == all.length - 1 ? Styles.RIGHT_PILL : Styles.CENTER_PILL);
      button.setSelected(viewModel.chartKindProperty().get() == kind);
      if (kind == ChartKind.LINE) {
        button.disableProperty().bind(viewModel.linesPossibleProperty().not());
      }
      switcher.getChildren().add(button);
    }
    kinds
        .selectedToggleProperty()
        .addListener(
            (obs, was, now) -> {
              if (now == null) {
                // A chart kind is always chosen: clicking the selected button keeps it.
                kinds.selectToggle(was);
              } else {
                viewModel.chartKindProperty().set((ChartKind) now.getUserData());
              }
            });
    note.getStyleClass().add(AppStyles.CHART_NOTE);
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    title.getStyleClass().add(Styles.TEXT_BOLD);
    HBox bar = new HBox(12, switcher, title, spacer, note);
    bar.setAlignment(Pos.CENTER_LEFT);

    VBox.setVgrow(host, Priority.ALWAYS);
    getChildren().addAll(bar, host);
    viewModel.chartProperty().addListener((obs, was, now) -> draw(now));
    draw(viewModel.chartProperty().get());
  }

  private void draw(ChartData data) {
    host.getChildren().clear();
    note.setText(data == null ? "" : data.note());
    title.setText(data == null ? "" : data.valueLabel());
    if (data == null || data.categories().isEmpty()) {
      return;
    }
    // Lines asked for but no time axis: the data says bars, and so does the switch.
    kinds.getToggles().stream()
        .filter(t -> t.getUserData() == data.kind() && !t.isSelected())
        .findFirst()
        .ifPresent(kinds::selectToggle);
    CategoryAxis categories =
        new CategoryAxis(FXCollections.observableArrayList(data.categories()));
    NumberAxis values = new NumberAxis();
    XYChart<String, Number> chart =
        switch (data.kind()) {
          case BAR -> new BarChart<>(categories, values);
          case STACKED -> new StackedBarChart<>(categories, values);
          case LINE -> new LineChart<>(categories, values);
        };
    chart.setId("pivot-chart-" + data.kind().name().toLowerCase(java.util.Locale.ROOT));
    chart.setAnimated(false);
    chart.setLegendVisible(data.series().size() > 1);
    if (chart instanceof BarChart<String, Number> bars) {
      bars.setCategoryGap(data.series().size() > 1 ? 16 : 24);
    }
    for (ChartData.Series series : data.series()) {
      XYChart.Series<String, Number> drawn = new XYChart.Series<>();
      drawn.setName(series.name());
      for (int i = 0; i < data.categories().size(); i++) {
        BigDecimal value = series.values().get(i);
        if (value != null) {
          drawn.getData().add(new XYChart.Data<>(data.categories().get(i), value.doubleValue()));
        }
      }
      chart.getData().add(drawn);
    }
    host.getChildren().add(chart);
  }
}
