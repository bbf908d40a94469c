package io.tokenledger.app.showback;

import atlantafx.base.theme.Styles;
import io.tokenledger.app.format.Formats;
import io.tokenledger.app.kit.TableColumns;
import io.tokenledger.app.kit.Tables;
import io.tokenledger.app.theme.AppStyles;
import io.tokenledger.engine.showback.GroupSpend;
import io.tokenledger.engine.showback.ShowbackGrouping;
import io.tokenledger.engine.showback.ShowbackSection;
import io.tokenledger.engine.showback.ShowbackSummary;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckComboBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/**
 * The Showback page: choose the month, the grouping, the audiences and the sections; see the pack's
 * summary numbers as they will be on its first sheet; export with progress and cancel, then open
 * the file. Use {@link #node()} to place it in the window.
 */
public final class ShowbackView {

  private static final DateTimeFormatter MONTH =
      DateTimeFormatter.ofPattern("MMMM yyyy", Locale.getDefault(Locale.Category.FORMAT));

  private final ShowbackViewModel viewModel;
  private final BorderPane root = new BorderPane();

  public ShowbackView(ShowbackViewModel viewModel) {
    this.viewModel = viewModel;
    root.getStyleClass().add(AppStyles.PAGE);
    root.setId("showback-page");
    root.setTop(header());
    root.setCenter(preview());
    root.setBottom(exportBar());
  }

  /** The page, for the window's content area. */
  public Node node() {
    return root;
  }

  private Node header() {
    Label title = new Label("Showback");
    title.getStyleClass().add(AppStyles.PAGE_TITLE);
    Label subtitle =
        new Label(
            "An Excel pack per month that finance can open, check and forward: summary, a sheet"
                + " per client, team or feature, unit economics, rate card, methodology and the"
                + " allocated rows behind every figure.");
    subtitle.getStyleClass().add(AppStyles.PAGE_SUBTITLE);
    subtitle.setWrapText(true);

    ComboBox<YearMonth> period = new ComboBox<>(viewModel.periods());
    period.setId("showback-period");
    period.setAccessibleText("Month");
    period.setConverter(
        new StringConverter<>() {
          @Override
          public String toString(YearMonth month) {
            return month == null ? "" : month.atDay(1).format(MONTH);
          }

          @Override
          public YearMonth fromString(String text) {
            return null;
          }
        });
    period.valueProperty().bindBidirectional(viewModel.periodProperty());

    ChoiceBox<ShowbackGrouping> grouping =
        new ChoiceBox<>(FXCollections.observableArrayList(ShowbackGrouping.values()));
    grouping.setId("showback-grouping");
    grouping.setAccessibleText("Group by");
    grouping.setConverter(
        new StringConverter<>() {
          @Override
          public String toString(ShowbackGrouping value) {
            return value == null ? "" : "By " + value.id();
          }

          @Override
          public ShowbackGrouping fromString(String text) {
            return null;
          }
        });
    grouping.valueProperty().bindBidirectional(viewModel.groupingProperty());

    CheckComboBox<String> audiences = new CheckComboBox<>(viewModel.audiences());
    audiences.setId("showback-audiences");
    audiences.setTitle("All audiences");
    audiences.setShowCheckedCount(true);
    audiences.setAccessibleText("Audiences");
    audiences.setPrefWidth(200);
    audiences
        .getCheckModel()
        .getCheckedItems()
        .addListener(
            (ListChangeListener<String>)
                change -> {
                  List<String> checked = List.copyOf(audiences.getCheckModel().getCheckedItems());
                  if (!checked.equals(viewModel.chosenAudiences())) {
                    viewModel.chosenAudiences().setAll(checked);
                  }
                });

    viewModel
        .chosenAudiences()
        .addListener(
            (ListChangeListener<String>)
                change -> {
                  if (viewModel.chosenAudiences().isEmpty()) {
                    audiences.getCheckModel().clearChecks(); // e.g. another grouping
                  }
                });

    MenuButton sections = new MenuButton("Sections");
    sections.setId("showback-sections");
    for (ShowbackSection section : ShowbackViewModel.optionalSections()) {
      CheckMenuItem item = new CheckMenuItem(section.label());
      item.selectedProperty().bindBidirectional(viewModel.sectionProperty(section));
      sections.getItems().add(item);
    }

    TextField currency = new TextField();
    currency.setId("showback-currency");
    currency.setPrefColumnCount(4);
    currency.setAccessibleText("Reporting currency");
    currency.textProperty().bindBidirectional(viewModel.currencyProperty());

    CheckBox split = new CheckBox("One file per audience");
    split.setId("showback-split");
    split.selectedProperty().bindBidirectional(viewModel.splitProperty());

    Button export = new Button("_Export…", new FontIcon(Material2OutlinedMZ.SAVE_ALT));
    export.setId("showback-export");
    export.getStyleClass().add(Styles.ACCENT);
    export.disableProperty().bind(viewModel.canExportProperty().not());
    export.setOnAction(event -> viewModel.export());

    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    HBox toolbar =
        new HBox(
            10,
            period,
            grouping,
            audiences,
            sections,
            new Label("Currency"),
            currency,
            split,
            spacer,
            export);
    toolbar.setAlignment(Pos.CENTER_LEFT);
    VBox header = new VBox(4, title, subtitle, toolbar);
    header.getStyleClass().add(AppStyles.PAGE_HEADER);
    VBox.setMargin(toolbar, new Insets(8, 0, 0, 0));
    return header;
  }

