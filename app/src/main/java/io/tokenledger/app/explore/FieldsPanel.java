package io.tokenledger.app.explore;

import atlantafx.base.theme.Styles;
import io.tokenledger.app.kit.Converters;
import io.tokenledger.app.theme.AppStyles;
import io.tokenledger.engine.explore.Dimension;
import io.tokenledger.engine.explore.Measure;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.CheckComboBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The pivot's field list on the left of the Explore page: row dimensions in order (add, remove,
 * move), the column dimension, the measures, top N, and the filters, one per dimension, each a list
 * of the dimension's values to keep.
 */
final class FieldsPanel extends VBox {

  private final ExploreViewModel viewModel;

  FieldsPanel(ExploreViewModel viewModel) {
    super(6);
    this.viewModel = viewModel;
    setId("explore-fields");
    getStyleClass().add(AppStyles.EXPLORE_FIELDS);
    getChildren()
        .addAll(
            title("Rows"),
            rows(),
            title("Column"),
            column(),
            title("Measures"),
            measures(),
            title("Top"),
            topN(),
            title("Filters"),
            filters());
  }

  private static Label title(String text) {
    Label label = new Label(text);
    label.getStyleClass().add(AppStyles.FIELD_TITLE);
    return label;
  }

  private Node rows() {
    ListView<Dimension> list = new ListView<>(viewModel.rows());
    list.setId("row-dimensions");
    list.setAccessibleText("Row dimensions, outermost first");
    list.setPrefHeight(4 * 30 + 4);
    list.setMinHeight(64);
    list.getStyleClass().add(Styles.DENSE);
    list.setCellFactory(
        view ->
            new ListCell<>() {
              @Override
              protected void updateItem(Dimension item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.label());
              }
            });

    MenuButton add = new MenuButton("Add", new FontIcon(Material2AL.ADD));
    add.setId("add-row");
    add.setAccessibleText("Add a row dimension");
    add.setOnShowing(
        event ->
            add.getItems()
                .setAll(
                    viewModel.addableRows().stream()
                        .map(
                            d -> {
                              MenuItem item = new MenuItem(d.label());
                              item.setId("add-row-" + d.id());
                              item.setOnAction(e -> viewModel.addRow(d));
                              return item;
                            })
                        .toList()));
    // A MenuButton only opens with items in it: give it one to start with.
    add.getItems().add(new MenuItem("…"));

