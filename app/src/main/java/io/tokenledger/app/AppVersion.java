package io.tokenledger.app;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version of this build, from the Maven project version. */
public final class AppVersion {

  private static final String VERSION = load();

  private AppVersion() {}

  public static String get() {
    return VERSION;
  }

  private static String load() {
    Properties properties = new Properties();
    try (InputStream in = AppVersion.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      // a build without the file still runs; it just cannot say its version
    }
    return properties.getProperty("version", "development");
  }
}
