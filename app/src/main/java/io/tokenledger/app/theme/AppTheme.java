package io.tokenledger.app.theme;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.Objects;
import javafx.application.Application;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.css.PseudoClass;
import javafx.scene.Scene;

/**
 * Light or dark look for the whole app: AtlantaFX's Primer theme as the user-agent stylesheet, our
 * {@code app.css} on top, and a {@code :dark} pseudo-class on the scene's root for the few rules
 * that differ. Our stylesheet uses only the theme's looked-up colours, so switching the user-agent
 * stylesheet recolours everything at once.
 */
public final class AppTheme {

  private static final PseudoClass DARK = PseudoClass.getPseudoClass(AppStyles.DARK_PSEUDO_CLASS);
  private static final String APP_CSS =
      Objects.requireNonNull(AppTheme.class.getResource("app.css"), "app.css").toExternalForm();

  private final BooleanProperty dark = new SimpleBooleanProperty(this, "dark");
  private Scene scene;

  public AppTheme(boolean startDark) {
    dark.set(startDark);
    dark.addListener((obs, was, now) -> apply());
  }

  /** True for Primer Dark; the View menu toggles it. */
  public BooleanProperty darkProperty() {
    return dark;
  }

  /** Styles {@code target} now and after every switch. */
  public void install(Scene target) {
    this.scene = target;
    target.getStylesheets().add(APP_CSS);
    apply();
  }

  private void apply() {
    String userAgent =
        dark.get()
            ? new PrimerDark().getUserAgentStylesheet()
            : new PrimerLight().getUserAgentStylesheet();
    Application.setUserAgentStylesheet(userAgent);
    if (scene != null && scene.getRoot() != null) {
      scene.getRoot().pseudoClassStateChanged(DARK, dark.get());
    }
  }
}
