package io.tokenledger.app.format;

import java.text.NumberFormat;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How the UI writes numbers, times and hashes: counts with the locale's grouping, times in the
 * user's zone (the data stays UTC), hashes short enough to compare by eye.
 */
public final class Formats {

  private static final DateTimeFormatter LOCAL_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
  private static final int SHORT_HASH = 12;

  private Formats() {}

  /** {@code 1204} as {@code 1,204} (in the default locale). */
  public static String count(long value) {
    return NumberFormat.getIntegerInstance(Locale.getDefault(Locale.Category.FORMAT)).format(value);
  }

  /** {@code 1} as "1 source", {@code 3} as "3 sources". */
  public static String count(long value, String singular, String plural) {
    return count(value) + " " + (value == 1 ? singular : plural);
  }

  /** A UTC time as the user's local wall-clock time. */
  public static String localTime(OffsetDateTime time) {
    return time == null ? "" : time.atZoneSameInstant(ZoneId.systemDefault()).format(LOCAL_TIME);
  }

  /** The first hex digits of a content hash. */
  public static String shortHash(String sha256) {
    if (sha256 == null) {
      return "";
    }
    return sha256.length() <= SHORT_HASH ? sha256 : sha256.substring(0, SHORT_HASH);
  }
}
