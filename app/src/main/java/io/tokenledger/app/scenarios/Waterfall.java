package io.tokenledger.app.scenarios;

import io.tokenledger.engine.explain.CostChange;
import io.tokenledger.engine.explain.Effect;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;

/**
 * A waterfall chart of a {@link CostChange}: the earlier month's cost, one floating bar per effect
 * (up in the danger colour, down in the success colour) on an invisible base, and the later month's
 * cost. Drawn as a stacked bar chart whose first series is the transparent base. The bars are drawn
 * from doubles; the amounts stay exact in the table beside it.
 */
final class Waterfall {

  private static final String BASE = "-fx-bar-fill: transparent;";
  static final String UP = "-fx-bar-fill: -color-danger-emphasis;";
  static final String DOWN = "-fx-bar-fill: -color-success-emphasis;";
  private static final String TOTAL = "-fx-bar-fill: -color-accent-emphasis;";

  private final StackedBarChart<String, Number> chart;

  Waterfall() {
    CategoryAxis categories = new CategoryAxis();
    NumberAxis amounts = new NumberAxis();
    amounts.setLabel("Cost");
    chart = new StackedBarChart<>(categories, amounts);
    chart.setId("explain-waterfall");
    chart.setLegendVisible(false);
    chart.setAnimated(false);
    chart.setCategoryGap(18);
    chart.setAccessibleText("Waterfall of the change in cost by effect");
  }

  Node node() {
    return chart;
  }

  /** Shows {@code change} between {@code from} and {@code to}, or nothing. */
  void show(CostChange change, YearMonth from, YearMonth to) {
    chart.getData().clear();
    if (change == null) {
      return;
    }
    XYChart.Series<String, Number> base = new XYChart.Series<>();
    XYChart.Series<String, Number> bars = new XYChart.Series<>();
    base.setName("base");
    bars.setName("change");
    add(base, bars, from.toString(), BigDecimal.ZERO, change.before(), TOTAL);
    List<BigDecimal> points = change.points();
    for (Effect effect : Effect.values()) {
      BigDecimal start = points.get(effect.ordinal());
      BigDecimal end = points.get(effect.ordinal() + 1);
      add(
          base,
          bars,
          effect.label(),
          start.min(end),
          end.subtract(start).abs(),
          end.compareTo(start) >= 0 ? UP : DOWN);
    }
    add(base, bars, to.toString(), BigDecimal.ZERO, change.after(), TOTAL);
    chart.getData().add(base);
    chart.getData().add(bars);
  }

  private static void add(
      XYChart.Series<String, Number> base,
      XYChart.Series<String, Number> bars,
      String category,
      BigDecimal floor,
      BigDecimal height,
      String style) {
    XYChart.Data<String, Number> invisible = new XYChart.Data<>(category, floor.doubleValue());
    XYChart.Data<String, Number> bar = new XYChart.Data<>(category, height.doubleValue());
    styleWhenShown(invisible, BASE);
    styleWhenShown(bar, style);
    base.getData().add(invisible);
    bars.getData().add(bar);
  }

  /** Gives the bar of {@code data} its fill once the chart has made its node. */
  static <X, Y> void styleWhenShown(XYChart.Data<X, Y> data, String style) {
    data.nodeProperty()
        .addListener(
            (obs, was, node) -> {
              if (node != null) {
                node.setStyle(style);
              }
            });
  }
}
