package io.tokenledger.sampledata.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites a ZIP (an XLSX) with fixed entry times, so the same content gives the same bytes: POI
 * stamps entries with the wall clock, which would break the generator's byte-for-byte determinism.
 */
public final class DeterministicZip {

  /** Set as a local date-time: {@code setTime(long)} would depend on the JVM's time zone. */
  private static final LocalDateTime FIXED_TIME = LocalDateTime.of(2026, 11, 2, 0, 0);

  private DeterministicZip() {}

  public static void normalize(Path source, Path target) throws IOException {
    try (InputStream in = Files.newInputStream(source);
        ZipInputStream zip = new ZipInputStream(in);
        OutputStream out = Files.newOutputStream(target);
        ZipOutputStream rezip = new ZipOutputStream(out)) {
      ZipEntry entry;
      while ((entry = zip.getNextEntry()) != null) {
        ZipEntry copy = new ZipEntry(entry.getName());
        copy.setTimeLocal(FIXED_TIME);
        rezip.putNextEntry(copy);
        zip.transferTo(rezip);
        rezip.closeEntry();
      }
    }
  }
}
