package io.tokenledger.app.shell;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The JavaFX application: the main window. (Placeholder until the shell lands.) */
public final class DesktopApp extends Application {

  public static void launchDesktop(String[] args) {
    Application.launch(DesktopApp.class, args);
  }

  @Override
  public void start(Stage stage) {
    stage.setTitle("TokenLedger");
    stage.setScene(new Scene(new Label("TokenLedger"), 800, 600));
    stage.show();
  }
}
