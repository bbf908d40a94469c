package io.tokenledger.app.clients;

import atlantafx.base.theme.Styles;
import io.tokenledger.app.kit.TableColumns;
import io.tokenledger.app.theme.AppStyles;
import io.tokenledger.engine.clients.ClientDrill;
import io.tokenledger.engine.clients.ClientEconomics;
import io.tokenledger.engine.clients.ClientMonth;
import io.tokenledger.engine.clients.ClientSlice;
import io.tokenledger.engine.clients.ClientsReport;
import io.tokenledger.engine.clients.Concentration;
import io.tokenledger.engine.clients.FxRate;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The Clients page: the table of revenue against allocated LLM spend per client, the sentences
 * about the clients that burn far more than they bring, the revenue-share vs spend-share chart
 * (above the dashed parity line a client costs more than it brings), the Lorenz curves with their
 * Gini coefficients, and a side pane with the drill into the selected client (features, models,
 * monthly trend), the unmatched clients and the FX table editor.
 */
public final class ClientsView extends BorderPane {

  static final String ASYMMETRY_CHART = "tl-clients-asymmetry";
  static final String LORENZ_CHART = "tl-clients-lorenz";
  static final String SENTENCE = "tl-clients-sentence";
  static final String PROBLEM = "tl-clients-problem";

  /** Wide enough for "16,197.78" and a share's header. */
  private static final double NUMBER_WIDTH = 104;

  /** Wide enough for a money header with its currency, "Revenue (USD)". */
  private static final double MONEY_WIDTH = 136;

  private final ClientsViewModel viewModel;
  private final TableView<ClientEconomics> table = new TableView<>();
  private final LineChart<Number, Number> asymmetry =
      chart("Revenue share (%)", "LLM spend share (%)");
  private final LineChart<Number, Number> lorenz =
      chart("Share of clients (%)", "Cumulative share (%)");

  public ClientsView(ClientsViewModel viewModel) {
    this.viewModel = viewModel;
    getStyleClass().add(AppStyles.PAGE);
    setId("clients-page");
    setTop(header());
    SplitPane split = new SplitPane(main(), side());
    split.setDividerPositions(0.7);
    setCenter(split);
    viewModel.reportProperty().addListener((obs, was, now) -> drawCharts(now));
    drawCharts(viewModel.reportProperty().get());
  }

  private Node header() {
    Label title = new Label("Clients");
    title.getStyleClass().add(AppStyles.PAGE_TITLE);
    Label subtitle =
        new Label(
            "Revenue against allocated LLM spend per client, for the period and currency at the"
                + " top. Margin is revenue minus AI cost.");
    subtitle.getStyleClass().add(AppStyles.PAGE_SUBTITLE);
    subtitle.setWrapText(true);
    ProgressIndicator busy = new ProgressIndicator();
    busy.setPrefSize(18, 18);
    busy.visibleProperty().bind(viewModel.loadingProperty());
    Label summary = new Label();
    summary.setId("clients-summary");
    summary.textProperty().bind(viewModel.summaryProperty());
    summary.setWrapText(true);
    Label problem = new Label();
    problem.setId("clients-problem");
    problem.getStyleClass().add(PROBLEM);
    problem.setWrapText(true);
    problem.textProperty().bind(viewModel.problemProperty());
    problem.managedProperty().bind(problem.textProperty().isNotEmpty());
    problem.visibleProperty().bind(problem.managedProperty());
    VBox sentences = new VBox(2);
    sentences.setId("clients-sentences");
    Runnable fill =
        () ->
            sentences
                .getChildren()
                .setAll(
                    viewModel.sentences().stream()
                        .map(
                            s -> {
                              Label line = new Label(s);
                              line.getStyleClass().add(SENTENCE);
                              return line;
                            })
                        .toList());
    viewModel.sentences().addListener((ListChangeListener<String>) change -> fill.run());
    fill.run();
    HBox status = new HBox(8, busy, summary);
    VBox header = new VBox(4, title, subtitle, status, problem, sentences);
    header.setPadding(new Insets(0, 0, 8, 0));
    header.getStyleClass().add(AppStyles.PAGE_HEADER);
    return header;
  }

