package io.tokenledger.app.prices;

import atlantafx.base.theme.Styles;
import io.tokenledger.engine.pricing.PriceCatalogFormat;
import io.tokenledger.engine.pricing.PriceEntry;
import io.tokenledger.engine.pricing.TokenBucket;
import io.tokenledger.engine.pricing.UnpricedModel;
import java.io.File;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;

/**
 * The Prices page: a toolbar (search, day, import a catalog, reprice), the price book as a table
 * with prices per 1M tokens (double-click a price to edit it as a negotiated price), the
 * negotiated-price form, and the models that have no price. Builds and binds nodes only; the state
 * and every engine call live in {@link PricesViewModel}.
 */
public final class PricesView {

  private final PricesViewModel model;
  private final BorderPane root = new BorderPane();
  private final TableView<PriceEntry> priceTable = new TableView<>();

  public PricesView(PricesViewModel model) {
    this.model = model;
    root.setTop(toolbar());
    SplitPane split = new SplitPane(priceTable(), sidePanel());
    split.setOrientation(Orientation.HORIZONTAL);
    split.setDividerPositions(0.68);
    root.setCenter(split);
    Label coverage = new Label();
    coverage.textProperty().bind(model.coverageProperty());
    Label message = new Label();
    message.textProperty().bind(model.messageProperty());
    message.getStyleClass().add(Styles.TEXT_MUTED);
    VBox footer = new VBox(2, coverage, message);
    footer.setPadding(new Insets(6, 10, 6, 10));
    root.setBottom(footer);
  }

  /** The page's node, for the main window to show. */
  public Node root() {
    return root;
  }

  private Node toolbar() {
    TextField search = new TextField();
    search.setPromptText("Search model or provider");
    search.textProperty().bindBidirectional(model.searchProperty());
    search.setOnAction(e -> model.refresh());
    HBox.setHgrow(search, Priority.ALWAYS);
    DatePicker day = new DatePicker();
    day.valueProperty().bindBidirectional(model.validOnProperty());
    day.setOnAction(e -> model.refresh());
    day.setTooltip(new javafx.scene.control.Tooltip("Prices valid on this day"));

    MenuButton importCatalog = new MenuButton("Import catalog");
    MenuItem fromFile = new MenuItem("From a file (LiteLLM or Langfuse JSON)...");
    fromFile.setOnAction(
        e -> {
          FileChooser chooser = new FileChooser();
          chooser.setTitle("Import a price catalog");
          chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("JSON", "*.json"));
          File file = chooser.showOpenDialog(root.getScene().getWindow());
          if (file != null) {
            model.importCatalog(file.toPath(), null);
          }
        });
    MenuItem litellm = new MenuItem("LiteLLM catalog shipped with TokenLedger");
    litellm.setOnAction(e -> model.importShippedCatalog(PriceCatalogFormat.LITELLM));
    MenuItem langfuse = new MenuItem("Langfuse catalog shipped with TokenLedger");
    langfuse.setOnAction(e -> model.importShippedCatalog(PriceCatalogFormat.LANGFUSE));
    importCatalog.getItems().addAll(fromFile, litellm, langfuse);

    Button reprice = new Button("Reprice usage");
    reprice.setOnAction(e -> model.reprice());
    reprice.disableProperty().bind(model.busyProperty());
    ProgressIndicator busy = new ProgressIndicator();
    busy.setPrefSize(18, 18);
    busy.visibleProperty().bind(model.busyProperty());

