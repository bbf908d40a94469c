package io.tokenledger.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.tokenledger.app.AppServices;
import io.tokenledger.sampledata.focus.FocusCostGenerator;
import io.tokenledger.sampledata.focus.FocusGeneratorOptions;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tokenledger export focus}: the workspace's cost lines as a FOCUS file, end to end. */
class ExportFocusCommandTest {

  @TempDir Path dir;
  private Path workspace;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    out.getBuffer().setLength(0);
    err.getBuffer().setLength(0);
    return TokenLedgerCommand.run(
        AppServices.createDefault(), args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  @BeforeEach
  void importDemoMonth() throws Exception {
    Path month =
        FocusCostGenerator.write(
                dir.resolve("month.csv"), FocusGeneratorOptions.defaults().withRows(1_500))
            .path();
    workspace = dir.resolve("demo.tlw");
    assertThat(run("import", "--workspace", workspace.toString(), month.toString()))
        .as(err.toString())
        .isZero();
  }

  @Test
  void exportsEveryCostLineAsFocus12CsvThatPassesTheRequirementsModel() throws Exception {
    Path file = dir.resolve("focus.csv");
    int code =
        run(
            "export",
            "focus",
            "--workspace",
            workspace.toString(),
            "--out",
            file.toString(),
            "--validate");
    assertThat(code).as(out + "\n" + err).isZero();
    assertThat(out.toString())
        .contains("Wrote 1500 cost lines to " + file + " as FOCUS 1.2 CSV (59 columns)")
        .contains("0 failed (0 errors, 0 warnings)");
    assertThat(Files.readAllLines(file)).hasSize(1_501);
  }

  @Test
  void writesFocus13ParquetWhenTheFileNameSaysSo() throws Exception {
    Path file = dir.resolve("focus.parquet");
    int code =
        run(
            "export",
            "focus",
            "-w",
            workspace.toString(),
            "-o",
            file.toString(),
            "--version",
            "1.3");
    assertThat(code).as(err.toString()).isZero();
    assertThat(out.toString()).contains("as FOCUS 1.3 PARQUET (67 columns)");
    assertThat(Files.size(file)).isPositive();
  }

  @Test
  void anUnknownVersionIsAUsageError() {
    int code =
        run(
            "export",
            "focus",
            "-w",
            workspace.toString(),
            "-o",
            dir.resolve("x.csv").toString(),
            "--version",
            "2.0");
    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("'2.0' is not a FOCUS version");
  }

  @Test
  void exportWithoutAFormatSaysWhatToGive() {
    assertThat(run("export")).isEqualTo(2);
    assertThat(err.toString()).contains("Give what to export");
  }
}