    Button remove = iconButton(Material2MZ.REMOVE, "Remove the selected row dimension");
    remove.setId("remove-row");
    remove.setOnAction(event -> selected(list).forEach(viewModel::removeRow));
    Button up = iconButton(Material2AL.ARROW_UPWARD, "Move the selected row dimension out");
    up.setId("row-up");
    up.setOnAction(event -> move(list, -1));
    Button down = iconButton(Material2AL.ARROW_DOWNWARD, "Move the selected row dimension in");
    down.setId("row-down");
    down.setOnAction(event -> move(list, 1));
    remove.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
    up.disableProperty().bind(list.getSelectionModel().selectedIndexProperty().lessThan(1));
    down.disableProperty()
        .bind(
            Bindings.createBooleanBinding(
                () -> {
                  int index = list.getSelectionModel().getSelectedIndex();
                  return index < 0 || index >= viewModel.rows().size() - 1;
                },
                list.getSelectionModel().selectedIndexProperty(),
                viewModel.rows()));
    HBox buttons = new HBox(4, add, remove, up, down);
    buttons.setAlignment(Pos.CENTER_LEFT);
    return new VBox(4, list, buttons);
  }

  private static List<Dimension> selected(ListView<Dimension> list) {
    Dimension item = list.getSelectionModel().getSelectedItem();
    return item == null ? List.of() : List.of(item);
  }

  private void move(ListView<Dimension> list, int delta) {
    Dimension item = list.getSelectionModel().getSelectedItem();
    if (item != null) {
      viewModel.moveRow(item, delta);
      list.getSelectionModel().select(item);
    }
  }

  private Node column() {
    ComboBox<Dimension> combo = new ComboBox<>();
    combo.setId("column-dimension");
    combo.setAccessibleText("Column dimension");
    combo.getItems().setAll(Dimension.values());
    combo.setPromptText("None");
    combo.setConverter(Converters.showing(Dimension::label));
    combo.setMaxWidth(Double.MAX_VALUE);
    combo.setValue(viewModel.columnProperty().get());
    combo.valueProperty().addListener((obs, was, now) -> viewModel.setColumn(now));
    viewModel
        .columnProperty()
        .addListener(
            (obs, was, now) -> {
              if (combo.getValue() != now) {
                combo.setValue(now);
              }
            });
    Button clear = iconButton(Material2AL.CLEAR, "No column dimension");
    clear.setId("clear-column");
    clear.setOnAction(event -> viewModel.setColumn(null));
    clear.disableProperty().bind(viewModel.columnProperty().isNull());
    HBox.setHgrow(combo, Priority.ALWAYS);
    HBox box = new HBox(4, combo, clear);
    box.setAlignment(Pos.CENTER_LEFT);
    return box;
  }

  private Node measures() {
    CheckComboBox<Measure> combo = new CheckComboBox<>();
    combo.setId("measures");
    combo.setAccessibleText("Measures");
    combo.getItems().setAll(Measure.values());
    combo.setConverter(Converters.showing(Measure::label));
    combo.setMaxWidth(Double.MAX_VALUE);
    boolean[] syncing = {false};
    Runnable fromViewModel =
        () -> {
          syncing[0] = true;
          try {
            combo.getCheckModel().clearChecks();
            viewModel.measures().forEach(m -> combo.getCheckModel().check(m));
          } finally {
            syncing[0] = false;
          }
        };
    fromViewModel.run();
    viewModel.measures().addListener((ListChangeListener<Measure>) change -> fromViewModel.run());
    combo
        .getCheckModel()
        .getCheckedItems()
        .addListener(
            (ListChangeListener<Measure>)
                change -> {
                  if (!syncing[0]) {
                    viewModel.setMeasures(List.copyOf(combo.getCheckModel().getCheckedItems()));
                  }
                });
    return combo;
  }

  private Node topN() {
    Spinner<Integer> spinner = new Spinner<>(0, 1000, viewModel.topNProperty().get(), 1);
    spinner.setId("top-n");
    spinner.setEditable(true);
    spinner.setAccessibleText("Top N values of the first row dimension; 0 for all");
    spinner.setPrefWidth(90);
    spinner.valueProperty().addListener((obs, was, now) -> viewModel.topNProperty().set(now));
    Label hint = new Label("largest (0: all)");
    hint.setTooltip(
        new Tooltip("Keep the largest values of the first row dimension; the rest become Other"));
    hint.getStyleClass().add(Styles.TEXT_MUTED);
    HBox box = new HBox(6, spinner, hint);
    box.setAlignment(Pos.CENTER_LEFT);
    return box;
  }

  private Node filters() {
    VBox chips = new VBox(6);
    chips.setId("filters");
    Runnable redraw =
        () -> chips.getChildren().setAll(viewModel.filters().stream().map(this::chip).toList());
    viewModel.filters().addListener((ListChangeListener<FilterChoice>) change -> redraw.run());
    redraw.run();

    MenuButton add = new MenuButton("Add filter", new FontIcon(Material2AL.FILTER_LIST));
    add.setId("add-filter");
    for (Dimension dimension : Dimension.values()) {
      MenuItem item = new MenuItem(dimension.label());
      item.setId("add-filter-" + dimension.id());
      item.setOnAction(event -> viewModel.addFilter(dimension));
      add.getItems().add(item);
    }
    return new VBox(6, chips, add);
  }

  private Node chip(FilterChoice choice) {
    Label name = new Label(choice.dimension().label());
    name.getStyleClass().add(Styles.TEXT_BOLD);
    Button remove =
        iconButton(Material2AL.CLOSE, "Remove the " + choice.dimension().label() + " filter");
    remove.setId("remove-filter-" + choice.dimension().id());
    remove.setOnAction(event -> viewModel.removeFilter(choice.dimension()));
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    HBox head = new HBox(4, name, spacer, remove);
    head.setAlignment(Pos.CENTER_LEFT);

    CheckComboBox<String> values = new CheckComboBox<>(choice.values());
    values.setId("filter-" + choice.dimension().id());
    values.setAccessibleText(choice.dimension().label() + " values to keep");
    values.setMaxWidth(Double.MAX_VALUE);
    boolean[] syncing = {false};
    Runnable fromChoice =
        () -> {
          syncing[0] = true;
          try {
            values.getCheckModel().clearChecks();
            choice.selected().forEach(v -> values.getCheckModel().check(v));
            values.setTitle(choice.selected().isEmpty() ? "All values" : null);
          } finally {
            syncing[0] = false;
          }
        };
    fromChoice.run();
    choice.values().addListener((ListChangeListener<String>) change -> fromChoice.run());
    choice.selected().addListener((ListChangeListener<String>) change -> fromChoice.run());
    values
        .getCheckModel()
        .getCheckedItems()
        .addListener(
            (ListChangeListener<String>)
                change -> {
                  if (!syncing[0]) {
                    viewModel.setFilterValues(
                        choice.dimension(), List.copyOf(values.getCheckModel().getCheckedItems()));
                  }
                });
    Label problem = new Label();
    problem.textProperty().bind(choice.problemProperty());
    problem.visibleProperty().bind(choice.problemProperty().isNotEmpty());
    problem.managedProperty().bind(problem.visibleProperty());
    problem.getStyleClass().add(Styles.DANGER);
    problem.setWrapText(true);
    VBox chip = new VBox(4, head, values, problem);
    chip.getStyleClass().add(AppStyles.FILTER_CHIP);
    return chip;
  }

  private static Button iconButton(org.kordamp.ikonli.Ikon icon, String tip) {
    Button button = new Button(null, new FontIcon(icon));
    button.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
    button.setTooltip(new Tooltip(tip));
    button.setAccessibleText(tip);
    return button;
  }
}