    HBox bar = new HBox(8, search, day, importCatalog, reprice, busy);
    bar.setAlignment(Pos.CENTER_LEFT);
    bar.setPadding(new Insets(8, 10, 8, 10));
    return bar;
  }

  private Node priceTable() {
    priceTable.setItems(model.prices());
    priceTable.setPlaceholder(new Label("No prices yet: import a catalog"));
    priceTable.getColumns().add(text("Model", PriceEntry::model, 220));
    priceTable.getColumns().add(text("Provider", PriceEntry::provider, 110));
    priceTable.getColumns().add(text("Source", PriceEntry::source, 70));
    priceTable.getColumns().add(text("Tier", PriceEntry::serviceTier, 70));
    priceTable
        .getColumns()
        .add(
            text(
                "Above tokens",
                e -> e.abovePromptTokens() == 0 ? "" : Long.toString(e.abovePromptTokens()),
                90));
    for (TokenBucket bucket : TokenBucket.values()) {
      TableColumn<PriceEntry, String> column =
          text(
              bucket.label() + " /1M",
              e -> PricesViewModel.perMillion(e.unitPrices().get(bucket)),
              90);
      column.setStyle("-fx-alignment: CENTER-RIGHT;");
      column.setUserData(bucket);
      priceTable.getColumns().add(column);
    }
    priceTable.setOnMouseClicked(
        e -> {
          if (e.getClickCount() == 2 && priceTable.getSelectionModel().getSelectedItem() != null) {
            TokenBucket bucket = TokenBucket.IN_UNCACHED;
            if (!priceTable.getSelectionModel().getSelectedCells().isEmpty()) {
              Object data =
                  priceTable
                      .getSelectionModel()
                      .getSelectedCells()
                      .get(0)
                      .getTableColumn()
                      .getUserData();
              if (data instanceof TokenBucket clicked) {
                bucket = clicked;
              }
            }
            model.edit(priceTable.getSelectionModel().getSelectedItem(), bucket);
          }
        });
    return priceTable;
  }

  private Node sidePanel() {
    TextField modelName = new TextField();
    modelName.textProperty().bindBidirectional(model.editModelProperty());
    ChoiceBox<TokenBucket> bucket = new ChoiceBox<>();
    bucket.getItems().setAll(TokenBucket.values());
    bucket.valueProperty().bindBidirectional(model.editBucketProperty());
    bucket.setConverter(
        new StringConverter<>() {
          @Override
          public String toString(TokenBucket value) {
            return value == null ? "" : value.label();
          }

          @Override
          public TokenBucket fromString(String text) {
            return null;
          }
        });
    ChoiceBox<String> tier = new ChoiceBox<>();
    tier.getItems().setAll("standard", "batch", "flex", "priority");
    tier.valueProperty().bindBidirectional(model.editTierProperty());
    TextField price = new TextField();
    price.setPromptText("USD per 1M tokens");
    price.textProperty().bindBidirectional(model.editPerMillionProperty());
    DatePicker from = new DatePicker();
    from.valueProperty().bindBidirectional(model.editFromProperty());
    Button save = new Button("Save negotiated price");
    save.getStyleClass().add(Styles.ACCENT);
    save.setOnAction(e -> model.saveNegotiatedPrice());
    save.disableProperty().bind(model.busyProperty());
    Button remove = new Button("Remove");
    remove.setOnAction(e -> model.removeNegotiatedPrice());
    remove.disableProperty().bind(model.busyProperty());

    GridPane form = new GridPane();
    form.setHgap(8);
    form.setVgap(6);
    form.addRow(0, new Label("Model"), modelName);
    form.addRow(1, new Label("Bucket"), bucket);
    form.addRow(2, new Label("Tier"), tier);
    form.addRow(3, new Label("Price /1M"), price);
    form.addRow(4, new Label("From"), from);
    form.add(new HBox(8, save, remove), 1, 5);
    TitledPane negotiated = new TitledPane("Negotiated price (wins over catalogs)", form);
    negotiated.setCollapsible(false);

    TableView<UnpricedModel> unpricedTable = new TableView<>(model.unpriced());
    unpricedTable.setPlaceholder(new Label("Every model is priced"));
    unpricedTable.getColumns().add(unpricedText("Model", UnpricedModel::modelRaw, 160));
    unpricedTable.getColumns().add(unpricedText("Events", m -> Long.toString(m.events()), 60));
    unpricedTable.getColumns().add(unpricedText("Tokens", m -> Long.toString(m.tokens()), 80));
    unpricedTable.getColumns().add(unpricedText("Why", UnpricedModel::reason, 220));
    unpricedTable.setOnMouseClicked(
        e -> {
          UnpricedModel selected = unpricedTable.getSelectionModel().getSelectedItem();
          if (e.getClickCount() == 2 && selected != null) {
            model.editModelProperty().set(selected.modelRaw());
          }
        });
    TitledPane unpriced = new TitledPane("Unpriced models (never counted as $0)", unpricedTable);
    unpriced.setCollapsible(false);
    VBox.setVgrow(unpriced, Priority.ALWAYS);
    VBox side = new VBox(8, negotiated, unpriced);
    side.setPadding(new Insets(0, 8, 0, 8));
    return side;
  }

  private static TableColumn<PriceEntry, String> text(
      String title, Function<PriceEntry, String> value, double width) {
    TableColumn<PriceEntry, String> column = new TableColumn<>(title);
    column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
    column.setPrefWidth(width);
    return column;
  }

  private static TableColumn<UnpricedModel, String> unpricedText(
      String title, Function<UnpricedModel, String> value, double width) {
    TableColumn<UnpricedModel, String> column = new TableColumn<>(title);
    column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
    column.setPrefWidth(width);
    return column;
  }
}