  private Node preview() {
    GridPane figures = new GridPane();
    figures.setId("showback-figures");
    figures.setHgap(24);
    figures.setVgap(6);
    String[] labels = {
      "Total billed",
      "Allocated",
      "Unallocated",
      "Previous month",
      "Change",
      "Tokens",
      "Requests",
      "Tasks",
      "Cost per 1M tokens",
      "Cost per task"
    };
    List<Function<ShowbackSummary, String>> values =
        List.of(
            s -> money(s, s.billed()),
            s -> money(s, s.allocated()),
            s -> money(s, s.unallocated()),
            s -> money(s, s.previousBilled()),
            s -> percent(s.change()),
            s -> Formats.count(s.tokens()),
            s -> Formats.count(s.requests()),
            s -> Formats.count(s.tasks()),
            s -> unit(s, s.costPer1mTokens()),
            s -> unit(s, s.costPerTask()));
    for (int i = 0; i < labels.length; i++) {
      Label name = new Label(labels[i]);
      name.getStyleClass().add(Styles.TEXT_MUTED);
      Label value = new Label();
      value.setId("showback-figure-" + i);
      value.getStyleClass().addAll(Styles.TITLE_4, AppStyles.NUMBER_CELL);
      Function<ShowbackSummary, String> format = values.get(i);
      value
          .textProperty()
          .bind(
              Bindings.createStringBinding(
                  () ->
                      viewModel.previewProperty().get() == null
                          ? "—"
                          : format.apply(viewModel.previewProperty().get()),
                  viewModel.previewProperty()));
      name.setLabelFor(value);
      figures.add(new VBox(2, name, value), i % 5, i / 5);
    }

    Label status = new Label();
    status.setId("showback-preview-status");
    status.textProperty().bind(viewModel.previewStatusProperty());
    status.visibleProperty().bind(viewModel.previewStatusProperty().isNotEmpty());
    status.managedProperty().bind(status.visibleProperty());

    TableView<GroupSpend> groups = new TableView<>();
    Tables.dataTable(groups, "showback-groups", "Spend by group", new Label("Nothing to show"));
    TableColumn<GroupSpend, String> group = TableColumns.text("Group", GroupSpend::group);
    group
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () -> viewModel.groupingProperty().get().label(), viewModel.groupingProperty()));
    groups
        .getColumns()
        .addAll(
            List.of(
                group,
                numberColumn("Billed", g -> plain(g.billed(), 2)),
                numberColumn("Share", g -> percent(g.share())),
                numberColumn("Previous", g -> plain(g.previous(), 2)),
                numberColumn("Change", g -> percent(g.change())),
                TableColumns.count("Tokens", GroupSpend::tokens),
                TableColumns.count("Tasks", GroupSpend::tasks),
                numberColumn("Cost per task", g -> plain(g.costPerTask(), 4))));
    viewModel
        .previewProperty()
        .addListener(
            (obs, was, now) -> groups.getItems().setAll(now == null ? List.of() : now.groups()));

    Label groupsTitle = new Label("What the Summary sheet will show");
    groupsTitle.getStyleClass().add(AppStyles.SECTION_TITLE);
    VBox box = new VBox(12, status, figures, groupsTitle, groups);
    VBox.setVgrow(groups, Priority.ALWAYS);
    box.setPadding(new Insets(12));
    return box;
  }

  private Node exportBar() {
    ProgressBar progress = new ProgressBar();
    progress.setId("showback-progress");
    progress.setPrefWidth(240);
    Label message = new Label();
    message.setId("showback-export-message");
    Button cancel = new Button("Cancel", new FontIcon(Material2OutlinedMZ.STOP));
    cancel.setId("showback-cancel");
    cancel.setOnAction(event -> viewModel.cancelExport());
    HBox running = new HBox(10, progress, message, cancel);
    running.setAlignment(Pos.CENTER_LEFT);

    Label done = new Label();
    done.setId("showback-export-status");
    done.textProperty().bind(viewModel.exportStatusProperty());
    Button open = new Button("Open the file", new FontIcon(Material2OutlinedMZ.OPEN_IN_NEW));
    open.setId("showback-open");
    open.visibleProperty().bind(viewModel.lastExportProperty().isNotNull());
    open.managedProperty().bind(open.visibleProperty());
    open.setOnAction(event -> viewModel.openExport());
    HBox finished = new HBox(10, done, open);
    finished.setAlignment(Pos.CENTER_LEFT);

    viewModel
        .currentExportProperty()
        .addListener(
            (obs, was, task) -> {
              progress.progressProperty().unbind();
              message.textProperty().unbind();
              if (task != null) {
                progress.progressProperty().bind(task.progressProperty());
                message.textProperty().bind(task.messageProperty());
              }
            });
    running.visibleProperty().bind(viewModel.currentExportProperty().isNotNull());
    running.managedProperty().bind(running.visibleProperty());
    finished.visibleProperty().bind(running.visibleProperty().not());
    finished.managedProperty().bind(finished.visibleProperty());
    VBox bar = new VBox(running, finished);
    bar.setPadding(new Insets(8, 12, 12, 12));
    return bar;
  }

  private static TableColumn<GroupSpend, String> numberColumn(
      String title, Function<GroupSpend, String> value) {
    TableColumn<GroupSpend, String> column = TableColumns.text(title, value);
    column.getStyleClass().add(AppStyles.NUMBER_CELL);
    return column;
  }

  private static String money(ShowbackSummary summary, BigDecimal value) {
    return value == null ? "—" : summary.currency() + " " + plain(value, 2);
  }

  private static String unit(ShowbackSummary summary, BigDecimal value) {
    return value == null ? "—" : summary.currency() + " " + plain(value, 4);
  }

  private static String plain(BigDecimal value, int scale) {
    if (value == null) {
      return "";
    }
    NumberFormat format = NumberFormat.getNumberInstance(Locale.getDefault(Locale.Category.FORMAT));
    format.setMinimumFractionDigits(scale);
    format.setMaximumFractionDigits(scale);
    return format.format(value.setScale(scale, RoundingMode.HALF_UP));
  }

  private static String percent(BigDecimal share) {
    if (share == null) {
      return "";
    }
    NumberFormat format =
        NumberFormat.getPercentInstance(Locale.getDefault(Locale.Category.FORMAT));
    format.setMinimumFractionDigits(1);
    format.setMaximumFractionDigits(1);
    return format.format(share);
  }
}
