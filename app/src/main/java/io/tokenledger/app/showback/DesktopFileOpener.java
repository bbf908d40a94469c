package io.tokenledger.app.showback;

import java.awt.Desktop;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Opens a file with the desktop's default application (Excel, LibreOffice Calc, Numbers) through
 * AWT's Desktop, falling back to {@code xdg-open} where AWT has no desktop integration (some Linux
 * sessions). Runs on a background task: both can block for a moment.
 */
public final class DesktopFileOpener implements ShowbackViewModel.FileOpener {

  @Override
  public void open(Path file) throws IOException {
    if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
      Desktop.getDesktop().open(file.toFile());
      return;
    }
    new ProcessBuilder("xdg-open", file.toAbsolutePath().toString()).inheritIO().start();
  }
}
