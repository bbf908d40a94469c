package io.tokenledger.app.scenarios;

import atlantafx.base.theme.Styles;
import io.tokenledger.app.kit.Converters;
import io.tokenledger.app.kit.TableColumns;
import io.tokenledger.app.kit.Tables;
import io.tokenledger.app.theme.AppStyles;
import io.tokenledger.engine.explain.CostChange;
import io.tokenledger.engine.explain.Effect;
import io.tokenledger.engine.explain.ExplainGrouping;
import io.tokenledger.engine.explain.ExplainResult;
import io.tokenledger.engine.scenarios.ClientMargin;
import io.tokenledger.engine.scenarios.GroupCost;
import io.tokenledger.engine.scenarios.Lever;
import io.tokenledger.engine.scenarios.LeverSaving;
import io.tokenledger.engine.scenarios.SavedScenario;
import io.tokenledger.engine.scenarios.ScenarioResult;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The Scenarios page: saved what-if scenarios on the left; the selected one's levers (typed in
 * their one-line form, checked while typing, Enter adds, Delete removes), its baseline vs scenario
 * cost, the saving per lever as a chart, cost and margin per client, cost per feature, and all
 * scenarios side by side. A second tab, Explain, shows why cost changed between two months as a
 * waterfall of volume, mix, tokens per request, cache rate and price.
 */
public final class ScenariosView extends BorderPane {

  /** Lever templates offered in the editor, one per kind. */
  static final List<String> TEMPLATES =
      List.of(
          "route feature= from= to=",
          "cache feature= rate=0.5",
          "batch feature= share=1",
          "price provider= percent=-10",
          "grow tasks=10 steps=0 tokens=0");

  private final ScenariosViewModel viewModel;
  private final ObservableList<Lever> levers = FXCollections.observableArrayList();
  private final ObservableList<LeverSaving> savings = FXCollections.observableArrayList();
  private final ObservableList<GroupCost> clients = FXCollections.observableArrayList();
  private final ObservableList<GroupCost> features = FXCollections.observableArrayList();
  private final ObservableList<CostChange> changes = FXCollections.observableArrayList();
  private Map<String, ClientMargin> margins = Map.of();
  private final BarChart<Number, String> leverChart =
      new BarChart<>(new NumberAxis(), new CategoryAxis());
  private final Waterfall waterfall = new Waterfall();

  public ScenariosView(ScenariosViewModel viewModel) {
    this.viewModel = viewModel;
    getStyleClass().add(AppStyles.PAGE);
    setId("scenarios-page");
    setTop(header());
    TabPane tabs = new TabPane(scenariosTab(), explainTab());
    tabs.setId("scenarios-tabs");
    tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
    setCenter(tabs);
    viewModel.selectedProperty().addListener((obs, was, now) -> showLevers(now));
    viewModel.resultProperty().addListener((obs, was, now) -> showResult(now));
    viewModel.explanationProperty().addListener((obs, was, now) -> showExplanation(now));
    showLevers(viewModel.selectedProperty().get());
    showResult(viewModel.resultProperty().get());
    showExplanation(viewModel.explanationProperty().get());
  }

  private Node header() {
    Label title = new Label("Scenarios");
    title.getStyleClass().add(AppStyles.PAGE_TITLE);
    Label subtitle =
        new Label(
            "Re-run a month's actual usage under routing, caching, batch, price and growth levers;"
                + " Explain says why cost moved between two months.");
    subtitle.getStyleClass().add(AppStyles.PAGE_SUBTITLE);
    subtitle.setWrapText(true);
    ProgressIndicator busy = new ProgressIndicator();
    busy.setPrefSize(18, 18);
    busy.visibleProperty().bind(viewModel.loadingProperty());
    busy.managedProperty().bind(busy.visibleProperty());
    Label summary = new Label();
    summary.setId("scenarios-summary");
    summary.textProperty().bind(viewModel.summaryProperty());
    HBox line = new HBox(8, busy, summary);
    line.setPadding(new Insets(6, 0, 6, 0));
    VBox header = new VBox(4, title, subtitle, line);
    header.getStyleClass().add(AppStyles.PAGE_HEADER);
    return header;
  }

