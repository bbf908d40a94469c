package io.tokenledger.app.shell;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/**
 * A picture of a scene as PNG pixels. The pixels are copied on the JavaFX thread; writing the file
 * is a separate step for a background thread. (Copying by hand spares the javafx-swing module.)
 */
public final class SceneSnapshot {

  private final BufferedImage image;

  private SceneSnapshot(BufferedImage image) {
    this.image = image;
  }

  /** Renders {@code scene} now. Call on the JavaFX thread. */
  public static SceneSnapshot of(Scene scene) {
    WritableImage fx = scene.snapshot(null);
    int width = (int) fx.getWidth();
    int height = (int) fx.getHeight();
    int[] argb = new int[width * height];
    fx.getPixelReader()
        .getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
    image.setRGB(0, 0, width, height, argb, 0, width);
    return new SceneSnapshot(image);
  }

  public int width() {
    return image.getWidth();
  }

  public int height() {
    return image.getHeight();
  }

  /** Writes the picture as a PNG file, creating its folder if needed. */
  public void writePng(Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    if (!ImageIO.write(image, "png", file.toFile())) {
      throw new IOException("No PNG writer in this Java runtime");
    }
  }
}