  private Node main() {
    table.setItems(viewModel.lines());
    table.setId("clients-table");
    table.setPlaceholder(new Label("Import a revenue sheet and usage to compare clients."));
    table.getColumns().add(TableColumns.text("Client", ClientEconomics::client));
    TableColumn<ClientEconomics, String> revenue = number("Revenue", c -> money(c.revenue()));
    table.getColumns().add(revenue);
    table.getColumns().add(number("Rev. share", c -> ClientsViewModel.percent(c.revenueShare())));
    TableColumn<ClientEconomics, String> spend = number("LLM spend", c -> money(c.spend()));
    table.getColumns().add(spend);
    table.getColumns().add(number("Spend share", c -> ClientsViewModel.percent(c.spendShare())));
    table.getColumns().add(number("Spend ÷ rev.", c -> ratio(c.asymmetry())));
    TableColumn<ClientEconomics, String> margin = number("Margin", c -> money(c.margin()));
    table.getColumns().add(margin);
    viewModel
        .reportProperty()
        .addListener(
            (obs, was, now) -> {
              String code = now == null ? "" : " (" + now.request().currency() + ")";
              revenue.setText("Revenue" + code);
              spend.setText("LLM spend" + code);
              margin.setText("Margin" + code);
            });
    table.getColumns().add(number("Margin %", c -> ClientsViewModel.percent(c.marginPct())));
    table.getColumns().add(number("Tasks", c -> String.format("%,d", c.tasks())));
    table.getColumns().add(number("Cost / task", c -> money4(c.costPerTask())));
    table.getColumns().add(number("Cost / 1M tokens", c -> money(c.costPerMillionTokens())));
    table.getColumns().forEach(c -> c.setPrefWidth(NUMBER_WIDTH));
    table.getColumns().get(0).setPrefWidth(200);
    List.of(revenue, spend, margin).forEach(c -> c.setPrefWidth(MONEY_WIDTH));
    table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
    table
        .getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (obs, was, now) -> {
              if (now != null) {
                viewModel.selectedProperty().set(now.client());
              }
            });
    viewModel.selectedProperty().addListener((obs, was, now) -> selectRow(now));
    viewModel
        .lines()
        .addListener(
            (ListChangeListener<ClientEconomics>)
                c -> selectRow(viewModel.selectedProperty().get()));
    asymmetry.getStyleClass().addAll(AppStyles.PIVOT_CHART, ASYMMETRY_CHART);
    asymmetry.setId("clients-asymmetry-chart");
    asymmetry.setTitle("Revenue share vs LLM spend share");
    lorenz.getStyleClass().addAll(AppStyles.PIVOT_CHART, LORENZ_CHART);
    lorenz.setId("clients-lorenz-chart");
    lorenz.setCreateSymbols(false);
    lorenz.setTitle("Concentration (Lorenz curves)");
    HBox charts = new HBox(8, asymmetry, lorenz);
    HBox.setHgrow(asymmetry, Priority.ALWAYS);
    HBox.setHgrow(lorenz, Priority.ALWAYS);
    charts.setPrefHeight(300);
    SplitPane main = new SplitPane(table, charts);
    main.setOrientation(Orientation.VERTICAL);
    main.setDividerPositions(0.5);
    return main;
  }

  private void selectRow(String client) {
    if (client == null) {
      return;
    }
    ClientEconomics current = table.getSelectionModel().getSelectedItem();
    if (current != null && current.client().equals(client)) {
      return;
    }
    viewModel.lines().stream()
        .filter(c -> c.client().equals(client))
        .findFirst()
        .ifPresent(c -> table.getSelectionModel().select(c));
  }

  private Node side() {
    TabPane tabs =
        new TabPane(
            new Tab("Client", drillPane()),
            new Tab("Unmatched", unmatchedPane()),
            new Tab("FX rates", fxPane()));
    tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
    tabs.setId("clients-side");
    return tabs;
  }

  private Node drillPane() {
    Label name = new Label();
    name.getStyleClass().add(Styles.TITLE_4);
    name.textProperty().bind(viewModel.selectedProperty());
    TableView<ClientSlice> features = slices("Feature");
    features.setId("clients-drill-features");
    TableView<ClientSlice> models = slices("Model");
    models.setId("clients-drill-models");
    viewModel
        .drillProperty()
        .addListener(
            (obs, was, now) -> {
              features.getItems().setAll(now == null ? List.of() : now.features());
              models.getItems().setAll(now == null ? List.of() : now.models());
            });
    ClientDrill first = viewModel.drillProperty().get();
    if (first != null) {
      features.getItems().setAll(first.features());
      models.getItems().setAll(first.models());
    }
    CategoryAxis months = new CategoryAxis();
    NumberAxis amounts = new NumberAxis();
    LineChart<String, Number> trend = new LineChart<>(months, amounts);
    trend.getStyleClass().add(AppStyles.PIVOT_CHART);
    trend.setId("clients-trend-chart");
    trend.setTitle("Monthly revenue and LLM spend");
    trend.setAnimated(false);
    trend.setPrefHeight(240);
    trend.setMinHeight(200);
    viewModel
        .selectedTrend()
        .addListener(
            (ListChangeListener<ClientMonth>) c -> drawTrend(trend, viewModel.selectedTrend()));
    VBox pane = new VBox(6, name, features, models, trend);
    VBox.setVgrow(trend, Priority.ALWAYS);
    pane.setPadding(new Insets(8));
    return pane;
  }

  private static void drawTrend(LineChart<String, Number> chart, List<ClientMonth> months) {
    XYChart.Series<String, Number> revenue = new XYChart.Series<>();
    revenue.setName("Revenue");
    XYChart.Series<String, Number> spend = new XYChart.Series<>();
    spend.setName("LLM spend");
    for (ClientMonth month : months) {
      revenue.getData().add(new XYChart.Data<>(month.month().toString(), month.revenue()));
      spend.getData().add(new XYChart.Data<>(month.month().toString(), month.spend()));
    }
    chart.getData().setAll(List.of(revenue, spend));
  }

  private static TableView<ClientSlice> slices(String title) {
    TableView<ClientSlice> slices = new TableView<>();
    slices.setPlaceholder(new Label("Select a client"));
    slices.getColumns().add(TableColumns.text(title, ClientSlice::value));
    slices.getColumns().add(number("LLM spend", s -> money(s.spend())));
    slices.getColumns().add(number("Share", s -> ClientsViewModel.percent(s.share())));
    slices.getColumns().add(number("Tasks", s -> String.format("%,d", s.tasks())));
    slices.getColumns().get(0).setPrefWidth(125);
    slices.getColumns().get(1).setPrefWidth(90);
    slices.getColumns().get(2).setPrefWidth(60);
    slices.getColumns().get(3).setPrefWidth(60);
    slices.setPrefHeight(130);
    return slices;
  }

  private Node unmatchedPane() {
    Label revenueTitle = new Label("Revenue without usage");
    revenueTitle.getStyleClass().add(AppStyles.SECTION_TITLE);
    ListView<String> revenueOnly = new ListView<>(viewModel.revenueOnly());
    revenueOnly.setId("clients-revenue-only");
    revenueOnly.setPlaceholder(new Label("Every revenue client has usage"));
    Label usageTitle = new Label("Usage without revenue");
    usageTitle.getStyleClass().add(AppStyles.SECTION_TITLE);
    ListView<String> usageOnly = new ListView<>(viewModel.usageOnly());
    usageOnly.setId("clients-usage-only");
    usageOnly.setPlaceholder(new Label("Every client with usage has revenue"));
    Label hint =
        new Label(
            "Clients match by name, by the sheet's client id, or by a client mapping rule"
                + " (Rules page) whose value is the id or the name.");
    hint.setWrapText(true);
    hint.getStyleClass().add(AppStyles.PAGE_SUBTITLE);
    VBox pane = new VBox(6, hint, revenueTitle, revenueOnly, usageTitle, usageOnly);
    pane.setPadding(new Insets(8));
    return pane;
  }

  private Node fxPane() {
    TableView<FxRate> rates = new TableView<>(viewModel.rates());
    rates.setId("clients-fx-table");
    rates.setPlaceholder(new Label("No FX rates: import an FX table or add a rate below."));
    rates.getColumns().add(TableColumns.text("Month", r -> r.month().toString()));
    rates.getColumns().add(TableColumns.text("From", FxRate::from));
    rates.getColumns().add(TableColumns.text("To", FxRate::to));
    rates.getColumns().add(number("Rate", r -> r.rate().stripTrailingZeros().toPlainString()));
    TextField month = field("fx-month", "2026-10");
    TextField from = field("fx-from", "EUR");
    TextField to = field("fx-to", "USD");
    TextField rate = field("fx-rate", "1.1487");
    Label error = new Label();
    error.setId("fx-error");
    error.getStyleClass().add(PROBLEM);
    error.setWrapText(true);
    Button save = new Button("_Save rate");
    save.setId("fx-save");
    save.setDefaultButton(false);
    save.setOnAction(
        e -> {
          String problem =
              viewModel.putRate(month.getText(), from.getText(), to.getText(), rate.getText());
          error.setText(problem);
        });
    Button delete = new Button("_Delete selected");
    delete.setId("fx-delete");
    delete.disableProperty().bind(rates.getSelectionModel().selectedItemProperty().isNull());
    delete.setOnAction(e -> viewModel.deleteRate(rates.getSelectionModel().getSelectedItem()));
    rates
        .getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (obs, was, now) -> {
              if (now != null) {
                month.setText(now.month().toString());
                from.setText(now.from());
                to.setText(now.to());
                rate.setText(now.rate().stripTrailingZeros().toPlainString());
              }
            });
    GridPane form = new GridPane();
    form.setHgap(6);
    form.setVgap(6);
    form.addRow(0, new Label("Month"), month, new Label("Rate"), rate);
    form.addRow(1, new Label("From"), from, new Label("To"), to);
    Label hint =
        new Label("1 unit of From buys Rate units of To in the month. A missing rate is an error.");
    hint.setWrapText(true);
    hint.getStyleClass().add(AppStyles.PAGE_SUBTITLE);
    VBox pane = new VBox(6, rates, form, new HBox(6, save, delete), error, hint);
    VBox.setVgrow(rates, Priority.ALWAYS);
    pane.setPadding(new Insets(8));
    return pane;
  }

  private static TextField field(String id, String prompt) {
    TextField field = new TextField();
    field.setId(id);
    field.setPromptText(prompt);
    field.setPrefColumnCount(8);
    return field;
  }

  private void drawCharts(ClientsReport report) {
    XYChart.Series<Number, Number> parity = new XYChart.Series<>();
    parity.setName("Parity");
    XYChart.Series<Number, Number> points = new XYChart.Series<>();
    points.setName("Clients");
    XYChart.Series<Number, Number> equality = new XYChart.Series<>();
    equality.setName("Equality");
    equality.getData().add(new XYChart.Data<>(0, 0));
    equality.getData().add(new XYChart.Data<>(100, 100));
    if (report == null) {
      asymmetry.getData().clear();
      lorenz.getData().setAll(List.of(equality));
      return;
    }
    double top = 0;
    for (ClientEconomics c : report.clients()) {
      if (c.revenueShare() == null || c.spendShare() == null) {
        continue;
      }
      double x = c.revenueShare().doubleValue() * 100;
      double y = c.spendShare().doubleValue() * 100;
      top = Math.max(top, Math.max(x, y));
      XYChart.Data<Number, Number> point = new XYChart.Data<>(x, y);
      points.getData().add(point);
      String tip =
          c.client()
              + ": "
              + ClientsViewModel.percent(c.revenueShare())
              + " of revenue, "
              + ClientsViewModel.percent(c.spendShare())
              + " of LLM spend";
      point
          .nodeProperty()
          .addListener(
              (obs, was, node) -> {
                if (node != null) {
                  Tooltip.install(node, new Tooltip(tip));
                }
              });
    }
    double edge = Math.min(100, Math.ceil(top / 10) * 10 + 10);
    parity.getData().add(new XYChart.Data<>(0, 0));
    parity.getData().add(new XYChart.Data<>(edge, edge));
    asymmetry.getData().setAll(List.of(parity, points));
    lorenz
        .getData()
        .setAll(
            List.of(
                equality,
                curve(
                    "Revenue (Gini " + ClientsViewModel.gini(report.revenueConcentration()) + ")",
                    report.revenueConcentration()),
                curve(
                    "LLM spend (Gini " + ClientsViewModel.gini(report.spendConcentration()) + ")",
                    report.spendConcentration())));
  }

  private static XYChart.Series<Number, Number> curve(String name, Concentration concentration) {
    XYChart.Series<Number, Number> series = new XYChart.Series<>();
    series.setName(name);
    for (Concentration.LorenzPoint point : concentration.points()) {
      series
          .getData()
          .add(
              new XYChart.Data<>(
                  point.population().doubleValue() * 100, point.share().doubleValue() * 100));
    }
    return series;
  }

  private static LineChart<Number, Number> chart(String xLabel, String yLabel) {
    NumberAxis x = new NumberAxis();
    x.setLabel(xLabel);
    NumberAxis y = new NumberAxis();
    y.setLabel(yLabel);
    LineChart<Number, Number> chart = new LineChart<>(x, y);
    chart.setAnimated(false);
    chart.setMinWidth(260);
    return chart;
  }

  private static <S> TableColumn<S, String> number(String title, Function<S, String> value) {
    TableColumn<S, String> column = TableColumns.text(title, value);
    column.getStyleClass().add(AppStyles.NUMBER_CELL);
    return column;
  }

  private static String money(BigDecimal value) {
    return value == null ? "" : String.format("%,.2f", value);
  }

  private static String money4(BigDecimal value) {
    return value == null ? "" : String.format("%,.4f", value);
  }

  private static String ratio(BigDecimal value) {
    return value == null ? "" : String.format("%.2f×", value);
  }
}
