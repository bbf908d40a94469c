package io.tokenledger.sampledata.focus;

import static org.assertj.core.api.Assertions.assertThat;

import io.tokenledger.sampledata.GeneratedFile;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo company's FOCUS file: deterministic, as long as asked, with exact amounts. */
class FocusCostGeneratorTest {

  @TempDir Path dir;

  @Test
  void theSameSeedWritesTheSameBytesAndAnotherSeedOtherRows() throws Exception {
    FocusGeneratorOptions options = FocusGeneratorOptions.defaults().withRows(3_000);
    Path a = FocusCostGenerator.write(dir.resolve("a.csv"), options).path();
    Path b = FocusCostGenerator.write(dir.resolve("b.csv"), options).path();
    Path c = FocusCostGenerator.write(dir.resolve("c.csv"), options.withSeed(43)).path();
    assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b));
    assertThat(Files.readAllBytes(a)).isNotEqualTo(Files.readAllBytes(c));
  }

  @Test
  void writesTheRowsAskedForWithTheFocus12HeaderAndXColumns() throws Exception {
    GeneratedFile file =
        FocusCostGenerator.write(
            dir.resolve("m.csv"), FocusGeneratorOptions.defaults().withRows(1_234));
    List<String> lines = Files.readAllLines(file.path(), StandardCharsets.UTF_8);
    assertThat(file.rows()).isEqualTo(1_234);
    assertThat(file.format()).isEqualTo("focus");
    assertThat(lines).hasSize(1_235);
    assertThat(lines.get(0).split(","))
        .hasSize(59)
        .startsWith("AvailabilityZone", "BilledCost")
        .endsWith("x_UsageType");
  }

  @Test
  void theGzipFileHoldsTheSameText() throws Exception {
    FocusGeneratorOptions options = FocusGeneratorOptions.defaults().withRows(500);
    Path plain = FocusCostGenerator.write(dir.resolve("m.csv"), options).path();
    Path gz = FocusCostGenerator.write(dir.resolve("m.csv.gz"), options.withGzip(true)).path();
    try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
      assertThat(in.readAllBytes()).isEqualTo(Files.readAllBytes(plain));
    }
  }

  @Test
  void decimalsArePlainAndExact() {
    assertThat(FocusCostGenerator.decimal(3_278_357_375L, 9)).isEqualTo("3.278357375");
    assertThat(FocusCostGenerator.decimal(150_000, 4)).isEqualTo("15");
    assertThat(FocusCostGenerator.decimal(375, 6)).isEqualTo("0.000375");
    assertThat(FocusCostGenerator.decimal(0, 10)).isEqualTo("0");
    assertThat(new BigDecimal(FocusCostGenerator.decimal(123_456_789_012L, 10)))
        .isEqualByComparingTo("12.3456789012");
  }
}
