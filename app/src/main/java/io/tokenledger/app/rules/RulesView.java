package io.tokenledger.app.rules;

import atlantafx.base.theme.Styles;
import io.tokenledger.engine.mapping.MappingRule;
import io.tokenledger.engine.mapping.MappingTarget;
import io.tokenledger.engine.mapping.MatchKind;
import io.tokenledger.engine.mapping.SourceKey;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The Rules page: the unmapped totals on top (always visible), the rules in the order they apply
 * with buttons to move, enable, disable and delete them, and a form for a new rule with its
 * preview. Builds and binds nodes only; state and engine calls live in {@link RulesViewModel}.
 */
public final class RulesView {

  private final RulesViewModel model;
  private final BorderPane root = new BorderPane();
  private final TableView<MappingRule> table = new TableView<>();

  public RulesView(RulesViewModel model) {
    this.model = model;
    root.setTop(header());
    root.setCenter(rulesTable());
    root.setBottom(form());
  }

  /** The page's node, for the main window to show. */
  public Node root() {
    return root;
  }

  private Node header() {
    Label unmapped = new Label();
    unmapped.textProperty().bind(model.unmappedSummaryProperty());
    unmapped.setWrapText(true);
    HBox.setHgrow(unmapped, Priority.ALWAYS);
    Button apply = new Button("Apply rules");
    apply.setOnAction(e -> model.apply());
    apply.disableProperty().bind(model.busyProperty());
    ProgressIndicator busy = new ProgressIndicator();
    busy.setPrefSize(18, 18);
    busy.visibleProperty().bind(model.busyProperty());
    HBox bar = new HBox(8, unmapped, apply, busy);
    bar.setAlignment(Pos.CENTER_LEFT);
    bar.setPadding(new Insets(8, 10, 8, 10));
    return bar;
  }

  private Node rulesTable() {
    table.setItems(model.rules());
    table.setPlaceholder(new Label("No rules yet: everything is unmapped"));
    table.getColumns().add(column("#", r -> Integer.toString(model.rules().indexOf(r) + 1), 40));
    table.getColumns().add(column("Key", r -> r.sourceKey().spelling(), 160));
    table.getColumns().add(column("Match", r -> r.matchKind().id(), 70));
    table.getColumns().add(column("Value", r -> r.matchValue() == null ? "" : r.matchValue(), 180));
    table.getColumns().add(column("Sets", r -> r.target().column(), 70));
    table
        .getColumns()
        .add(column("To", r -> r.targetValue() == null ? "(matched value)" : r.targetValue(), 160));
    table.getColumns().add(column("On", r -> r.enabled() ? "yes" : "no", 40));

    Button up = new Button("Move up");
    up.setOnAction(e -> selected(model::moveUp));
    Button down = new Button("Move down");
    down.setOnAction(e -> selected(model::moveDown));
    Button toggle = new Button("Enable / disable");
    toggle.setOnAction(e -> selected(r -> model.setEnabled(r, !r.enabled())));
    Button delete = new Button("Delete");
    delete.getStyleClass().add(Styles.DANGER);
    delete.setOnAction(e -> selected(model::delete));
    for (Button button : new Button[] {up, down, toggle, delete}) {
      button
          .disableProperty()
          .bind(model.busyProperty().or(table.getSelectionModel().selectedItemProperty().isNull()));
    }
    HBox actions = new HBox(8, up, down, toggle, delete);
    actions.setPadding(new Insets(6, 10, 6, 10));
    VBox box = new VBox(table, actions);
    VBox.setVgrow(table, Priority.ALWAYS);
    return box;
  }

  private void selected(java.util.function.Consumer<MappingRule> action) {
    MappingRule rule = table.getSelectionModel().getSelectedItem();
    if (rule != null) {
      action.accept(rule);
    }
  }

  private Node form() {
    ComboBox<String> key = new ComboBox<>();
    key.setEditable(true);
    key.getItems().setAll(SourceKey.SPELLINGS);
    key.valueProperty().bindBidirectional(model.sourceKeyProperty());
    ChoiceBox<MatchKind> match = new ChoiceBox<>();
    match.getItems().setAll(MatchKind.values());
    match.valueProperty().bindBidirectional(model.matchKindProperty());
    TextField value = new TextField();
    value.setPromptText("value, glob (*) or regex");
    value.textProperty().bindBidirectional(model.matchValueProperty());
    ChoiceBox<MappingTarget> target = new ChoiceBox<>();
    target.getItems().setAll(MappingTarget.values());
    target.valueProperty().bindBidirectional(model.targetProperty());
    TextField set = new TextField();
    set.setPromptText("value to set (empty: the matched value)");
    set.textProperty().bindBidirectional(model.targetValueProperty());
    Button preview = new Button("Preview");
    preview.setOnAction(e -> model.previewForm());
    Button add = new Button("Add rule");
    add.getStyleClass().add(Styles.ACCENT);
    add.setOnAction(e -> model.addFromForm());
    add.disableProperty().bind(model.busyProperty());

    GridPane grid = new GridPane();
    grid.setHgap(8);
    grid.setVgap(6);
    grid.addRow(0, new Label("When"), key, match, value);
    grid.addRow(1, new Label("Set"), target, new Label("to"), set);
    grid.add(new HBox(8, preview, add), 3, 2);
    TextArea previewText = new TextArea();
    previewText.setEditable(false);
    previewText.setPrefRowCount(5);
    previewText.textProperty().bind(model.previewTextProperty());
    Label message = new Label();
    message.textProperty().bind(model.messageProperty());
    message.getStyleClass().add(Styles.TEXT_MUTED);
    VBox box = new VBox(8, grid, previewText, message);
    TitledPane pane = new TitledPane("New rule", box);
    pane.setCollapsible(false);
    return pane;
  }

  private static TableColumn<MappingRule, String> column(
      String title, Function<MappingRule, String> value, double width) {
    TableColumn<MappingRule, String> column = new TableColumn<>(title);
    column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
    column.setPrefWidth(width);
    column.setSortable(false);
    return column;
  }
}
