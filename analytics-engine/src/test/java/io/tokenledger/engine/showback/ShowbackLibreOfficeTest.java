package io.tokenledger.engine.showback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.tokenledger.engine.task.Cancellation;
import io.tokenledger.engine.task.ProgressListener;
import io.tokenledger.engine.workspace.DuckDbWorkspaceStore;
import io.tokenledger.engine.workspace.Workspace;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens a pack in LibreOffice Calc (headless, converting it to PDF): a workbook LibreOffice cannot
 * load, or one it repairs, fails the conversion. Skipped where {@code soffice} is not installed
 * ({@code apt-get install -y libreoffice-calc}). With {@code -Dshowback.screenshot=FILE.png} and
 * {@code pdftoppm} (poppler-utils) it also renders the Summary page for the docs.
 */
@Tag("libreoffice")
class ShowbackLibreOfficeTest {

  @TempDir Path dir;

  @Test
  void thePackOpensInLibreOfficeCalc() throws Exception {
    String soffice = onPath("soffice");
    assumeTrue(soffice != null, "LibreOffice (soffice) is not installed");
    Path pack = dir.resolve("showback.xlsx");
    try (Workspace workspace = new DuckDbWorkspaceStore("test").inMemory()) {
      ShowbackFixture.fill(workspace, true);
      new PoiShowbackService()
          .export(
              workspace,
              ShowbackRequest.of(YearMonth.of(2026, 10), ShowbackGrouping.CLIENT)
                  .withGenerator("TokenLedger test"),
              pack,
              ProgressListener.NONE,
              Cancellation.none());
    }

    Path profile = dir.resolve("lo-profile");
    Process process =
        new ProcessBuilder(
                soffice,
                "-env:UserInstallation=" + profile.toUri(),
                "--headless",
                "--norestore",
                "--convert-to",
                "pdf",
                "--outdir",
                dir.toString(),
                pack.toString())
            .redirectErrorStream(true)
            .start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(180, TimeUnit.SECONDS)).as(output).isTrue();
    assertThat(process.exitValue()).as(output).isZero();
    assertThat(output).doesNotContainIgnoringCase("error");
    Path pdf = dir.resolve("showback.pdf");
    assertThat(pdf).exists();
    assertThat(Files.size(pdf)).isGreaterThan(10_000);

    String screenshot = System.getProperty("showback.screenshot");
    String pdftoppm = onPath("pdftoppm");
    if (screenshot != null && pdftoppm != null) {
      Path png = Path.of(screenshot).toAbsolutePath();
      String base = png.toString().replaceAll("\\.png$", "");
      List<String> command = new ArrayList<>(List.of(pdftoppm, "-png", "-r", "110", "-f", "1"));
      command.addAll(List.of("-l", "1", "-singlefile", pdf.toString(), base));
      Process render = new ProcessBuilder(command).inheritIO().start();
      assertThat(render.waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(png).exists();
    }
  }

  private static String onPath(String program) {
    for (String directory : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      Path candidate = Path.of(directory, program);
      if (Files.isExecutable(candidate)) {
        return candidate.toString();
      }
    }
    return null;
  }
}
