package io.tokenledger.sampledata.files;

/**
 * Fast UTC timestamp text in the forms the sources write, from epoch microseconds. Millions of rows
 * pass through here, so it formats by hand instead of through {@code DateTimeFormatter}.
 */
public final class Times {

  private Times() {}

  /** {@code 2026-05-01T08:15:23.412Z} (generic CSV, Langfuse, Anthropic API with millis). */
  public static void isoMillisZ(StringBuilder out, long micros) {
    date(out, micros, '-');
    out.append('T');
    time(out, micros);
    out.append('.');
    pad(out, (int) (Math.floorMod(micros, 1_000_000L) / 1000), 3);
    out.append('Z');
  }

  public static String isoMillisZ(long micros) {
    StringBuilder out = new StringBuilder(24);
    isoMillisZ(out, micros);
    return out.toString();
  }

  /** {@code 2026-05-01T00:00:00Z} (Anthropic API buckets). */
  public static String isoSecondsZ(long micros) {
    StringBuilder out = new StringBuilder(20);
    date(out, micros, '-');
    out.append('T');
    time(out, micros);
    out.append('Z');
    return out.toString();
  }

  /** {@code 2026-05-01 08:15:23.412} (Postgres {@code timestamp(3)}, LiteLLM). */
  public static void sqlMillis(StringBuilder out, long micros) {
    date(out, micros, '-');
    out.append(' ');
    time(out, micros);
    out.append('.');
    pad(out, (int) (Math.floorMod(micros, 1_000_000L) / 1000), 3);
  }

  /** {@code 2026/05/01 08:15:00.000} (nvidia-smi). */
  public static void slashMillis(StringBuilder out, long micros) {
    date(out, micros, '/');
    out.append(' ');
    time(out, micros);
    out.append('.');
    pad(out, (int) (Math.floorMod(micros, 1_000_000L) / 1000), 3);
  }

  /** {@code 2026-05-01T00:00:00.000Z} (CUR 2.0). */
  public static String curTimestamp(long micros) {
    StringBuilder out = new StringBuilder(24);
    isoMillisZ(out, micros - Math.floorMod(micros, 1000L));
    return out.toString();
  }

  /** {@code 2026-05-01 00:00:00 UTC} (BigQuery JSON export). */
  public static String bigQuery(long micros) {
    StringBuilder out = new StringBuilder(23);
    date(out, micros, '-');
    out.append(' ');
    time(out, micros);
    out.append(" UTC");
    return out.toString();
  }

  /** {@code 2026-05-01T00:00:00+00:00} (OpenAI dashboard CSV). */
  public static String isoOffset(long micros) {
    StringBuilder out = new StringBuilder(25);
    date(out, micros, '-');
    out.append('T');
    time(out, micros);
    out.append("+00:00");
    return out.toString();
  }

  /** {@code 2026-05-01}. */
  public static String date(long micros) {
    StringBuilder out = new StringBuilder(10);
    date(out, micros, '-');
    return out.toString();
  }

  private static void date(StringBuilder out, long micros, char separator) {
    long days = Math.floorDiv(micros, 86_400_000_000L);
    // Howard Hinnant's civil_from_days.
    long z = days + 719_468;
    long era = Math.floorDiv(z, 146_097);
    long doe = z - era * 146_097;
    long yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    long year = yoe + era * 400;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    long day = doy - (153 * mp + 2) / 5 + 1;
    long month = mp < 10 ? mp + 3 : mp - 9;
    if (month <= 2) {
      year++;
    }
    pad(out, (int) year, 4);
    out.append(separator);
    pad(out, (int) month, 2);
    out.append(separator);
    pad(out, (int) day, 2);
  }

  private static void time(StringBuilder out, long micros) {
    long secondOfDay = Math.floorMod(micros, 86_400_000_000L) / 1_000_000L;
    pad(out, (int) (secondOfDay / 3600), 2);
    out.append(':');
    pad(out, (int) (secondOfDay / 60 % 60), 2);
    out.append(':');
    pad(out, (int) (secondOfDay % 60), 2);
  }

  private static void pad(StringBuilder out, int value, int width) {
    String text = Integer.toString(value);
    for (int i = text.length(); i < width; i++) {
      out.append('0');
    }
    out.append(text);
  }
}
