package io.tokenledger.app.shell;

import io.tokenledger.app.clients.ClientsView;
import io.tokenledger.app.context.ContextBar;
import io.tokenledger.app.explore.ExploreView;
import io.tokenledger.app.prices.PricesView;
import io.tokenledger.app.reconcile.ReconcileView;
import io.tokenledger.app.rules.RulesView;
import io.tokenledger.app.scenarios.ScenariosView;
import io.tokenledger.app.showback.ShowbackView;
import io.tokenledger.app.sources.SourcesView;
import io.tokenledger.app.status.StatusBarView;
import io.tokenledger.app.theme.AppStyles;
import io.tokenledger.app.theme.AppTheme;
import java.util.EnumMap;
import java.util.Map;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The main window: menu bar and top bar, the page sidebar, the selected page, and the status bar.
 * Pages are built on first visit. While a workspace opens, a progress overlay covers the pages.
 */
public final class MainWindow {

  public static final double WIDTH = 1280;
  public static final double HEIGHT = 800;

  private final ShellViewModels viewModels;
  private final Map<Page, Node> pages = new EnumMap<>(Page.class);
  private final StackPane pageHost = new StackPane();
  private final Scene scene;

  public MainWindow(ShellViewModels viewModels, AppTheme theme) {
    this.viewModels = viewModels;
    MainWindowViewModel main = viewModels.main();

    BorderPane root = new BorderPane();
    root.getStyleClass().add(AppStyles.MAIN_WINDOW);
    root.setTop(
        new VBox(
            new AppMenuBar(viewModels, theme),
            new TopBar(main, new ContextBar(viewModels.context()))));
    root.setLeft(new NavigationSidebar(main.selectedPageProperty()));
    root.setCenter(new StackPane(pageHost, openingOverlay(main)));
    root.setBottom(new StatusBarView(viewModels.status()));

    pageHost.setId("page-host");
    main.selectedPageProperty().addListener((obs, was, now) -> show(now));
    show(main.selectedPageProperty().get());

    scene = new Scene(root, WIDTH, HEIGHT);
    theme.install(scene);
  }

  public Scene scene() {
    return scene;
  }

  /**
   * Puts the window on {@code stage}, with the title following the open workspace. Closing the
   * window quits, after the "save changes?" question when there are unsaved changes.
   */
  public void showOn(Stage stage) {
    stage.titleProperty().bind(viewModels.main().titleProperty());
    stage.setOnCloseRequest(
        event -> {
          event.consume();
          viewModels.main().files().requestQuit(Platform::exit);
        });
    stage.setScene(scene);
    stage.setMinWidth(900);
    stage.setMinHeight(560);
    stage.show();
  }

  private void show(Page page) {
    Node node = pages.computeIfAbsent(page, this::build);
    pageHost.getChildren().setAll(node);
  }

  private Node build(Page page) {
    return switch (page) {
      case SOURCES -> new SourcesView(viewModels.sources());
      case EXPLORE -> new ExploreView(viewModels.explore());
      case RECONCILE -> new ReconcileView(viewModels.reconcile());
      case CLIENTS -> new ClientsView(viewModels.clients());
      case SCENARIOS -> new ScenariosView(viewModels.scenarios());
      case SHOWBACK -> new ShowbackView(viewModels.showback()).node();
      case PRICES -> {
        viewModels.prices().refresh();
        Node prices = new PricesView(viewModels.prices()).root();
        prices.setId("prices-page");
        yield prices;
      }
      case RULES -> {
        viewModels.rules().refresh();
        Node rules = new RulesView(viewModels.rules()).root();
        rules.setId("rules-page");
        yield rules;
      }
      default -> new PlaceholderPage(page);
    };
  }

  private static Node openingOverlay(MainWindowViewModel main) {
    ProgressIndicator spinner = new ProgressIndicator();
    spinner.setMaxSize(48, 48);
    Label message = new Label();
    message.textProperty().bind(main.openingMessageProperty());
    VBox overlay = new VBox(12, spinner, message);
    overlay.setId("opening-overlay");
    overlay.setAlignment(Pos.CENTER);
    overlay.getStyleClass().add(AppStyles.OVERLAY);
    overlay.visibleProperty().bind(main.openingProperty());
    return overlay;
  }
}