  // ---- Scenarios tab ----------------------------------------------------------------------------

  private Tab scenariosTab() {
    SplitPane split = new SplitPane(scenarioList(), scenarioDetail());
    split.setDividerPositions(0.24);
    Tab tab = new Tab("Scenarios", split);
    tab.setId("scenarios-tab");
    return tab;
  }

  private Node scenarioList() {
    Label title = new Label("Saved scenarios");
    title.getStyleClass().add(AppStyles.SECTION_TITLE);
    ListView<SavedScenario> list = new ListView<>(viewModel.scenarios());
    list.setId("scenario-list");
    list.setAccessibleText("Saved scenarios");
    list.setPlaceholder(new Label("No scenario yet"));
    list.setCellFactory(
        view ->
            new ListCell<>() {
              @Override
              protected void updateItem(SavedScenario item, boolean empty) {
                super.updateItem(item, empty);
                setText(
                    empty || item == null
                        ? null
                        : item.name()
                            + "\n"
                            + item.baseline()
                            + " · "
                            + item.levers().size()
                            + (item.levers().size() == 1 ? " lever" : " levers"));
              }
            });
    list.getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (obs, was, now) -> {
              if (now != null && now != viewModel.selectedProperty().get()) {
                viewModel.selectedProperty().set(now);
              }
            });
    viewModel
        .selectedProperty()
        .addListener((obs, was, now) -> list.getSelectionModel().select(now));
    list.setOnKeyPressed(
        event -> {
          if (event.getCode() == KeyCode.DELETE) {
            viewModel.deleteSelected();
          }
        });
    VBox.setVgrow(list, Priority.ALWAYS);

    TextField name = new TextField();
    name.setId("scenario-name");
    name.setPromptText("New scenario name");
    name.setAccessibleText("New scenario name");
    name.textProperty().bindBidirectional(viewModel.newNameProperty());
    name.setOnAction(event -> viewModel.createScenario());
    ComboBox<YearMonth> baseline = new ComboBox<>(viewModel.months());
    baseline.setId("scenario-baseline");
    baseline.setAccessibleText("Baseline month");
    baseline.setPromptText("Baseline month");
    baseline.valueProperty().bindBidirectional(viewModel.newBaselineProperty());
    Button create = new Button("_New scenario");
    create.setId("scenario-new");
    create.setOnAction(event -> viewModel.createScenario());
    Button delete = new Button("Delete");
    delete.setId("scenario-delete");
    delete.getStyleClass().add(Styles.DANGER);
    delete.disableProperty().bind(viewModel.selectedProperty().isNull());
    delete.setOnAction(event -> viewModel.deleteSelected());
    HBox buttons = new HBox(6, create, delete);
    VBox box = new VBox(6, title, list, name, baseline, buttons);
    box.setPadding(new Insets(8));
    return box;
  }

  private Node scenarioDetail() {
    Label title = new Label("Levers — applied in the order grow, route, cache, batch, price");
    title.getStyleClass().add(AppStyles.SECTION_TITLE);
    ListView<Lever> list = new ListView<>(levers);
    list.setId("lever-list");
    list.setAccessibleText("Levers of the selected scenario");
    list.setPlaceholder(new Label("No lever: type one below"));
    list.getStyleClass().add(Styles.DENSE);
    list.setMinHeight(80);
    list.setPrefHeight(96);
    list.setCellFactory(
        view ->
            new ListCell<>() {
              @Override
              protected void updateItem(Lever item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.describe());
              }
            });
    list.setOnKeyPressed(
        event -> {
          if (event.getCode() == KeyCode.DELETE || event.getCode() == KeyCode.BACK_SPACE) {
            viewModel.removeLever(list.getSelectionModel().getSelectedItem());
          }
        });

    ComboBox<String> template = new ComboBox<>(FXCollections.observableArrayList(TEMPLATES));
    template.setId("lever-template");
    template.setPromptText("Lever kind…");
    template.setPrefWidth(170);
    template.setMinWidth(170);
    template.setAccessibleText("Lever template");
    TextField text = new TextField();
    text.setId("lever-text");
    text.setPromptText(
        "route feature=doc-summarizer from=claude-opus-4-6 to=claude-haiku-4-5-20251001");
    text.setAccessibleText("Lever");
    text.textProperty().bindBidirectional(viewModel.leverTextProperty());
    text.setOnAction(event -> viewModel.addLever());
    HBox.setHgrow(text, Priority.ALWAYS);
    template.setOnAction(
        event -> {
          if (template.getValue() != null) {
            viewModel.leverTextProperty().set(template.getValue());
            text.requestFocus();
            text.positionCaret(text.getText().indexOf('=') + 1);
          }
        });
    Button add = new Button("_Add lever");
    add.setId("lever-add");
    add.disableProperty().bind(viewModel.selectedProperty().isNull());
    add.setOnAction(event -> viewModel.addLever());
    Button remove = new Button("Remove");
    remove.setId("lever-remove");
    remove.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
    remove.setOnAction(event -> viewModel.removeLever(list.getSelectionModel().getSelectedItem()));
    HBox editor = new HBox(6, template, text, add, remove);
    Label problem = new Label();
    problem.setId("lever-problem");
    problem.getStyleClass().add(Styles.DANGER);
    problem.textProperty().bind(viewModel.leverProblemProperty());

    TabPane results =
        new TabPane(
            new Tab("Saving per lever", leverChart()),
            new Tab("By client", clientTable()),
            new Tab("By feature", featureTable()),
            new Tab("Compare scenarios", comparisonTable()));
    results.setId("scenario-results");
    results.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
    VBox.setVgrow(results, Priority.ALWAYS);
    VBox box = new VBox(6, title, list, editor, problem, results);
    box.setPadding(new Insets(8));
    return box;
  }

  private Node leverChart() {
    leverChart.setId("lever-chart");
    leverChart.setLegendVisible(false);
    leverChart.setAnimated(false);
    leverChart.setAccessibleText("Saving per lever");
    ((NumberAxis) leverChart.getXAxis()).setLabel("Saving");
    TableView<LeverSaving> table =
        Tables.dataTable(
            new TableView<>(savings), "lever-savings", "Saving per lever", new Label("No lever"));
    TableColumn<LeverSaving, Long> step =
        TableColumns.lineNumber("Step", s -> savings.indexOf(s) + 1);
    step.setMaxWidth(60);
    table.getColumns().add(step);
    TableColumn<LeverSaving, String> lever = TableColumns.text("Lever", s -> s.lever().describe());
    lever.setPrefWidth(420);
    table.getColumns().add(lever);
    table.getColumns().add(money("Cost before", LeverSaving::costBefore));
    table.getColumns().add(money("Cost after", LeverSaving::costAfter));
    table.getColumns().add(money("Saving", LeverSaving::saving));
    leverChart.setMinHeight(200);
    leverChart.setCategoryGap(6);
    SplitPane split = new SplitPane(leverChart, table);
    split.setOrientation(Orientation.VERTICAL);
    split.setDividerPositions(0.62);
    return split;
  }

  private Node clientTable() {
    TableView<GroupCost> table =
        Tables.dataTable(
            new TableView<>(clients),
            "scenario-clients",
            "Cost and margin per client",
            new Label("No usage"));
    table.getColumns().add(TableColumns.text("Client", GroupCost::group));
    table.getColumns().add(money("Baseline", GroupCost::baseline));
    table.getColumns().add(money("Scenario", GroupCost::scenario));
    table.getColumns().add(money("Saving", GroupCost::saving));
    table.getColumns().add(money("Revenue", g -> margin(g, ClientMargin::revenue)));
    table
        .getColumns()
        .add(percent("Margin before", g -> margin(g, ClientMargin::baselineMarginShare)));
    table
        .getColumns()
        .add(percent("Margin after", g -> margin(g, ClientMargin::scenarioMarginShare)));
    return table;
  }

  private Node featureTable() {
    TableView<GroupCost> table =
        Tables.dataTable(
            new TableView<>(features),
            "scenario-features",
            "Cost per feature",
            new Label("No usage"));
    table.getColumns().add(TableColumns.text("Feature", GroupCost::group));
    table.getColumns().add(money("Baseline", GroupCost::baseline));
    table.getColumns().add(money("Scenario", GroupCost::scenario));
    table.getColumns().add(money("Saving", GroupCost::saving));
    return table;
  }

  private Node comparisonTable() {
    TableView<ScenarioResult> table =
        Tables.dataTable(
            new TableView<>(viewModel.comparison()),
            "scenario-compare",
            "Scenarios side by side",
            new Label("No scenario computed"));
    table.getColumns().add(TableColumns.text("Scenario", r -> r.scenario().name()));
    table
        .getColumns()
        .add(TableColumns.text("Baseline month", r -> r.scenario().baseline().toString()));
    table.getColumns().add(money("Baseline", ScenarioResult::baselineCost));
    table.getColumns().add(money("Scenario", ScenarioResult::scenarioCost));
    table.getColumns().add(money("Saving", ScenarioResult::saving));
    table.getColumns().add(percent("Saving %", ScenarioResult::savingShare));
    table.getColumns().add(TableColumns.text("Levers", r -> Integer.toString(r.savings().size())));
    return table;
  }

  private void showLevers(SavedScenario scenario) {
    levers.setAll(scenario == null ? List.of() : scenario.leversInOrder());
  }

  private void showResult(ScenarioResult result) {
    leverChart.getData().clear();
    if (result == null) {
      savings.clear();
      clients.clear();
      features.clear();
      margins = Map.of();
      return;
    }
    margins =
        result.margins().stream()
            .collect(Collectors.toMap(ClientMargin::client, m -> m, (a, b) -> a));
    savings.setAll(result.savings());
    clients.setAll(result.byClient());
    features.setAll(result.byFeature());
    XYChart.Series<Number, String> series = new XYChart.Series<>();
    series.setName("Saving");
    int step = 0;
    for (LeverSaving saving : result.savings()) {
      XYChart.Data<Number, String> bar =
          new XYChart.Data<>(saving.saving().doubleValue(), chartLabel(++step, saving.lever()));
      Waterfall.styleWhenShown(bar, saving.saving().signum() >= 0 ? Waterfall.DOWN : Waterfall.UP);
      series.getData().add(bar);
    }
    leverChart.getData().add(series);
  }

  /** "2 · route doc-summarizer": short enough for the chart's axis; the table has the rest. */
  static String chartLabel(int step, Lever lever) {
    String text = lever.describe();
    int colon = text.indexOf(':');
    String head = colon < 0 ? text : text.substring(0, colon);
    return step + " · " + head.replace("feature ", "").replace("client ", "");
  }

  private BigDecimal margin(GroupCost group, Function<ClientMargin, BigDecimal> value) {
    ClientMargin margin = margins.get(group.group());
    return margin == null ? null : value.apply(margin);
  }

  // ---- Explain tab ------------------------------------------------------------------------------

  private Tab explainTab() {
    ComboBox<YearMonth> from = new ComboBox<>(viewModel.months());
    from.setId("explain-from");
    from.setAccessibleText("Earlier month");
    from.valueProperty().bindBidirectional(viewModel.explainFromProperty());
    ComboBox<YearMonth> to = new ComboBox<>(viewModel.months());
    to.setId("explain-to");
    to.setAccessibleText("Later month");
    to.valueProperty().bindBidirectional(viewModel.explainToProperty());
    ComboBox<ExplainGrouping> by =
        new ComboBox<>(FXCollections.observableArrayList(ExplainGrouping.values()));
    by.setId("explain-by");
    by.setAccessibleText("Explain by");
    by.setConverter(
        Converters.showing(
            g ->
                switch (g) {
                  case TOTAL -> "In total";
                  case CLIENT -> "Per client";
                  case FEATURE -> "Per feature";
                }));
    by.valueProperty().bindBidirectional(viewModel.explainByProperty());
    Label summary = new Label();
    summary.setId("explain-summary");
    summary.textProperty().bind(viewModel.explainSummaryProperty());
    HBox controls = new HBox(8, new Label("From"), from, new Label("to"), to, by, summary);
    controls.setPadding(new Insets(8));

    TableView<CostChange> table =
        Tables.dataTable(
            new TableView<>(changes),
            "explain-table",
            "Change in cost by effect",
            new Label("No usage in these months"));
    table.getColumns().add(TableColumns.text("Group", CostChange::group));
    table.getColumns().add(money("Before", CostChange::before));
    for (Effect effect : Effect.values()) {
      table.getColumns().add(money(effect.label(), c -> c.effect(effect)));
    }
    table.getColumns().add(money("After", CostChange::after));
    table.getColumns().add(money("Change", CostChange::change));
    table
        .getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (obs, was, now) -> {
              ExplainResult result = viewModel.explanationProperty().get();
              if (result != null) {
                waterfall.show(now == null ? result.total() : now, result.from(), result.to());
              }
            });
    Label method =
        new Label(
            "Chained substitution: volume, then mix, tokens per request, cache rate and price are"
                + " swapped from the earlier month to the later one; the parts add up to the change."
                + " Select a row to see its waterfall.");
    method.getStyleClass().add(AppStyles.CHART_NOTE);
    method.setWrapText(true);
    SplitPane split = new SplitPane(waterfall.node(), table);
    split.setOrientation(Orientation.VERTICAL);
    split.setDividerPositions(0.6);
    VBox.setVgrow(split, Priority.ALWAYS);
    VBox box = new VBox(4, controls, split, method);
    box.setPadding(new Insets(0, 8, 8, 8));
    Tab tab = new Tab("Explain", box);
    tab.setId("explain-tab");
    return tab;
  }

  private void showExplanation(ExplainResult result) {
    if (result == null) {
      changes.clear();
      waterfall.show(null, null, null);
      return;
    }
    if (result.grouping() == ExplainGrouping.TOTAL) {
      changes.setAll(List.of(result.total()));
    } else {
      java.util.ArrayList<CostChange> rows = new java.util.ArrayList<>(result.changes());
      rows.add(result.total());
      changes.setAll(rows);
    }
    waterfall.show(result.total(), result.from(), result.to());
  }

  // ---- columns ----------------------------------------------------------------------------------

  private static <S> TableColumn<S, String> money(String title, Function<S, BigDecimal> value) {
    TableColumn<S, String> column =
        TableColumns.text(title, row -> ScenariosViewModel.money(value.apply(row)));
    column.getStyleClass().add(AppStyles.NUMBER_CELL);
    return column;
  }

  private static <S> TableColumn<S, String> percent(String title, Function<S, BigDecimal> value) {
    TableColumn<S, String> column =
        TableColumns.text(
            title,
            row -> {
              BigDecimal share = value.apply(row);
              return share == null
                  ? ""
                  : share.movePointRight(2).setScale(1, RoundingMode.HALF_UP) + "%";
            });
    column.getStyleClass().add(AppStyles.NUMBER_CELL);
    return column;
  }
}
